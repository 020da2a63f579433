package org.spinflow.glsp.server;

import java.util.List;

import org.spinflow.model.Node;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;

/**
 * GModel element types of the Spinflow diagram. Node types are {@code node:<kind id>}, one per
 * registered node-kind descriptor ({@link NodeKinds}); this class keeps no list of kinds.
 */
public final class SpinflowTypes {
    private SpinflowTypes() {
    }

    public static final String DIAGRAM_TYPE = "spinflow-diagram";
    public static final String NODE_PREFIX = "node:";
    /** Type of a node whose kind no installed descriptor declares (shown, never guessed). */
    public static final String UNKNOWN = NODE_PREFIX + "unknown";
    public static final String CONNECTION = "edge:connection";
    public static final String PORT_IN = "port:in";
    public static final String PORT_OUT = "port:out";
    public static final String LABEL_NAME = "label:name";
    public static final String LABEL_KIND = "label:kind";
    public static final String LABEL_INFO = "label:info";

    /** The diagram types of all registered node kinds. */
    public static List<String> nodeTypes() {
        return NodeKinds.all().stream().map(SpinflowTypes::typeOf).toList();
    }

    public static String typeOf(NodeKindDescriptor d) {
        return NODE_PREFIX + d.id();
    }

    /** The diagram type of a node: {@code node:<kind>}, or {@link #UNKNOWN}. */
    public static String typeOf(Node n) {
        NodeKindDescriptor d = NodeKinds.of(n);
        return d == null ? UNKNOWN : typeOf(d);
    }

    /** The descriptor of a diagram type, or null. */
    public static NodeKindDescriptor kindOf(String type) {
        return type != null && type.startsWith(NODE_PREFIX) ? NodeKinds.byId(type.substring(NODE_PREFIX.length())) : null;
    }
}
