package org.spinflow.model.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.SpinflowFactory;

/**
 * The registry of node kinds: every {@link NodeKindDescriptor} found through {@link ServiceLoader}
 * (this bundle's class loader, then the thread's context class loader) plus those
 * {@link #contribute contributed} explicitly (the OSGi path). The first descriptor of an id wins.
 */
public final class NodeKinds {
    private static final Map<String, NodeKindDescriptor> CONTRIBUTED = new LinkedHashMap<>();
    private static volatile List<NodeKindDescriptor> all;

    private NodeKinds() {
    }

    /** All kinds, Spinflow's own first. */
    public static List<NodeKindDescriptor> all() {
        List<NodeKindDescriptor> a = all;
        if (a == null) {
            synchronized (NodeKinds.class) {
                if (all == null) {
                    all = load();
                }
                a = all;
            }
        }
        return a;
    }

    private static List<NodeKindDescriptor> load() {
        Map<String, NodeKindDescriptor> m = new LinkedHashMap<>();
        for (NodeKindDescriptor d : StandardKinds.ALL) {
            m.put(d.id(), d);
        }
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(NodeKinds.class.getClassLoader());
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null && ctx != loaders.get(0)) {
            loaders.add(ctx);
        }
        for (ClassLoader l : loaders) {
            try {
                for (NodeKindDescriptor d : ServiceLoader.load(NodeKindDescriptor.class, l)) {
                    m.putIfAbsent(d.id(), d);
                }
            } catch (java.util.ServiceConfigurationError e) {
                // a broken provider elsewhere must not hide the kinds that load
            }
        }
        CONTRIBUTED.forEach(m::putIfAbsent);
        return List.copyOf(m.values());
    }

    /** Adds a kind found by other means (the IDE bundle adds those of other OSGi bundles). */
    public static synchronized void contribute(NodeKindDescriptor d) {
        CONTRIBUTED.putIfAbsent(d.id(), d);
        all = null;
    }

    /** The kind of the given id, or null. */
    public static NodeKindDescriptor byId(String id) {
        for (NodeKindDescriptor d : all()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** The kind of a node, or null when no registered kind handles it. */
    public static NodeKindDescriptor of(Node node) {
        for (NodeKindDescriptor d : all()) {
            if (d.handles(node)) {
                return d;
            }
        }
        return null;
    }

    /** The port spec of a node's port, or null. */
    public static PortSpec portSpec(Port p) {
        NodeKindDescriptor d = p.getNode() == null ? null : of(p.getNode());
        if (d == null) {
            return null;
        }
        for (PortSpec s : d.ports()) {
            if (s.name().equals(p.getName())) {
                return s;
            }
        }
        return null;
    }

    /** The property spec of the given name of a kind, or null. */
    public static PropertySpec property(NodeKindDescriptor d, String name) {
        for (PropertySpec s : d.properties()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * A new node of a kind with its own EClass: every property with a default is set to it (so
     * the defaults are values, also for contained objects such as the synapse), then the ports.
     */
    public static Node instantiate(NodeKindDescriptor d, String name) {
        Node n = (Node) org.eclipse.emf.ecore.util.EcoreUtil.create(d.eClass());
        n.setName(name);
        for (PropertySpec p : d.properties()) {
            if (!p.defaultValue().isEmpty()) {
                PropertyValues.set(n, p, p.defaultValue());
            }
        }
        addPorts(n, d);
        return n;
    }

    /** Creates a node's ports from its kind's port specs, sized from its properties. */
    public static void addPorts(Node n, NodeKindDescriptor d) {
        for (PortSpec s : d.ports()) {
            Port p = SpinflowFactory.eINSTANCE.createPort();
            p.setName(s.name());
            p.setDirection(s.direction());
            p.setSignal(s.signal());
            p.setSize(s.size().applyAsInt(n));
            n.getPorts().add(p);
        }
    }

    /**
     * Sets the sizes of a node's ports from its properties (the declared rule of each port), so
     * that resizing a layer is one attribute change. Ports of unknown kinds are left alone.
     */
    public static void syncPorts(Node n) {
        NodeKindDescriptor d = of(n);
        if (d == null) {
            return;
        }
        for (PortSpec s : d.ports()) {
            for (Port p : n.getPorts()) {
                if (s.name().equals(p.getName())) {
                    int size = s.size().applyAsInt(n);
                    if (size > 0 && p.getSize() != size) {
                        p.setSize(size);
                    }
                }
            }
        }
    }

    /** {@link #syncPorts(Node)} for every node. */
    public static void syncPorts(Network net) {
        for (Node n : net.getNodes()) {
            syncPorts(n);
        }
    }
}
