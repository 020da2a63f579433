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
                    final float y = tanh(z[k]);
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

    /*
     * tanh(x) = x P(x^2) / Q(x^2) on [-9, 9], P of degree 6 and Q of degree 4, both starting at 1 (so a tiny x
     * gives x itself, and -0 gives -0). The coefficients are a weighted least-squares fit of the relative error
     * (bench/fit_tanh.py prints them), rounded to float.
     */
    private static final float P1 = 0.13856859505176544f;
    private static final float P2 = 0.00409548357129097f;
    private static final float P3 = 3.3030257327482104e-05f;
    private static final float P4 = 4.581546519943913e-08f;
    private static final float P5 = -3.1846480313957315e-11f;
    private static final float P6 = 2.591607755220854e-14f;
    private static final float Q1 = 0.47190192341804504f;
    private static final float Q2 = 0.028062792494893074f;
    private static final float Q3 = 0.00043529082904569805f;
    private static final float Q4 = 1.6720048279239563e-06f;

    /**
     * tanh in float arithmetic alone: x clamped to [-9, 9] (beyond 9, tanh is within one float ulp of 1), then
     * a rational function of x (multiplications, additions and one division, no branch), so HotSpot vectorises
     * the loop that calls it: value and derivative of 8,192 values in 4.4 us against 58.5 us for the former
     * {@code Math.exp} form ({@code TanhTiming}, docs/PERFORMANCE.md, session 11), which took about 8 % of an
     * exact 784-256-10 training step. Error against the true tanh at most 3.3e-7 and within 6 float ulps
     * ({@code ActivationExecTest}); NaN gives NaN, +-infinity gives +-1 within one float ulp.
     */
    static float tanh(float z) {
        final float x = Math.min(9f, Math.max(-9f, z));
        final float t = x * x;
        final float p = ((((((P6 * t + P5) * t + P4) * t + P3) * t + P2) * t + P1) * t + 1f) * x;
        final float q = (((Q4 * t + Q3) * t + Q2) * t + Q1) * t + 1f;
        return p / q;
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
