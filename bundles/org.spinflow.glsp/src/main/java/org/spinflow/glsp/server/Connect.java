package org.spinflow.glsp.server;

import org.eclipse.emf.ecore.EObject;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.build.NetworkBuilder;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.kinds.PortSpec;

/**
 * Which ports a connection may join, and why not. A diagram element id names a port ({@code n3_p1}) or a
 * node ({@code n3}: its {@code out} port as a source, its {@code in} port as a target).
 */
public final class Connect {
    private Connect() {
    }

    /** The port an element id names, or the node's default port in {@code direction}; null when there is none. */
    public static Port port(SpinflowModelState state, String elementId, PortDirection direction) {
        if (elementId == null) {
            return null;
        }
        int p = elementId.indexOf("_p");
        Node n = state.nodeById(elementId);
        if (n == null) {
            return null;
        }
        if (p > 0) {
            try {
                int i = Integer.parseInt(elementId.substring(p + 2));
                return i >= 0 && i < n.getPorts().size() ? n.getPorts().get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return direction == PortDirection.OUT ? NetworkBuilder.out(n) : NetworkBuilder.in(n);
    }

    /** The diagram id of a port. */
    public static String portId(SpinflowModelState state, Port p) {
        return state.idOf(p.getNode()) + "_p" + p.getNode().getPorts().indexOf(p);
    }

    /** Why a connection from {@code source} to {@code target} is refused, in plain words; null when it is allowed. */
    public static String refusal(Network network, Port source, Port target, Connection ignored) {
        if (source == null) {
            return "a connection starts at an output port (right side of a node)";
        }
        if (target == null) {
            return "a connection ends at an input port (left side of a node)";
        }
        if (source.getDirection() != PortDirection.OUT) {
            return "'" + label(source) + "' is an input; a connection starts at an output port";
        }
        if (target.getDirection() != PortDirection.IN) {
            return "'" + label(target) + "' is an output; a connection ends at an input port";
        }
        if (source.getNode() == target.getNode()) {
            return "a node cannot feed itself";
        }
        if (source.getSignal() != target.getSignal()) {
            return "'" + label(source) + "' carries a " + signal(source) + " signal but '" + label(target) + "' takes a "
                    + signal(target) + " signal";
        }
        PortSpec spec = NodeKinds.portSpec(target);
        int max = spec == null ? 1 : spec.maxConnections();
        long used = network.getConnections().stream().filter(c -> c != ignored && c.getTarget() == target).count();
        if (max != PortSpec.UNBOUNDED && used >= max) {
            return "'" + label(target) + "' already has " + (max == 1 ? "its connection" : used + " connections")
                    + " (it takes " + max + "); delete it first";
        }
        for (Connection c : network.getConnections()) {
            if (c != ignored && c.getSource() == source && c.getTarget() == target) {
                return "'" + label(source) + "' is already connected to '" + label(target) + "'";
            }
        }
        if (reaches(network, target.getNode(), source.getNode())) {
            return "that connection would close a loop (" + target.getNode().getName() + " already feeds "
                    + source.getNode().getName() + ")";
        }
        return null;
    }

    private static boolean reaches(Network net, Node from, Node to) {
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.add(from);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n == to) {
                return true;
            }
            if (!seen.add(n)) {
                continue;
            }
            for (Connection c : net.getConnections()) {
                if (c.getSource() != null && c.getSource().getNode() == n && c.getTarget() != null && c.getTarget().getNode() != null) {
                    todo.add(c.getTarget().getNode());
                }
            }
        }
        return false;
    }

    static String label(Port p) {
        return (p.getNode() == null ? "?" : p.getNode().getName()) + "." + p.getName();
    }

    static String signal(Port p) {
        return p.getSignal() == null ? "unknown" : p.getSignal().getLiteral().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isPort(EObject o) {
        return o instanceof Port;
    }
}
