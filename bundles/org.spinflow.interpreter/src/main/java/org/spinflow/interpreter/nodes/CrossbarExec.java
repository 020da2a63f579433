package org.spinflow.interpreter.nodes;

import java.util.SplittableRandom;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.Optimiser;
import org.spinflow.interpreter.RunContext;
import org.spinflow.interpreter.Step;
import org.spinflow.interpreter.WrapUp;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.kernel.Kernels;
import org.spinflow.model.WeightInit;

/**
 * Synaptic crossbar with differential pairs: {@code w = (G+ - G-) / G_scale}, every conductance
 * kept in [gMin, gMax]. Computes in normalised units ({@code z = sum_i w_ij x_i + b_j}), which is
 * the column current divided by {@code G_scale * V_scale}. Updates go to the conductance pairs
 * (half the change on each device, opposite signs), are clipped, optionally quantised to
 * {@code levels} and disturbed by relative write noise; the effective weights are then re-read.
 */
public final class CrossbarExec extends AbstractExecNode {

    /** Physical and learning settings of a crossbar, read from the model once. */
    public record Settings(int rows, int cols, boolean bias, double gMin, double gMax, double weightRange,
                           double writeNoise, double readNoise, int levels, WeightInit init, double initScale,
                           float[] gPlus, float[] gMinus) {
    }

    /** Elements per block of the commit passes (8 arrays x 2048 floats = 64 KB: stays in L2). */
    private static final int COMMIT_BLOCK = 2048;

    private final Settings s;
    private final int rows;
    private final int cols;
    private final int n;
    private final float gMin;
    private final float gMax;
    private final float gScale;
    private final long nodeKey;
    private float[] gp;
    private float[] gm;
    private float[] w;
    private float[][] grad;
    private int slots;
    private float[] s1;
    private float[] s2;
    private float[] delta;
    private float[][] acc;

    public CrossbarExec(String name, ExecNode input, Settings settings) {
        super(name, input, settings.cols());
        this.s = settings;
        this.rows = settings.rows();
        this.cols = settings.cols();
        this.n = (rows + 1) * cols;
        this.gMin = (float) settings.gMin();
        this.gMax = (float) settings.gMax();
        this.gScale = (float) ((settings.gMax() - settings.gMin()) / settings.weightRange());
        this.nodeKey = Keys.nameId(name);
    }

    @Override
    public void initialise(RunContext ctx) {
        super.initialise(ctx);
        gp = new float[n];
        gm = new float[n];
        w = new float[n];
        slots = ctx.slots();
        grad = new float[slots][n];
        delta = new float[n];
        s1 = new float[n];
        s2 = new float[n];
        acc = new float[slots][cols];
        if (s.gPlus() != null && s.gMinus() != null) {
            System.arraycopy(s.gPlus(), 0, gp, 0, n);
            System.arraycopy(s.gMinus(), 0, gm, 0, n);
            refreshWeights(0, n);
        } else {
            initialiseWeights(ctx.foldSeed());
        }
    }

    private void initialiseWeights(long seed) {
        SplittableRandom r = new SplittableRandom(Keys.mix(seed, nodeKey, 0x1A17L));
        double limit;
        switch (s.init()) {
            case HE_NORMAL -> limit = s.initScale() * Math.sqrt(2.0 / rows);
            case UNIFORM -> limit = s.initScale();
            case ZERO -> limit = 0;
            default -> limit = s.initScale() * Math.sqrt(6.0 / (rows + cols));
        }
        final float mid = (gMax + gMin) / 2;
        for (int i = 0; i < rows * cols; i++) {
            double v = s.init() == WeightInit.HE_NORMAL ? limit * gaussian(r) : limit * (2 * r.nextDouble() - 1);
            float half = (float) (v * gScale / 2);
            gp[i] = mid + half;
            gm[i] = mid - half;
        }
        for (int i = rows * cols; i < n; i++) {
            gp[i] = mid;
            gm[i] = mid;
        }
        program(0, n, 0xB007L);
        refreshWeights(0, n);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return org.spinflow.devices.noise.CounterRng.boxMuller(1 - u1, u2);
    }

