package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.List;

import org.spinflow.model.ActivationFunction;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.InputLayer;
import org.spinflow.model.Network;
import org.spinflow.model.NeuronArray;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.Readout;
import org.spinflow.model.build.NetworkBuilder;

/** Model edits shared by the operation handlers (always run inside a {@link SpinflowCommand}). */
public final class Edits {
    private Edits() {
    }

    public static Node newNode(Network network, String type) {
        return switch (type) {
            case SpinflowTypes.INPUT -> NetworkBuilder.newInput(uniqueName(network, "input"), 4);
            case SpinflowTypes.CROSSBAR -> NetworkBuilder.newCrossbar(uniqueName(network, "crossbar"), 8, 8);
            case SpinflowTypes.MTJ -> NetworkBuilder.newMtj(uniqueName(network, "mtj"), 8, "mtj-f-default");
            case SpinflowTypes.ACTIVATION -> NetworkBuilder.newActivation(uniqueName(network, "activation"), 8,
                    ActivationFunction.TANH);
            case SpinflowTypes.READOUT -> NetworkBuilder.newReadout(uniqueName(network, "readout"), 3, null);
            default -> throw new IllegalArgumentException("unknown node type " + type);
        };
    }

    public static String uniqueName(Network network, String base) {
        for (int i = 1;; i++) {
            String name = base + i;
            if (network.getNodes().stream().noneMatch(n -> name.equals(n.getName()))) {
                return name;
            }
        }
    }

    /** Removes a node and every connection touching it. */
    public static void deleteNode(Network network, Node node) {
        List<Connection> dead = new ArrayList<>();
        for (Connection c : network.getConnections()) {
            if ((c.getSource() != null && c.getSource().getNode() == node)
                    || (c.getTarget() != null && c.getTarget().getNode() == node)) {
                dead.add(c);
            }
        }
        network.getConnections().removeAll(dead);
        network.getNodes().remove(node);
    }

    /** Keeps port sizes consistent with the node's shape attributes after a property edit. */
    public static void syncPorts(Node n) {
        Port in = NetworkBuilder.in(n);
        Port out = NetworkBuilder.out(n);
        if (n instanceof InputLayer i) {
            setSize(out, i.getFeatures());
        } else if (n instanceof Crossbar c) {
            setSize(in, c.getRows());
            setSize(out, c.getCols());
        } else if (n instanceof NeuronArray a) {
            setSize(in, a.getSize());
            setSize(out, a.getSize());
        } else if (n instanceof Readout r) {
            setSize(in, r.getClasses());
        }
    }

    private static void setSize(Port p, int size) {
        if (p != null && p.getSize() != size) {
            p.setSize(size);
        }
    }

    public static boolean canSource(Node n) {
        return NetworkBuilder.out(n) != null;
    }

    public static boolean canTarget(Node n) {
        return NetworkBuilder.in(n) != null;
    }

    static boolean isActivation(Node n) {
        return n instanceof ActivationLayer;
    }
}
