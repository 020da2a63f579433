package org.spinflow.interpreter.nodes;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.RunContext;
import org.spinflow.interpreter.Step;
import org.spinflow.model.LossKind;

/**
 * Readout: softmax cross-entropy or MSE on the last crossbar's column currents (the logits).
 * Loss and correct counts are kept per gradient slot and summed in slot order.
 */
public final class ReadoutExec extends AbstractExecNode {
    private final LossKind loss;
    private double[] lossSum;
    private int[] correct;

    public ReadoutExec(String name, ExecNode input, int classes, LossKind loss) {
        super(name, input, classes);
        this.loss = loss;
    }

    @Override
    public void initialise(RunContext ctx) {
        super.initialise(ctx);
        lossSum = new double[ctx.slots()];
        correct = new int[ctx.slots()];
    }

    @Override
    public void forward(Step step, int from, int to) {
    }

    /**
     * For samples [from, to): probabilities (softmax) or raw outputs into {@link #output()}, and the loss sum and correct count of slot {@code slot} ({@code labels} may be null).
     */
    public void evaluate(Step step, int[] labels, int from, int to, int slot) {
        final float[] z = input.output();
        final int c = size;
        double ls = 0;
        int ok = 0;
        for (int b = from; b < to; b++) {
            final int o = b * c;
            int arg = 0;
            float max = z[o];
            for (int j = 1; j < c; j++) {
                if (z[o + j] > max) {
                    max = z[o + j];
                    arg = j;
                }
            }
            if (labels != null && arg == labels[b]) {
                ok++;
            }
            if (loss == LossKind.MSE) {
                for (int j = 0; j < c; j++) {
                    float t = labels != null && labels[b] == j ? 1f : 0f;
                    out[o + j] = z[o + j];
                    double e = z[o + j] - t;
                    ls += 0.5 * e * e;
                }
            } else {
                double sum = 0;
                for (int j = 0; j < c; j++) {
                    double e = Math.exp(z[o + j] - max);
                    out[o + j] = (float) e;
                    sum += e;
                }
                for (int j = 0; j < c; j++) {
                    out[o + j] = (float) (out[o + j] / sum);
                }
                if (labels != null) {
                    ls += -(z[o + labels[b]] - max - Math.log(sum));
                }
            }
        }
        lossSum[slot] = ls;
        correct[slot] = ok;
    }

    /** Writes d(mean loss over the batch)/d(logits) of samples [from, to) into the input's gradient. */
    public void lossGradient(Step step, int[] labels, int from, int to) {
        final float[] g = input.gradOutput();
        final float inv = 1f / step.batch;
        final int c = size;
        for (int b = from; b < to; b++) {
            final int o = b * c;
            for (int j = 0; j < c; j++) {
                float t = labels[b] == j ? 1f : 0f;
                g[o + j] += (out[o + j] - t) * inv;
            }
        }
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
    }

    /** Loss summed over the batch (slots summed in order). */
    public double lossSum(int slots) {
        double s = 0;
        for (int i = 0; i < slots; i++) {
            s += lossSum[i];
        }
        return s;
    }

    public int correct(int slots) {
        int s = 0;
        for (int i = 0; i < slots; i++) {
            s += correct[i];
        }
        return s;
    }

}
