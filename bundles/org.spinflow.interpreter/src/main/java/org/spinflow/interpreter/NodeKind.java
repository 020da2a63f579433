package org.spinflow.interpreter;

import org.spinflow.model.Node;

/**
 * A kind of node the interpreter can execute, registered through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.spinflow.interpreter.NodeKind}). Adding a node kind needs no
 * change to the interpreter.
 */
public interface NodeKind {

    /** Whether this kind compiles the given model node. */
    boolean handles(Node node);

    /**
     * Compiles the node into an executable node reading from {@code input} (null for sources).
     * Reads the EMF node here, once; the returned node must not keep walking EMF objects.
     */
    ExecNode compile(Node node, ExecNode input, CompileContext ctx);
}
