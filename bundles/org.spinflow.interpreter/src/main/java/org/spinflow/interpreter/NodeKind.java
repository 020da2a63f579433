package org.spinflow.interpreter;

import java.util.List;

import org.spinflow.model.Node;

/**
 * How the interpreter executes one node kind: the compilation half of a node-kind descriptor
 * ({@link org.spinflow.model.kinds.NodeKindDescriptor}, matched by {@link #kindId()}). Registered
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/org.spinflow.interpreter.NodeKind});
 * a kind contributed by another bundle implements both interfaces in one class.
 */
public interface NodeKind {

    /** The {@link org.spinflow.model.kinds.NodeKindDescriptor#id() id} of the descriptor this compiles. */
    String kindId();

    /**
     * Compiles the node into an executable node reading from {@code inputs} (in connection order;
     * empty for sources). Reads the EMF node here, once; the returned node must not keep walking
     * EMF objects.
     */
    ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx);

    /** The single input of a one-input kind, or a clear error naming the node. */
    static ExecNode single(Node node, List<ExecNode> inputs) {
        if (inputs.size() != 1) {
            throw new InterpreterException("node '" + node.getName() + "' takes exactly one input, got " + inputs.size()
                    + (inputs.isEmpty() ? "" : " (from " + String.join(", ", inputs.stream().map(ExecNode::name).toList()) + ")"));
        }
        return inputs.get(0);
    }
}
