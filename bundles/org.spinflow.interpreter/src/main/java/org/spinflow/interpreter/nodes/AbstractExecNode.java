package org.spinflow.interpreter.nodes;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.RunContext;

/** Buffers shared by all node implementations: output and its gradient, sized for the plan's capacity. */
public abstract class AbstractExecNode implements ExecNode {
    protected final String name;
    protected final ExecNode input;
    protected final int size;
    protected float[] out;
    protected float[] gradOut;

    protected AbstractExecNode(String name, ExecNode input, int size) {
        this.name = name;
        this.input = input;
        this.size = size;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public float[] output() {
        return out;
    }

    @Override
    public float[] gradOutput() {
        return gradOut;
    }

    @Override
    public boolean requiresGrad() {
        return true;
    }

    @Override
    public void initialise(RunContext ctx) {
        out = new float[ctx.capacity() * size];
        gradOut = new float[ctx.capacity() * size];
    }

    /** The input node this node reads from. */
    public ExecNode input() {
        return input;
    }

    @Override
    public java.util.List<ExecNode> inputs() {
        return input == null ? java.util.List.of() : java.util.List.of(input);
    }
}
