package org.spinflow.model.build;

import java.util.List;
import java.util.Map;

import org.spinflow.model.ActivationFunction;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.InputLayer;
import org.spinflow.model.LossKind;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.Readout;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.kinds.PropertySpec;
import org.spinflow.model.kinds.PropertyValues;
import org.spinflow.model.kinds.StandardKinds;

/**
 * Builds well-formed networks: every node gets its {@code in}/{@code out} ports with the right
 * shapes and signal kinds, and {@link #chain} connects a feed-forward stack. Used by examples,
 * tests, templates and the editor's palette.
 */
public final class NetworkBuilder {

    public static final String IN = "in";
    public static final String OUT = "out";

    private static final SpinflowFactory F = SpinflowFactory.eINSTANCE;

    private final Network network;

    public NetworkBuilder(String name) {
        network = F.createNetwork();
        network.setName(name);
    }

    public Network network() {
        return network;
    }

    public static Port port(String name, PortDirection dir, SignalKind signal, int size) {
        Port p = F.createPort();
        p.setName(name);
        p.setDirection(dir);
        p.setSignal(signal);
        p.setSize(size);
        return p;
    }

    /** Input port of a node ({@code in}, else its first IN port), or null. */
    public static Port in(Node node) {
        Port p = find(node, IN);
        return p != null ? p : first(node, PortDirection.IN);
    }

    /** Output port of a node ({@code out}, else its first OUT port), or null. */
    public static Port out(Node node) {
        Port p = find(node, OUT);
        return p != null ? p : first(node, PortDirection.OUT);
    }

    private static Port first(Node node, PortDirection d) {
        for (Port p : node.getPorts()) {
            if (p.getDirection() == d) {
                return p;
            }
        }
        return null;
    }

    private static Port find(Node node, String name) {
        for (Port p : node.getPorts()) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        return null;
    }

    /** A new node of the given kind (see {@link NodeKinds}) with its defaults and ports. */
    public static Node newNode(String kind, String name) {
        NodeKindDescriptor d = NodeKinds.byId(kind);
        if (d == null) {
            throw new IllegalArgumentException("no node kind '" + kind + "' is registered");
        }
        return d.create(name);
    }

    /**
     * A new node of the given kind with some properties set (by property name, as text); port
     * sizes follow.
     */
    public static Node newNode(String kind, String name, Map<String, String> properties) {
        Node n = newNode(kind, name);
        NodeKindDescriptor d = NodeKinds.of(n);
        properties.forEach((k, v) -> {
            PropertySpec p = NodeKinds.property(d, k);
            if (p == null) {
                throw new IllegalArgumentException("node kind '" + kind + "' has no property '" + k + "'");
            }
            PropertyValues.set(n, p, v);
        });
        NodeKinds.syncPorts(n);
        return n;
    }

    public static InputLayer newInput(String name, int features) {
        return (InputLayer) newNode(StandardKinds.Input.ID, name, Map.of("features", Integer.toString(features)));
    }

    public static Crossbar newCrossbar(String name, int rows, int cols) {
        return (Crossbar) newNode(StandardKinds.CrossbarKind.ID, name,
                Map.of("rows", Integer.toString(rows), "cols", Integer.toString(cols)));
    }

    public static MtjNeuronArray newMtj(String name, int size, String preset) {
        return (MtjNeuronArray) newNode(StandardKinds.Mtj.ID, name, Map.of("size", Integer.toString(size), "preset", preset));
    }

    public static ActivationLayer newActivation(String name, int size, ActivationFunction f) {
        return (ActivationLayer) newNode(StandardKinds.Activation.ID, name,
                Map.of("size", Integer.toString(size), "function", f.getLiteral()));
    }

    public static Readout newReadout(String name, int classes, List<String> classNames) {
        Readout n = (Readout) newNode(StandardKinds.ReadoutKind.ID, name, Map.of("classes", Integer.toString(classes)));
        if (classNames != null) {
            n.getClassNames().addAll(classNames);
        }
        return n;
    }

    /** A Kirchhoff current-summing node of {@code size} currents. */
    public static Node newSum(String name, int size) {
        return newNode(StandardKinds.Sum.ID, name, Map.of("size", Integer.toString(size)));
    }

    /** A concatenation node whose inputs add up to {@code size}. */
    public static Node newConcat(String name, int size) {
        return newNode(StandardKinds.Concat.ID, name, Map.of("size", Integer.toString(size)));
    }

    public <T extends Node> T add(T node) {
        network.getNodes().add(node);
        return node;
    }

    public Connection connect(Node from, Node to) {
        return connect(out(from), in(to));
    }

    public Connection connect(Port from, Port to) {
        Connection c = F.createConnection();
        c.setSource(from);
        c.setTarget(to);
        network.getConnections().add(c);
        return c;
    }

    /** Adds the nodes (if not yet added) and connects each to the next. */
    public NetworkBuilder chain(Node... nodes) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].eContainer() == null) {
                add(nodes[i]);
            }
            if (i > 0) {
                connect(nodes[i - 1], nodes[i]);
            }
        }
        return this;
    }

    /**
     * A classifier MLP: input -> (crossbar -> hidden)* -> crossbar -> readout. Hidden layers are
     * MTJ arrays of {@code preset}, or tanh activation layers when {@code preset} is "tanh-ideal".
     */
    public static Network mlp(String name, int inputs, int[] hidden, int classes, String preset, List<String> classNames) {
        NetworkBuilder b = new NetworkBuilder(name);
        Node prev = b.add(newInput("input", inputs));
        int width = inputs;
        for (int l = 0; l < hidden.length; l++) {
            Crossbar x = b.add(newCrossbar("crossbar" + (l + 1), width, hidden[l]));
            Node h = preset == null
                    ? b.add(newActivation("hidden" + (l + 1), hidden[l], ActivationFunction.TANH))
                    : b.add(newMtj("hidden" + (l + 1), hidden[l], preset));
            b.chain(prev, x, h);
            prev = h;
            width = hidden[l];
        }
        Crossbar last = b.add(newCrossbar("crossbar" + (hidden.length + 1), width, classes));
        Readout r = b.add(newReadout("readout", classes, classNames));
        b.chain(prev, last, r);
        return b.network();
    }

    /** Sets a training spec with the given data set and defaults elsewhere; returns it for further tuning. */
    public static TrainingSpec training(Network n, String dataPath, DataFormat format, Normalisation norm) {
        TrainingSpec t = F.createTrainingSpec();
        DatasetSpec d = F.createDatasetSpec();
        d.setPath(dataPath);
        d.setFormat(format);
        d.setNormalisation(norm);
        t.setDataset(d);
        SplitSpec s = F.createSplitSpec();
        s.setKind(format == DataFormat.IDX ? SplitKind.TEST_FILES : SplitKind.KFOLD);
        t.setSplit(s);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setKind(OptimizerKind.MOMENTUM);
        t.setOptimizer(o);
        t.setGradientMode(GradientMode.ANALOG_CENTRAL);
        n.setTraining(t);
        return t;
    }
}
