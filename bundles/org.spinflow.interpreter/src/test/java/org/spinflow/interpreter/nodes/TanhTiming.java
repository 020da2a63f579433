package org.spinflow.interpreter.nodes;

import java.util.SplittableRandom;

/**
 * The exact mode's activation loop ({@link ActivationExec#forward}'s tanh case: value and derivative of every
 * element) over {@code n} values, with {@link ActivationExec#tanh} and with the {@code Math.exp} form it replaced
 * in session 11 ({@code (e - 1) / (e + 1)}, {@code e = exp(2x)} in double, +-1 beyond +-9), kept here as the
 * reference. Prints the shortest of {@code reps} timings of each, in microseconds.
 *
 * <p>Arguments: values (default 8192, a 32 x 256 layer), timings (default 3000). Run with the classpath of
 * {@code StepTiming} (docs/PERFORMANCE.md): {@code java -cp ... org.spinflow.interpreter.nodes.TanhTiming 8192 3000}.
 */
public final class TanhTiming {
    private static volatile float sink;

    private TanhTiming() {
    }

    static float expForm(float x) {
        if (x > 9f) {
            return 1f;
        }
        if (x < -9f) {
            return -1f;
        }
        double e = Math.exp(2.0 * x);
        return (float) ((e - 1.0) / (e + 1.0));
    }

    private static void rational(float[] z, float[] out, float[] deriv) {
        for (int k = 0; k < z.length; k++) {
            final float y = ActivationExec.tanh(z[k]);
            out[k] = y;
            deriv[k] = 1f - y * y;
        }
    }

    private static void exp(float[] z, float[] out, float[] deriv) {
        for (int k = 0; k < z.length; k++) {
            final float y = expForm(z[k]);
            out[k] = y;
            deriv[k] = 1f - y * y;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        float[] z = new float[n];
        float[] out = new float[n];
        float[] deriv = new float[n];
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < n; k++) {
            z[k] = (float) (2 * r.nextGaussian());
        }
        for (int round = 0; round < 3; round++) {
            long bestR = Long.MAX_VALUE;
            long bestE = Long.MAX_VALUE;
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                rational(z, out, deriv);
                long t1 = System.nanoTime();
                exp(z, out, deriv);
                long t2 = System.nanoTime();
                bestR = Math.min(bestR, t1 - t0);
                bestE = Math.min(bestE, t2 - t1);
                sink += out[i % n];
            }
            System.out.printf("round %d, %d values: rational tanh %.1f us, Math.exp form %.1f us (shortest of %d)%n", round + 1, n,
                    bestR / 1e3, bestE / 1e3, reps);
        }
    }
}
