package org.spinflow.interpreter.nodes;

import java.util.List;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.Step;

/**
 * Kirchhoff current summing: the column currents of several crossbars wired onto the same lines
 * add, {@code out = sum_k in_k}. The gradient passes unchanged to every input. Inputs are added
 * in connection order, so results do not depend on the thread count.
 */
public final class SumExec extends AbstractExecNode {
    private final ExecNode[] inputs;

    public SumExec(String name, List<ExecNode> inputs, int size) {
        super(name, null, size);
        if (inputs.isEmpty()) {
            throw new InterpreterException("sum node '" + name + "' has no input (connect one or more crossbars to it)");
        }
        for (ExecNode in : inputs) {
            if (in.outputSize() != size) {
                throw new InterpreterException("connection " + in.name() + " -> " + name + ": shape " + in.outputSize()
                        + " does not match " + size + " (every input of a sum has the sum's size)");
            }
        }
        this.inputs = inputs.toArray(new ExecNode[0]);
    }

    @Override
    public List<ExecNode> inputs() {
        return List.of(inputs);
    }

    @Override
    public void forward(Step step, int from, int to) {
        final int k0 = from * size;
        final int k1 = to * size;
        System.arraycopy(inputs[0].output(), k0, out, k0, k1 - k0);
        for (int i = 1; i < inputs.length; i++) {
            final float[] x = inputs[i].output();
            for (int k = k0; k < k1; k++) {
                out[k] += x[k];
            }
        }
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
        final int k0 = from * size;
        final int k1 = to * size;
        for (ExecNode in : inputs) {
            if (!in.requiresGrad()) {
                continue;
            }
            final float[] g = in.gradOutput();
            for (int k = k0; k < k1; k++) {
                g[k] += gradOut[k];
            }
        }
    }
}
