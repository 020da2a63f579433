package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.types.GLSPServerException;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;

/** Model edits shared by the operation handlers (always run inside a {@link SpinflowCommand}). */
public final class Edits {
    private Edits() {
    }

    /** A new node of the kind of a diagram type, named after the kind, with its defaults. */
    public static Node newNode(Network network, String type) {
        NodeKindDescriptor d = SpinflowTypes.kindOf(type);
        if (d == null) {
            throw new GLSPServerException("unknown node type " + type);
        }
        return d.create(uniqueName(network, d.defaultName()));
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

    /** Keeps port sizes consistent with the node's properties after a property edit (the kinds' size rules). */
    public static void syncPorts(Node n) {
        NodeKinds.syncPorts(n);
    }
}
