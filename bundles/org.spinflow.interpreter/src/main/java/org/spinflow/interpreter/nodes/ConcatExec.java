package org.spinflow.interpreter.nodes;

import java.util.List;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.Step;

/** Concatenation of several inputs per sample, in connection order; the gradient is split back. */
public final class ConcatExec extends AbstractExecNode {
    private final ExecNode[] inputs;
    private final int[] offsets;

    public ConcatExec(String name, List<ExecNode> inputs, int size) {
        super(name, null, size);
        if (inputs.isEmpty()) {
            throw new InterpreterException("concat node '" + name + "' has no input");
        }
        this.inputs = inputs.toArray(new ExecNode[0]);
        this.offsets = new int[this.inputs.length];
        int total = 0;
        for (int i = 0; i < this.inputs.length; i++) {
            offsets[i] = total;
            total += this.inputs[i].outputSize();
        }
        if (total != size) {
            throw new InterpreterException("concat node '" + name + "': its inputs "
                    + String.join(" + ", inputs.stream().map(n -> n.name() + " (" + n.outputSize() + ")").toList())
                    + " add up to " + total + ", not its size " + size);
        }
    }

    @Override
    public List<ExecNode> inputs() {
        return List.of(inputs);
    }

    @Override
    public void forward(Step step, int from, int to) {
        for (int i = 0; i < inputs.length; i++) {
            final float[] x = inputs[i].output();
            final int w = inputs[i].outputSize();
            final int off = offsets[i];
            for (int b = from; b < to; b++) {
                System.arraycopy(x, b * w, out, b * size + off, w);
            }
        }
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
        for (int i = 0; i < inputs.length; i++) {
            if (!inputs[i].requiresGrad()) {
                continue;
            }
            final float[] g = inputs[i].gradOutput();
            final int w = inputs[i].outputSize();
            final int off = offsets[i];
            for (int b = from; b < to; b++) {
                final int go = b * size + off;
                final int gi = b * w;
                for (int j = 0; j < w; j++) {
                    g[gi + j] += gradOut[go + j];
                }
            }
        }
    }
}
