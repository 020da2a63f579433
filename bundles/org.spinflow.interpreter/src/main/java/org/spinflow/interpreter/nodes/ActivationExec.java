package org.spinflow.interpreter.nodes;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.RunContext;
import org.spinflow.interpreter.Step;
import org.spinflow.model.ActivationFunction;

/** Ideal software activation (the tanh baseline): analytic derivative in every gradient mode. */
public final class ActivationExec extends AbstractExecNode {
    private final ActivationFunction function;
    private float[] deriv;

    public ActivationExec(String name, ExecNode input, int size, ActivationFunction function) {
        super(name, input, size);
        this.function = function;
    }

    @Override
    public void initialise(RunContext ctx) {
        super.initialise(ctx);
        deriv = new float[ctx.capacity() * size];
    }

    @Override
    public void forward(Step step, int from, int to) {
        final float[] z = input.output();
        final int k0 = from * size;
        final int n = to * size;
        switch (function) {
            case TANH -> {
                for (int k = k0; k < n; k++) {
                    float y = tanh(z[k]);
                    out[k] = y;
                    deriv[k] = 1f - y * y;
                }
            }
            case SIGMOID -> {
                for (int k = k0; k < n; k++) {
                    float y = (float) (1.0 / (1.0 + Math.exp(-z[k])));
                    out[k] = y;
                    deriv[k] = y * (1f - y);
                }
            }
            case RELU -> {
                for (int k = k0; k < n; k++) {
                    float v = z[k];
                    out[k] = v > 0 ? v : 0f;
                    deriv[k] = v > 0 ? 1f : 0f;
                }
            }
        }
    }

    /** tanh through one exponential: exact to float rounding (|error| < 1e-6), cheaper than Math.tanh. */
    static float tanh(float x) {
        if (x > 9f) {
            return 1f;
        }
        if (x < -9f) {
            return -1f;
        }
        double e = Math.exp(2.0 * x);
        return (float) ((e - 1.0) / (e + 1.0));
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
        final float[] g = input.gradOutput();
        final int n = to * size;
        for (int k = from * size; k < n; k++) {
            g[k] += gradOut[k] * deriv[k];
        }
    }
}
