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
 *
 * <p>The weight gradient is not accumulated during the backward pass: {@link #backward} computes
 * the input gradient and keeps a copy of the slice's inputs, and {@link #commit} computes the
 * gradient of a block of rows from the kept inputs and the output gradients ({@link Kernels#gradRows}, each element
 * summed over the batch in ascending sample order) and applies the optimiser, the conductance-pair
 * update, clipping and the weight re-read to that block while it is in cache. The gradient never
 * goes through memory, and the row blocks are shared between threads dynamically: every element is
 * computed the same way whichever thread takes its block, so results do not depend on the thread count.
 */
public final class CrossbarExec extends AbstractExecNode {

    /** Physical and learning settings of a crossbar, read from the model once. */
    public record Settings(int rows, int cols, boolean bias, double gMin, double gMax, double weightRange,
                           double writeNoise, double readNoise, int levels, WeightInit init, double initScale,
                           float[] gPlus, float[] gMinus, org.spinflow.devices.synapse.SynapseWrite write) {
        /** Settings whose writes follow writeNoise and levels only (no variation, linear and symmetric). */
        public Settings(int rows, int cols, boolean bias, double gMin, double gMax, double weightRange, double writeNoise,
                        double readNoise, int levels, WeightInit init, double initScale, float[] gPlus, float[] gMinus) {
            this(rows, cols, bias, gMin, gMax, weightRange, writeNoise, readNoise, levels, init, initScale, gPlus, gMinus,
                    new org.spinflow.devices.synapse.SynapseWrite(gMin, gMax, levels, writeNoise, 0, 0, 0));
        }
    }

    /** Elements per row block of the fused commit (the gradient scratch, 8 KB, stays in L1). */
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
    /** The effective weights again as row arrays (the layout the vectorised kernels read). */
    private float[][] wRows;
    /** The weights transposed, [cols][rows], kept only when the input needs a gradient (else null). */
    private float[][] wT;
    private int[][] bwdIdx;
    private float[][] bwdAcc;
    /** Output gradients of the last backward pass as row arrays, [sample][cols]. */
    private float[][] dzRows;
    private float[] s1;
    private float[] s2;
    /** Gradient, then weight change, of the batch being committed (indices as w). */
    private float[] gFlat;
    /** Per-slice scratch of the forward pass (non-zero input indices, accumulator rows, list positions). */
    private int[][] fwdIdx;
    private float[][][] fwdAcc;
    private int[][] fwdPos;
    /** Per-worker scratch of the commit: gradient block rows, transposed input block, sample indices. */
    private float[][][] gBlock;
    private float[][] xtBlock;
    private int[][] bIdx;
    private int rowBlock;
    /** Inputs of the last backward pass, [sample][rows] (forward passes in between do not change them). */
    private float[] xIn;
    /** Samples of the last backward pass whose weight gradient commit (or gradient()) computes; 0: none. */
    private int pendingBatch;
    /** Hardware accounting: programming pulses per worker in the running commit, and those of the last commit. */
    private long[] writesByWorker;
    private long lastWrites;
    private int lastWrittenRows;
    /** Mean of G+ + G- over the physical devices, recomputed lazily after a commit (NaN: stale). */
    private double meanPairG = Double.NaN;
    /** Sum of G+ + G- over each commit row block (see {@link #pairSum}), filled by the commit; valid when {@link #blockSumsValid}. */
    private double[] blockPairSums;
    private boolean blockSumsValid;
    /** Per-worker column sums of {@link #pairSum}. */
    private double[][] colSums;

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
        wRows = new float[rows + 1][cols];
        dzRows = new float[ctx.capacity()][cols];
        wT = input.requiresGrad() ? new float[cols][rows] : null;
        bwdIdx = new int[ctx.slots()][cols];
        bwdAcc = new float[ctx.slots()][rows];
        s1 = new float[n];
        s2 = new float[n];
        gFlat = new float[n];
        fwdIdx = new int[ctx.slots()][Step.SLICE * rows];
        fwdAcc = new float[ctx.slots()][Step.SLICE][cols];
        fwdPos = new int[ctx.slots()][2 * Step.SLICE];
        rowBlock = Math.max(1, Math.min(rows + 1, COMMIT_BLOCK / cols));
        int workers = ctx.parallel().threads();
        gBlock = new float[workers][rowBlock][cols];
        xtBlock = new float[workers][rowBlock * ctx.capacity()];
        bIdx = new int[workers][ctx.capacity()];
        xIn = new float[ctx.capacity() * rows];
        pendingBatch = 0;
        writesByWorker = new long[workers];
        blockPairSums = new double[(rows + 1 + rowBlock - 1) / rowBlock];
        colSums = new double[workers][cols];
        blockSumsValid = false;
        lastWrites = 0;
        lastWrittenRows = 0;
        meanPairG = Double.NaN;
        blockSumsValid = false;
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
        copyRows(from, to);
    }

    /** Copies w[from, to) into the row arrays. */
    private void copyRows(int from, int to) {
        for (int i = from; i < to; ) {
            final int r = i / cols;
            final int j = i - r * cols;
            final int len = Math.min(cols - j, to - i);
            System.arraycopy(w, i, wRows[r], j, len);
            if (wT != null && r < rows) {
                for (int k = 0; k < len; k++) {
                    wT[j + k][r] = w[i + k];
                }
            }
            i += len;
        }
    }

    /** To be called after changing {@link #weights()} directly (tests, numerical gradient checks). */
    public void weightsChanged() {
        copyRows(0, n);
    }

    @Override
    public void forward(Step step, int from, int to) {
        final float[] x = input.output();
        final int slot = from / Step.SLICE;
        Kernels.forwardTiled(x, rows, wRows, cols, out, from, to, fwdIdx[slot], fwdAcc[slot], fwdPos[slot]);
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
        if (input.requiresGrad()) {
            Kernels.gradInputT(gradOut, cols, wT, rows, input.gradOutput(), from, to, bwdIdx[from / Step.SLICE],
                    bwdAcc[from / Step.SLICE]);
        }
        // the weight gradient is computed from these inputs and gradOut by commit (or gradient())
        System.arraycopy(input.output(), from * rows, xIn, from * rows, (to - from) * rows);
        for (int b = from; b < to; b++) {
            System.arraycopy(gradOut, b * cols, dzRows[b], 0, cols);
        }
        pendingBatch = step.batch;
    }

    @Override
    public void commit(Step step) {
        final Optimiser opt = step.optimiser;
        final int limitRows = s.bias() ? rows + 1 : rows;
        final int blocks = (limitRows + rowBlock - 1) / rowBlock;
        final int batch = pendingBatch;
        java.util.Arrays.fill(writesByWorker, 0);
        step.parallel.forEach(blocks, (long) rowBlock * cols * (4 + batch / 4), (k0, k1, worker) -> {
            for (int k = k0; k < k1; k++) {
                final int i0 = k * rowBlock, i1 = Math.min(limitRows, (k + 1) * rowBlock);
                commitRows(step, opt, batch, i0, i1, worker);
                // the block's pair sum while it is in cache (the read energy needs the mean every step)
                blockPairSums[k] = pairSum(i0, i1, colSums[worker]);
            }
        });
        pendingBatch = 0;
        lastWrites = 0;
        for (long w : writesByWorker) {
            lastWrites += w;
        }
        lastWrittenRows = lastWrites > 0 ? limitRows : 0;
        meanPairG = Double.NaN;
        blockSumsValid = true;
    }

    /** Gradient, optimiser, conductance-pair update, programming and weight re-read of rows [i0, i1). */
    private void commitRows(Step step, Optimiser opt, int batch, int i0, int i1, int worker) {
        final float[][] g = gBlock[worker];
        final int from = i0 * cols;
        final int to = i1 * cols;
        if (batch > 0) {
            Kernels.gradRows(xIn, rows, dzRows, cols, batch, i0, i1, g, xtBlock[worker], bIdx[worker]);
            // into the flat array at the weights' own indices: the loops below then use one index for
            // every array, which HotSpot vectorises (mixed offsets into float arrays it does not)
            for (int r = i0; r < i1; r++) {
                System.arraycopy(g[r - i0], 0, gFlat, r * cols, cols);
            }
        } else {
            java.util.Arrays.fill(gFlat, from, to, 0f);
        }
        final float halfScale = gScale / 2;
        final org.spinflow.model.OptimizerKind kind = opt.kind();
        if (s.write().ideal() && kind != org.spinflow.model.OptimizerKind.ADAM) {
            // ideal writes with SGD or momentum: optimiser, update, clip and re-read fused into one pass
            // over the block (the same expressions, in the same order, as Optimiser.delta followed by the
            // loop below, so the same bits; kept equal by CommitFusionTest)
            final float lr = (float) step.learningRate;
            final float wd = (float) opt.weightDecay();
            final float mu = kind == org.spinflow.model.OptimizerKind.MOMENTUM ? (float) opt.momentum() : 0f;
            final float lo = gMin, hi = gMax;
            final float inv = 1f / gScale;
            if (kind == org.spinflow.model.OptimizerKind.MOMENTUM) {
                for (int i = from; i < to; i++) {
                    final float v = mu * s1[i] + gFlat[i] + wd * w[i];
                    s1[i] = v;
                    final float dl = -lr * v;
                    gFlat[i] = dl;
                    final float d = dl * halfScale;
                    final float a = Math.min(hi, Math.max(lo, gp[i] + d));
                    final float b = Math.min(hi, Math.max(lo, gm[i] - d));
                    gp[i] = a;
                    gm[i] = b;
                    w[i] = (a - b) * inv;
                }
            } else {
                for (int i = from; i < to; i++) {
                    final float dl = -lr * (gFlat[i] + wd * w[i]);
                    gFlat[i] = dl;
                    final float d = dl * halfScale;
                    final float a = Math.min(hi, Math.max(lo, gp[i] + d));
                    final float b = Math.min(hi, Math.max(lo, gm[i] - d));
                    gp[i] = a;
                    gm[i] = b;
                    w[i] = (a - b) * inv;
                }
            }
            // hardware accounting: one programming pulse per device (two per pair) with a non-zero request
            int pulses = 0;
            for (int i = from; i < to; i++) {
                pulses += gFlat[i] != 0 ? 2 : 0;
            }
            writesByWorker[worker] += pulses;
            copyRows(from, to);
            return;
        }
        opt.delta(w, gFlat, s1, s2, gFlat, from, to, step);
        if (s.write().ideal()) {
            // hardware accounting: one programming pulse per device (two per pair) with a non-zero request
            int pulses = 0;
            for (int i = from; i < to; i++) {
                pulses += gFlat[i] != 0 ? 2 : 0;
            }
            writesByWorker[worker] += pulses;
            // ideal writes: update, clip and re-read in one pass (same arithmetic as program + refreshWeights)
            final float lo = gMin, hi = gMax;
            final float inv = 1f / gScale;
            for (int i = from; i < to; i++) {
                final float d = gFlat[i] * halfScale;
                final float a = Math.min(hi, Math.max(lo, gp[i] + d));
                final float b = Math.min(hi, Math.max(lo, gm[i] - d));
                gp[i] = a;
                gm[i] = b;
                w[i] = (a - b) * inv;
            }
            copyRows(from, to);
        } else {
            // device write model (docs/PHYSICS.md G): the requested change, half on each device of the pair,
            // goes through the synapse's pulse update (variation, nonlinearity, asymmetry, cycle-to-cycle
            // noise on the change, stochastic rounding); devices without a request are not touched
            for (int i = from; i < to; i++) {
                gFlat[i] *= halfScale;
            }
            writesByWorker[worker] += s.write().apply(gp, gFlat, 1f, from, to, Keys.mix(nodeKey, 0x9A11L), step.counter)
                    + s.write().apply(gm, gFlat, -1f, from, to, Keys.mix(nodeKey, 0x9A12L), step.counter);
            if (!s.bias()) {
                final float mid = (gMax + gMin) / 2;
                for (int i = Math.max(from, rows * cols); i < to; i++) {
                    gp[i] = mid;
                    gm[i] = mid;
                }
            }
            refreshWeights(from, to);
        }
    }

    /**
     * Effective weights, (rows + 1) x cols, the last row the bias. The forward pass reads a row copy:
     * call {@link #weightsChanged()} after changing this array.
     */
    public float[] weights() {
        return w;
    }

    /**
     * Weight gradient of the last backward pass (before commit), as commit computes it; zeros after a
     * commit or {@link #clearGradient()}; a new array. A second backward pass replaces the gradient
     * of the first (gradients are not accumulated across passes).
     */
    public float[] gradient() {
        float[][] g = new float[rows + 1][cols];
        if (pendingBatch > 0) {
            Kernels.gradRows(xIn, rows, dzRows, cols, pendingBatch, 0, rows + 1, g, new float[(rows + 1) * pendingBatch],
                    new int[pendingBatch]);
        }
        float[] flat = new float[n];
        for (int r = 0; r <= rows; r++) {
            System.arraycopy(g[r], 0, flat, r * cols, cols);
        }
        return flat;
    }

    public void clearGradient() {
        pendingBatch = 0;
    }

    /** The crossbar's settings, as compiled. */
    public Settings settings() {
        return s;
    }

    public int rows() {
        return rows;
    }

    /** Whether the array has a bias row (driven at unit input). */
    public boolean hasBias() {
        return s.bias();
    }

    /** Multiply-accumulates of one sample's forward pass: (rows + bias row) x cols. */
    public long macsPerSample() {
        return (long) (s.bias() ? rows + 1 : rows) * cols;
    }

    /** Programming pulses the last commit issued (one per device with a non-zero requested change). */
    public long lastWrites() {
        return lastWrites;
    }

    /** Rows the last commit programmed (rows are programmed one after the other). */
    public int lastWrittenRows() {
        return lastWrittenRows;
    }

    /** Mean over the physical devices of G+ + G- (S), for the read energy. */
    public double meanPairConductance() {
        if (Double.isNaN(meanPairG)) {
            final int limitRows = s.bias() ? rows + 1 : rows;
            final int blocks = (limitRows + rowBlock - 1) / rowBlock;
            double sum = 0;
            for (int k = 0; k < blocks; k++) {
                sum += blockSumsValid ? blockPairSums[k]
                        : pairSum(k * rowBlock, Math.min(limitRows, (k + 1) * rowBlock), colSums[0]);
            }
            meanPairG = sum / ((double) limitRows * cols);
        }
        return meanPairG;
    }

    /**
     * Sum of {@code (double) gp[i] + gm[i]} over the whole rows [i0, i1) in a fixed order: a column
     * sum per column (rows ascending; independent additions, so they do not wait on each other), then
     * the column sums in column order. The mean pair conductance adds these block sums in block
     * order, whichever thread computed them.
     */
    private double pairSum(int i0, int i1, double[] colSums) {
        java.util.Arrays.fill(colSums, 0, cols, 0.0);
        for (int r = i0; r < i1; r++) {
            final int base = r * cols;
            for (int j = 0; j < cols; j++) {
                colSums[j] += (double) gp[base + j] + gm[base + j];
            }
        }
        double sum = 0;
        for (int j = 0; j < cols; j++) {
            sum += colSums[j];
        }
        return sum;
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
        meanPairG = Double.NaN;
        blockSumsValid = false;
    }
}