    /** Clips, quantises and adds write noise to conductances [from, to). */
    private void program(int from, int to, long counter) {
        final int levels = s.levels();
        final float step = levels > 1 ? (gMax - gMin) / (levels - 1) : 0f;
        final double wn = s.writeNoise();
        if (wn <= 0 && step <= 0) {
            // the common ideal-write case: clipping only, branch-free so that it vectorises
            final float lo = gMin, hi = gMax;
            for (int i = from; i < to; i++) {
                gp[i] = Math.min(hi, Math.max(lo, gp[i]));
                gm[i] = Math.min(hi, Math.max(lo, gm[i]));
            }
        } else {
            for (int i = from; i < to; i++) {
                float a = gp[i];
                float b = gm[i];
                if (wn > 0) {
                    a *= (float) (1 + wn * Keys.gaussian(Keys.mix(nodeKey, counter, 2L * i)));
                    b *= (float) (1 + wn * Keys.gaussian(Keys.mix(nodeKey, counter, 2L * i + 1)));
                }
                a = a < gMin ? gMin : (a > gMax ? gMax : a);
                b = b < gMin ? gMin : (b > gMax ? gMax : b);
                if (step > 0) {
                    a = gMin + Math.round((a - gMin) / step) * step;
                    b = gMin + Math.round((b - gMin) / step) * step;
                }
                gp[i] = a;
                gm[i] = b;
            }
        }
        if (!s.bias()) {
            final float mid = (gMax + gMin) / 2;
            for (int i = Math.max(from, rows * cols); i < to; i++) {
                gp[i] = mid;
                gm[i] = mid;
            }
        }
    }

    private void refreshWeights(int from, int to) {
        final float inv = 1f / gScale;
        for (int i = from; i < to; i++) {
            w[i] = (gp[i] - gm[i]) * inv;
        }
    }

    @Override
    public void forward(Step step, int from, int to) {
        final float[] x = input.output();
        Kernels.forward(x, rows, w, cols, out, from, to, acc[from / Step.SLICE]);
        if (s.readNoise() > 0) {
            final double sigma = s.readNoise();
            final long key = Keys.mix(nodeKey, step.counter, 0xC0L);
            for (int k = from * cols; k < to * cols; k++) {
                out[k] *= (float) (1 + sigma * Keys.gaussian(key + k));
            }
        }
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
        final float[] x = input.output();
        Kernels.gradWeights(x, rows, gradOut, cols, from, to, grad[slot], 0, rows + 1);
        if (input.requiresGrad()) {
            Kernels.gradInput(gradOut, cols, w, rows, input.gradOutput(), from, to);
        }
    }

    @Override
    public void commit(Step step) {
        final Optimiser opt = step.optimiser;
        final int limit = s.bias() ? n : rows * cols;
        final float halfScale = gScale / 2;
        final int used = Math.min(slots, (step.batch + Step.SLICE - 1) / Step.SLICE);
        final float[] g0 = grad[0];
        step.parallel.forRange(limit, 8, (from, to, worker) -> {
            // all passes on one cache-sized block before the next (element-wise: same results)
            for (int b0 = from; b0 < to; b0 += COMMIT_BLOCK) {
                final int b1 = Math.min(to, b0 + COMMIT_BLOCK);
                for (int sl = 1; sl < used; sl++) {
                    Kernels.add(grad[sl], g0, b0, b1);
                    java.util.Arrays.fill(grad[sl], b0, b1, 0f);
                }
                opt.delta(w, g0, s1, s2, delta, b0, b1, step);
                for (int i = b0; i < b1; i++) {
                    float d = delta[i] * halfScale;
                    gp[i] += d;
                    gm[i] -= d;
                    g0[i] = 0f;
                }
                program(b0, b1, step.counter);
                refreshWeights(b0, b1);
            }
        });
    }

    /** Effective weights, (rows + 1) x cols, the last row the bias. */
    public float[] weights() {
        return w;
    }

    /** Accumulated gradient of the current batch (before commit), slots summed in order; a new array. */
    public float[] gradient() {
        float[] g = grad[0].clone();
        for (int sl = 1; sl < slots; sl++) {
            Kernels.add(grad[sl], g, 0, n);
        }
        return g;
    }

    public void clearGradient() {
        for (float[] g : grad) {
            java.util.Arrays.fill(g, 0f);
        }
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    @Override
    public void wrapUp(WrapUp sink) {
        int physical = s.bias() ? n : rows * cols;
        sink.conductances(name, s.bias() ? rows + 1 : rows, cols, java.util.Arrays.copyOf(gp, physical),
                java.util.Arrays.copyOf(gm, physical));
    }

    @Override
    public float[][] state() {
        return new float[][] {gp.clone(), gm.clone(), s1.clone(), s2.clone()};
    }

    @Override
    public void restore(float[][] st) {
        System.arraycopy(st[0], 0, gp, 0, n);
        System.arraycopy(st[1], 0, gm, 0, n);
        System.arraycopy(st[2], 0, s1, 0, n);
        System.arraycopy(st[3], 0, s2, 0, n);
        refreshWeights(0, n);
    }
}
