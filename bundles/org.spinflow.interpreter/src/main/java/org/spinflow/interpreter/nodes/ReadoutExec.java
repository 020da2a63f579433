package org.spinflow.interpreter.nodes;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.Step;
import org.spinflow.model.LossKind;

/** Readout: softmax cross-entropy or MSE on the last crossbar's column currents (the logits). */
public final class ReadoutExec extends AbstractExecNode {
    private final LossKind loss;
    private double lossSum;
    private int correct;
    private int[] predictions;

    public ReadoutExec(String name, ExecNode input, int classes, LossKind loss) {
        super(name, input, classes);
        this.loss = loss;
    }

    @Override
    public void initialise(org.spinflow.interpreter.RunContext ctx) {
        super.initialise(ctx);
        predictions = new int[ctx.capacity()];
    }

    /** Computes probabilities (softmax) or raw outputs, the loss sum and the correct count for {@code labels}. */
    public void evaluate(Step step, int[] labels) {
        final float[] z = input.output();
        final int c = size;
        lossSum = 0;
        correct = 0;
        for (int b = 0; b < step.batch; b++) {
            final int o = b * c;
            int arg = 0;
            float max = z[o];
            for (int j = 1; j < c; j++) {
                if (z[o + j] > max) {
                    max = z[o + j];
                    arg = j;
                }
            }
            predictions[b] = arg;
            if (labels != null && arg == labels[b]) {
                correct++;
            }
            if (loss == LossKind.MSE) {
                for (int j = 0; j < c; j++) {
                    float t = labels != null && labels[b] == j ? 1f : 0f;
                    out[o + j] = z[o + j];
                    double e = z[o + j] - t;
                    lossSum += 0.5 * e * e;
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
                    lossSum += -(z[o + labels[b]] - max - Math.log(sum));
                }
            }
        }
    }

    @Override
    public void forward(Step step) {
    }

    /** Writes d(mean loss)/d(logits) into the input's gradient. */
    public void lossGradient(Step step, int[] labels) {
        final float[] g = input.gradOutput();
        final float inv = 1f / step.batch;
        final int c = size;
        for (int b = 0; b < step.batch; b++) {
            final int o = b * c;
            for (int j = 0; j < c; j++) {
                float t = labels[b] == j ? 1f : 0f;
                g[o + j] += loss == LossKind.MSE ? (out[o + j] - t) * inv : (out[o + j] - t) * inv;
            }
        }
    }

    @Override
    public void backward(Step step) {
    }

    public double lossSum() {
        return lossSum;
    }

    public int correct() {
        return correct;
    }

    public int[] predictions() {
        return predictions;
    }
}
