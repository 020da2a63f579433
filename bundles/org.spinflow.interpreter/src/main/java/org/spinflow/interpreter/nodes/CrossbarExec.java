package org.spinflow.interpreter.nodes;

import java.util.SplittableRandom;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.Optimiser;
import org.spinflow.interpreter.RunContext;
import org.spinflow.interpreter.Step;
import org.spinflow.interpreter.WrapUp;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.kernel.Kernels;
import org.spinflow.interpreter.kernel.Scratch;
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
    /**
     * Conductances and optimiser state as row arrays, [rows + 1][cols] (the last row the bias): the
     * commit updates a row with one loop whose loads and stores all use the column index on distinct
     * arrays, which HotSpot vectorises, and streams only these four arrays and the weight rows.
     */
    private float[][] gp;
    private float[][] gm;
    private float[][] s1;
    private float[][] s2;
    /** The effective weights as row arrays (the layout the vectorised kernels read); the only copy the training uses. */
    private float[][] wRows;
    /** Flat copy of the weights for {@link #weights()} (filled on demand), or null. */
    private float[] wFlat;
    /** The weights transposed, [cols][rows], kept only when the input needs a gradient (else null). */
    private float[][] wT;
    /** Per row of {@link #wT}: whether its weights were all finite when copied (so the input gradient may add zeros). */
    private boolean[] rowFinite;
    private int[][] bwdIdx;
    private float[][] bwdAcc;
    /** Second accumulator per slice: two samples of the input gradient at a time. */
    private float[][] bwdAcc2;
    /** Output gradients of the last backward pass as row arrays, [sample][cols]. */
    private float[][] dzRows;
    /** Flat scratch of the device write model (non-ideal writes only; allocated on first use). */
    private float[] flatG;
    private float[] flatChange;
    /** Per-slice scratch of the forward pass (non-zero input indices, accumulator rows, list positions). */
    private int[][] fwdIdx;
    private float[][][] fwdAcc;
    private int[][] fwdPos;
    /** Per-worker scratch of the commit: gradient block rows, transposed input block, sample indices. */
    private float[][][] gBlock;
    private float[][] xtBlock;
    private int[][] bIdx;
    /** Per-worker scratch of {@link Kernels#gradRows}' column-major path (layers narrower than {@link Kernels#NARROW_COLS}), or null. */
    private float[][][] xrBlock;
    private float[][][] gtBlock;
    private int rowBlock;
    /** Inputs of the last backward pass, [sample][rows] (forward passes in between do not change them). */
    private float[] xIn;
    /** Samples of the last backward pass whose weight gradient commit (or gradient()) computes; 0: none. */
    private int pendingBatch;
    /** Hardware accounting: programming pulses per worker in the running commit (worker w at index w * {@link #WRITES_STRIDE}), and those of the last commit. */
    private long[] writesByWorker;
    private long lastWrites;
    private int lastWrittenRows;
    /** Mean of G+ + G- over the physical devices, recomputed lazily after a commit (NaN: stale). */
    private double meanPairG = Double.NaN;
    /** Sum of G+ + G- over each commit row block (see {@link #pairSum}), filled by the commit; valid when {@link #blockSumsValid}. */
    private double[] blockPairSums;
    private boolean blockSumsValid;
    /** Per-worker column sums of {@link #pairSum}. */
    private float[][] colSums;
    /** Per-worker column counts of the fused commit's non-zero change requests (as exact small floats). */
    private float[][] requestCols;
    /** Per slice of the last forward pass: the sum of its inputs' squares (see {@link #inputSquares}). */
    private double[] sliceSquares;

    /**
     * Split forward pass (see {@link #forwardPart}): the batch's accumulator rows, each part's scratch, each
     * part's tiles done (at {@code 16 * part}, a cache line of its own), whether a part failed, and whether
     * a split pass is under way (then {@link #forward} leaves the sums to it).
     */
    private float[][] splitAcc;
    private int[][] splitIdx;
    private int[][] splitPos;
    private java.util.concurrent.atomic.AtomicIntegerArray splitProgress;
    private volatile boolean splitFailed;
    /** Parts of the running split forward pass. */
    private int splitParts;
    private boolean splitActive;
    /** Samples per tile of the split forward pass: a part hands each tile on to the next part when it has added its rows. */
    static final int SPLIT_TILE = 4;

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
        gp = new float[rows + 1][cols];
        gm = new float[rows + 1][cols];
        s1 = new float[rows + 1][cols];
        s2 = new float[rows + 1][cols];
        wRows = new float[rows + 1][cols];
        wFlat = null;
        flatG = null;
        flatChange = null;
        dzRows = new float[ctx.capacity()][cols];
        wT = input.requiresGrad() ? new float[cols][rows] : null;
        rowFinite = new boolean[wT == null ? 0 : rows];
        bwdIdx = Scratch.ints(ctx.slots(), cols);
        bwdAcc = Scratch.floats(ctx.slots(), rows);
        bwdAcc2 = Scratch.floats(ctx.slots(), rows);
        fwdIdx = Scratch.ints(ctx.slots(), Step.SLICE * rows);
        fwdAcc = Scratch.floats(ctx.slots(), Step.SLICE, cols);
        fwdPos = Scratch.ints(ctx.slots(), 2 * Step.SLICE);
        splitIdx = null;
        splitActive = false;
        rowBlock = Math.max(1, Math.min(rows + 1, COMMIT_BLOCK / cols));
        int workers = ctx.parallel().threads();
        gBlock = Scratch.floats(workers, rowBlock, cols);
        xtBlock = Scratch.floats(workers, rowBlock * ctx.capacity());
        bIdx = Scratch.ints(workers, ctx.capacity());
        xrBlock = cols < Kernels.NARROW_COLS ? Scratch.floats(workers, ctx.capacity(), rowBlock) : null;
        gtBlock = cols < Kernels.NARROW_COLS ? Scratch.floats(workers, cols, rowBlock) : null;
        xIn = new float[ctx.capacity() * rows];
        pendingBatch = 0;
        writesByWorker = new long[workers * WRITES_STRIDE];
        blockPairSums = new double[(rows + 1 + rowBlock - 1) / rowBlock];
        colSums = Scratch.floats(workers, cols);
        requestCols = Scratch.floats(workers, cols);
        sliceSquares = new double[ctx.slots()];
        lastWrites = 0;
        lastWrittenRows = 0;
        meanPairG = Double.NaN;
        blockSumsValid = false;
        if (s.gPlus() != null && s.gMinus() != null) {
            toRows(s.gPlus(), gp);
            toRows(s.gMinus(), gm);
            refreshWeights(0, rows + 1);
        } else {
            initialiseWeights(ctx.foldSeed());
        }
    }

    /** Copies a flat (rows + 1) x cols array into row arrays. */
    private void toRows(float[] flat, float[][] dst) {
        for (int r = 0; r <= rows; r++) {
            System.arraycopy(flat, r * cols, dst[r], 0, cols);
        }
    }

    /** The first {@code len} elements of row arrays, flattened (row-major) into a new array. */
    private float[] flat(float[][] src, int len) {
        float[] f = new float[len];
        for (int r = 0, i = 0; i < len; r++, i += cols) {
            System.arraycopy(src[r], 0, f, i, Math.min(cols, len - i));
        }
        return f;
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
        final float[] fp = new float[n];
        final float[] fm = new float[n];
        for (int i = 0; i < rows * cols; i++) {
            double v = s.init() == WeightInit.HE_NORMAL ? limit * gaussian(r) : limit * (2 * r.nextDouble() - 1);
            float half = (float) (v * gScale / 2);
            fp[i] = mid + half;
            fm[i] = mid - half;
        }
        for (int i = rows * cols; i < n; i++) {
            fp[i] = mid;
            fm[i] = mid;
        }
        program(fp, fm, 0, n, 0xB007L);
        toRows(fp, gp);
        toRows(fm, gm);
        refreshWeights(0, rows + 1);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return org.spinflow.devices.noise.CounterRng.boxMuller(1 - u1, u2);
    }

    /** Clips, quantises and adds write noise to the flat conductances [from, to) (initial programming). */
    private void program(float[] gp, float[] gm, int from, int to, long counter) {
        final int levels = s.levels();
        final float step = levels > 1 ? (gMax - gMin) / (levels - 1) : 0f;
        final double wn = s.writeNoise();
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
        if (!s.bias()) {
            final float mid = (gMax + gMin) / 2;
            for (int i = Math.max(from, rows * cols); i < to; i++) {
                gp[i] = mid;
                gm[i] = mid;
            }
        }
    }

    /** Re-reads the effective weights of rows [r0, r1) from the conductances. */
    private void refreshWeights(int r0, int r1) {
        final float inv = 1f / gScale;
        for (int r = r0; r < r1; r++) {
            final float[] a = gp[r], b = gm[r], wr = wRows[r];
            for (int j = 0; j < cols; j++) {
                wr[j] = (a[j] - b[j]) * inv;
            }
            transposeRow(r);
        }
    }

    /** Copies weight row r into the transposed weights (when kept), noting whether the row is finite. */
    private void transposeRow(int r) {
        if (wT != null && r < rows) {
            final float[] wr = wRows[r];
            // finiteness noted in the copy loop itself, as Kernels.finite computes it: calling that method here
            // instead made an exact 784-100-10 step at 1 thread take 385-396 us against 274-303 (spinflow bench A/B,
            // session 13; the cause was not analysed)
            float probe = 0f;
            for (int j = 0; j < cols; j++) {
                wT[j][r] = wr[j];
                probe += wr[j] * 0f; // NaN for an infinite or NaN weight, else +/-0
            }
            rowFinite[r] = probe == 0f;
        }
    }

    /** Whether every transposed weight is finite (each row noted by {@link #transposeRow} when it was copied). */
    private boolean weightsFinite() {
        for (boolean f : rowFinite) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    /** To be called after changing the array {@link #weights()} returned (tests, numerical gradient checks). */
    public void weightsChanged() {
        if (wFlat != null) {
            toRows(wFlat, wRows);
        }
        for (int r = 0; r < rows; r++) {
            transposeRow(r);
        }
    }

    @Override
    public void forward(Step step, int from, int to) {
        final float[] x = input.output();
        final int slot = from / Step.SLICE;
        if (!splitActive) {
            Kernels.forwardTiled(x, rows, wRows, cols, out, from, to, fwdIdx[slot], fwdAcc[slot], fwdPos[slot]);
        }
        sliceSquares[slot] = input instanceof InputExec in ? in.sumSquares(from, to) : Kernels.sumSquares(x, from * rows, to * rows);
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
                    bwdAcc[from / Step.SLICE], bwdAcc2[from / Step.SLICE], weightsFinite());
        }
        // the weight gradient is computed from these inputs and gradOut by commit (or gradient()); in a split
        // forward pass each part has already copied its columns of every sample's inputs (forwardPart)
        if (!splitActive) {
            System.arraycopy(input.output(), from * rows, xIn, from * rows, (to - from) * rows);
        }
        for (int b = from; b < to; b++) {
            System.arraycopy(gradOut, b * cols, dzRows[b], 0, cols);
        }
        pendingBatch = step.batch;
    }

    @Override
    public void commit(Step step) {
        final int blocks = commitBlocks(step);
        step.parallel.forEachAffine(blocks, commitBlockCost(), (k0, k1, worker) -> {
            for (int k = k0; k < k1; k++) {
                commitBlock(step, k, worker);
            }
        });
        commitDone();
    }

    /** Batch of the commit under way (set by {@link #commitBlocks}). */
    private int commitBatch;

    /**
     * Starts a commit that the caller runs block by block ({@link #commitBlock}, each block once, in any order
     * and on any thread, possibly in one parallel section with other crossbars' blocks), then ends with
     * {@link #commitDone}; returns the number of row blocks. {@link #commit} is these three calls.
     */
    public int commitBlocks(Step step) {
        commitBatch = pendingBatch;
        java.util.Arrays.fill(writesByWorker, 0);
        if (!s.write().ideal() && flatG == null) {
            flatG = new float[n];
            flatChange = new float[n];
        }
        return commitBlockCount();
    }

    /** Rough cost of one block of {@link #commitBlock} (for the parallel section's inline threshold). */
    public long commitBlockCost() {
        return (long) rowBlock * cols * (4 + pendingBatch / 4);
    }

    /** Commits row block {@code k} (see {@link #commitBlocks}); {@code worker} selects the scratch. */
    public void commitBlock(Step step, int k, int worker) {
        final int limitRows = s.bias() ? rows + 1 : rows;
        final int i0 = k * rowBlock, i1 = Math.min(limitRows, (k + 1) * rowBlock);
        blockPairSums[k] = commitRows(step, step.optimiser, commitBatch, i0, i1, worker);
    }

    /** Ends a commit begun by {@link #commitBlocks} once all its blocks are done. */
    public void commitDone() {
        final int limitRows = s.bias() ? rows + 1 : rows;
        pendingBatch = 0;
        lastWrites = 0;
        for (int w = 0; w < writesByWorker.length; w += WRITES_STRIDE) {
            lastWrites += writesByWorker[w];
        }
        lastWrittenRows = lastWrites > 0 ? limitRows : 0;
        meanPairG = Double.NaN;
        blockSumsValid = true;
    }

    /** Rows of one commit block (the commit's unit of work; {@link #commitBlock} k covers rows [k * rowBlock, ...)). */
    public int commitRowBlock() {
        return rowBlock;
    }

    /** Row blocks of every commit ({@link #commitBlocks} returns the same number). */
    public int commitBlockCount() {
        final int limitRows = s.bias() ? rows + 1 : rows;
        return (limitRows + rowBlock - 1) / rowBlock;
    }

    /**
     * Starts a forward pass split by rows between {@code parts} parts ({@link #forwardPart}); the caller then runs
     * every part once, in one parallel section (after this call, which no part may overlap), and ends with
     * {@link #endSplitForward} after the slices. Until then this crossbar's {@link #forward} only does the
     * slice's accounting and read noise, the sums being the parts'.
     */
    public void beginSplitForward(int parts) {
        if (splitIdx == null || splitIdx.length < parts) {
            splitAcc = Scratch.floats(out.length / cols, cols);
            splitIdx = Scratch.ints(parts, SPLIT_TILE * rows);
            splitPos = Scratch.ints(parts, 2 * SPLIT_TILE);
            splitProgress = new java.util.concurrent.atomic.AtomicIntegerArray(16 * parts);
        }
        for (int k = 0; k < parts; k++) {
            splitProgress.set(16 * k, 0);
        }
        splitParts = parts;
        splitFailed = false;
        splitActive = true;
    }

    /**
     * Part {@code part} of {@code parts} of a split forward pass over the first {@code batch} samples: adds the
     * terms of inputs [r0, r1) to every sample's sums, tile by tile ({@link #SPLIT_TILE} samples), each tile
     * after the previous part has added its rows to it (part 0 starts each tile from the bias); the last part
     * writes the sums out. The parts' ranges must cover [0, rows) in order. Every sum thus receives its terms
     * in ascending input order, as in {@link Kernels#forwardTiled}, so the bits are those of the unsplit pass,
     * while each thread reads only its own rows of the weights (the rows it also commits, so they stay in its
     * cache), and the parts overlap: part k adds its rows to tile t while part k - 1 works on tile t + 1.
     */
    public void forwardPart(int part, int parts, int r0, int r1, float[] x, int batch) {
        forwardPart(part, parts, r0, r1, x, batch, null);
    }

    /** Puts samples [from, to) of a part's inputs in place; see {@link CrossbarExec#forwardPart(int, int, int, int, float[], int, TileLoader)}. */
    @FunctionalInterface
    public interface TileLoader {
        void load(int from, int to);
    }

    /**
     * {@link #forwardPart(int, int, int, int, float[], int)} that first has {@code loader} (when not null) put each
     * tile's inputs [r0, r1) in place, just before it adds that tile's terms: a first part that loads its inputs
     * tile by tile hands its first tile on sooner than one that loads them all first, and the next part, loading
     * all of its own meanwhile, starts adding without waiting.
     */
    public void forwardPart(int part, int parts, int r0, int r1, float[] x, int batch, TileLoader loader) {
        try {
            for (int t = 0, b0 = 0; b0 < batch; t++, b0 += SPLIT_TILE) {
                final int nt = Math.min(SPLIT_TILE, batch - b0);
                if (loader != null) {
                    loader.load(b0, b0 + nt);
                }
                if (part > 0) {
                    awaitTile(part - 1, t + 1);
                } else {
                    for (int q = 0; q < nt; q++) {
                        System.arraycopy(wRows[rows], 0, splitAcc[b0 + q], 0, cols);
                    }
                }
                Kernels.accumulateRows(x, rows, r0, r1, wRows, cols, b0, nt, splitAcc, b0, splitIdx[part], splitPos[part]);
                for (int q = b0; q < b0 + nt; q++) { // the commit's copy of the inputs, written where it will be read
                    System.arraycopy(x, q * rows + r0, xIn, q * rows + r0, r1 - r0);
                }
                if (part == parts - 1) {
                    for (int q = 0; q < nt; q++) {
                        System.arraycopy(splitAcc[b0 + q], 0, out, (b0 + q) * cols, cols);
                    }
                }
                splitProgress.set(16 * part, t + 1);
            }
        } catch (RuntimeException | Error e) {
            splitFailed = true;
            throw e;
        }
    }

    /**
     * Waits until part {@code part} has handed on {@code tiles} tiles: spins (a tile takes microseconds), and after
     * about 4,000 checks yields its core at every check, so that with more threads than cores the part it waits
     * for can run.
     */
    private void awaitTile(int part, int tiles) {
        for (int spins = 0; splitProgress.get(16 * part) < tiles; spins++) {
            failIfSplitFailed();
            if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /**
     * Whether the last part of the running split forward pass has written the sums of samples [0, {@code to}) (and
     * so every part has loaded and added their inputs); throws when a part has failed, so no one waits for ever.
     */
    public boolean splitSumsReady(int to) {
        failIfSplitFailed();
        return (long) splitProgress.get(16 * (splitParts - 1)) * SPLIT_TILE >= to;
    }

    /** Throws when a part of the running split forward pass has failed (the parts waiting for it fail too). */
    private void failIfSplitFailed() {
        if (splitFailed) {
            throw new IllegalStateException("crossbar '" + name + "': a part of the split forward pass failed");
        }
    }

    /** Ends a split forward pass: {@link #forward} computes the sums itself again. */
    public void endSplitForward() {
        splitActive = false;
    }

    /** Stride of {@link #writesByWorker}: each worker's counter on a cache line of its own. */
    private static final int WRITES_STRIDE = 16;

    /**
     * Gradient, optimiser, conductance-pair update, programming and weight re-read of rows [i0, i1);
     * returns the rows' pair sum ({@link #pairSum}), taken while they are in cache (the read energy
     * needs the mean every step).
     */
    private double commitRows(Step step, Optimiser opt, int batch, int i0, int i1, int worker) {
        final float[][] g = gBlock[worker];
        if (batch > 0) {
            Kernels.gradRows(xIn, rows, dzRows, cols, batch, i0, i1, g, xtBlock[worker], bIdx[worker],
                    xrBlock == null ? null : xrBlock[worker], gtBlock == null ? null : gtBlock[worker], input instanceof InputExec);
        } else {
            for (int r = i0; r < i1; r++) {
                java.util.Arrays.fill(g[r - i0], 0, cols, 0f);
            }
        }
        final float halfScale = gScale / 2;
        final org.spinflow.model.OptimizerKind kind = opt.kind();
        final float lo = gMin, hi = gMax;
        final float inv = 1f / gScale;
        final float[] cs = colSums[worker];
        if (s.write().ideal() && kind != org.spinflow.model.OptimizerKind.ADAM) {
            // ideal writes with SGD or momentum: optimiser, update, clip and re-read fused into one pass
            // over each row (the same expressions, in the same order, as Optimiser.delta
            // followed by the update below, so the same bits; kept equal by CommitFusionTest)
            final float lr = (float) step.learningRate;
            final float wd = (float) opt.weightDecay();
            final boolean momentum = kind == org.spinflow.model.OptimizerKind.MOMENTUM;
            final float mu = momentum ? (float) opt.momentum() : 0f;
            final float[] cn = requestCols[worker];
            java.util.Arrays.fill(cs, 0, cols, 0f);
            java.util.Arrays.fill(cn, 0, cols, 0f);
            for (int r = i0; r < i1; r++) {
                final float[] gr = g[r - i0], a = gp[r], b = gm[r], v = s1[r], wr = wRows[r];
                if (momentum) {
                    momentumRow(gr, a, b, v, wr, cs, cols, mu, wd, lr, halfScale, lo, hi, inv);
                } else {
                    sgdRow(gr, a, b, wr, cs, cols, wd, lr, halfScale, lo, hi, inv);
                }
                countRequests(gr, cn, cols);
                transposeRow(r);
            }
            double requests = columnTotal(cn);
            if (Double.isNaN(requests)) {
                requests = 0;
                for (int r = i0; r < i1; r++) {
                    final float[] gr = g[r - i0];
                    for (int j = 0; j < cols; j++) {
                        requests += gr[j] != 0 ? 1 : 0; // NaN counts as a request
                    }
                }
            }
            writesByWorker[worker * WRITES_STRIDE] += 2 * (long) requests;
            return columnTotal(cs);
        }
        for (int r = i0; r < i1; r++) {
            opt.delta(wRows[r], g[r - i0], s1[r], s2[r], g[r - i0], 0, cols, step);
        }
        if (s.write().ideal()) {
            int pulses = 0;
            for (int r = i0; r < i1; r++) {
                final float[] gr = g[r - i0], a = gp[r], b = gm[r], wr = wRows[r];
                // hardware accounting: one programming pulse per device (two per pair) with a non-zero request
                for (int j = 0; j < cols; j++) {
                    pulses += gr[j] != 0 ? 2 : 0;
                }
                // ideal writes: update, clip and re-read in one pass (same arithmetic as the write model's clip + refreshWeights)
                for (int j = 0; j < cols; j++) {
                    final float d = gr[j] * halfScale;
                    final float na = Math.min(hi, Math.max(lo, a[j] + d));
                    final float nb = Math.min(hi, Math.max(lo, b[j] - d));
                    a[j] = na;
                    b[j] = nb;
                    wr[j] = (na - nb) * inv;
                }
                transposeRow(r);
            }
            writesByWorker[worker * WRITES_STRIDE] += pulses;
        } else {
            // device write model (docs/PHYSICS.md G): the requested change, half on each device of the pair,
            // goes through the synapse's pulse update (variation, nonlinearity, asymmetry, cycle-to-cycle
            // noise on the change, stochastic rounding); devices without a request are not touched. The
            // model keys its randomness by the flat device index, so it runs on flat copies of the rows
            // (each block owns its index range of the shared scratch)
            final int from = i0 * cols, to = i1 * cols;
            for (int r = i0; r < i1; r++) {
                final float[] gr = g[r - i0];
                final int o = r * cols;
                for (int j = 0; j < cols; j++) {
                    flatChange[o + j] = gr[j] * halfScale;
                }
                System.arraycopy(gp[r], 0, flatG, o, cols);
            }
            long written = s.write().apply(flatG, flatChange, 1f, from, to, Keys.mix(nodeKey, 0x9A11L), step.counter);
            for (int r = i0; r < i1; r++) {
                System.arraycopy(flatG, r * cols, gp[r], 0, cols);
                System.arraycopy(gm[r], 0, flatG, r * cols, cols);
            }
            written += s.write().apply(flatG, flatChange, -1f, from, to, Keys.mix(nodeKey, 0x9A12L), step.counter);
            for (int r = i0; r < i1; r++) {
                System.arraycopy(flatG, r * cols, gm[r], 0, cols);
            }
            writesByWorker[worker * WRITES_STRIDE] += written;
            if (!s.bias() && i1 > rows) {
                final float mid = (gMax + gMin) / 2;
                java.util.Arrays.fill(gp[rows], mid);
                java.util.Arrays.fill(gm[rows], mid);
            }
            refreshWeights(i0, i1);
        }
        return pairSum(i0, i1, cs);
    }

    /**
     * The fused momentum update of one row: {@code v = mu * v + g + wd * w}, change {@code -lr * v} (left in
     * {@code g}), half of it added to G+ and taken from G-, both clipped to [lo, hi], the weight re-read as
     * {@code (G+ - G-) * inv}, and {@code G+ + G-} added to the column sums {@code cs}. The expressions and
     * their order are those of {@link Optimiser#delta} followed by the separate pair update (the same bits;
     * {@code CommitFusionTest}). A method of its own: one loop HotSpot vectorises the same way wherever it is
     * inlined.
     */
    private static void momentumRow(float[] g, float[] a, float[] b, float[] v, float[] w, float[] cs, int n, float mu,
            float wd, float lr, float halfScale, float lo, float hi, float inv) {
        for (int j = 0; j < n; j++) {
            final float vj = mu * v[j] + g[j] + wd * w[j];
            v[j] = vj;
            final float dl = -lr * vj;
            g[j] = dl;
            final float d = dl * halfScale;
            final float na = Math.min(hi, Math.max(lo, a[j] + d));
            final float nb = Math.min(hi, Math.max(lo, b[j] - d));
            a[j] = na;
            b[j] = nb;
            w[j] = (na - nb) * inv;
            cs[j] += na + nb;
        }
    }

    /** {@link #momentumRow} for plain SGD: change {@code -lr * (g + wd * w)}. */
    private static void sgdRow(float[] g, float[] a, float[] b, float[] w, float[] cs, int n, float wd, float lr,
            float halfScale, float lo, float hi, float inv) {
        for (int j = 0; j < n; j++) {
            final float dl = -lr * (g[j] + wd * w[j]);
            g[j] = dl;
            final float d = dl * halfScale;
            final float na = Math.min(hi, Math.max(lo, a[j] + d));
            final float nb = Math.min(hi, Math.max(lo, b[j] - d));
            a[j] = na;
            b[j] = nb;
            w[j] = (na - nb) * inv;
            cs[j] += na + nb;
        }
    }

    /**
     * Adds 1 to {@code cn[j]} for every non-zero change {@code g[j]} (the hardware accounting: one programming
     * pulse per device, two per pair, with a non-zero request), as a separate pass while the row is in L1 (in
     * the update loop it slows it down, measured). {@code signum(|g|)} is 1 for a non-zero change and 0 for a
     * zero one, and vectorises, where a count of {@code g != 0} stays scalar (about 0.4 ns per element); column
     * sums of 0 and 1 are exact; a NaN change makes its column NaN (the caller then recounts).
     */
    private static void countRequests(float[] g, float[] cn, int n) {
        for (int j = 0; j < n; j++) {
            cn[j] += Math.signum(Math.abs(g[j]));
        }
    }

    /**
     * Effective weights, (rows + 1) x cols, the last row the bias, as a flat array refreshed from the
     * weights in use at each call (the same array every time). The training reads its own row copy:
     * call {@link #weightsChanged()} after changing this array.
     */
    public float[] weights() {
        if (wFlat == null) {
            wFlat = new float[n];
        }
        for (int r = 0; r <= rows; r++) {
            System.arraycopy(wRows[r], 0, wFlat, r * cols, cols);
        }
        return wFlat;
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
     * Sum of {@code gp + gm} over the whole rows [i0, i1) (one commit block) in a fixed order: a float
     * column sum per column (rows ascending, each term {@code gp[r][j] + gm[r][j]} rounded to float;
     * independent additions, so they vectorise), then those column sums as doubles ({@link #columnTotal}). The
     * mean pair conductance adds these block sums in block order, whichever thread computed them. The
     * fused commit forms the same column sums row by row after updating each row.
     */
    private double pairSum(int i0, int i1, float[] cs) {
        java.util.Arrays.fill(cs, 0, cols, 0f);
        for (int r = i0; r < i1; r++) {
            final float[] a = gp[r], b = gm[r];
            for (int j = 0; j < cols; j++) {
                cs[j] += a[j] + b[j];
            }
        }
        return columnTotal(cs);
    }

    /**
     * The column sums of {@link #pairSum} added as doubles in a fixed order that does not depend on the thread:
     * eight running sums, column j going to sum {@code j % 8} in ascending j (the last {@code cols % 8} columns
     * to sum 0), then the eight added as
     * {@code ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))}. One running sum in column order is a chain of
     * dependent additions, twice per commit block; eight independent ones do not wait for each other (an exact
     * 784-256-10 commit at 1 thread: median 351-354 us against 369-391 us, docs/PERFORMANCE.md, session 11).
     * For the change-request counts (small whole numbers) every order gives the same exact sum.
     */
    private double columnTotal(float[] cs) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + 7 < cols; j += 8) {
            s0 += cs[j];
            s1 += cs[j + 1];
            s2 += cs[j + 2];
            s3 += cs[j + 3];
            s4 += cs[j + 4];
            s5 += cs[j + 5];
            s6 += cs[j + 6];
            s7 += cs[j + 7];
        }
        for (; j < cols; j++) {
            s0 += cs[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Sum of the squared inputs of samples [0, batch) of the last forward pass (the crossbar read
     * energy, docs/PHYSICS.md H): each slice's sum ({@link Kernels#sumSquares}) taken by the forward pass
     * on the thread that ran the slice, added here in slice order, so the figure does not depend on the
     * thread count and costs no serial pass between the parallel sections.
     */
    public double inputSquares(int batch) {
        double s = 0;
        for (int k = 0, slices = (batch + Step.SLICE - 1) / Step.SLICE; k < slices; k++) {
            s += sliceSquares[k];
        }
        return s;
    }

    public int cols() {
        return cols;
    }

    @Override
    public void wrapUp(WrapUp sink) {
        int physical = s.bias() ? n : rows * cols;
        sink.conductances(name, s.bias() ? rows + 1 : rows, cols, flat(gp, physical), flat(gm, physical));
    }

    @Override
    public float[][] state() {
        return new float[][] {flat(gp, n), flat(gm, n), flat(s1, n), flat(s2, n)};
    }

    @Override
    public void restore(float[][] st) {
        toRows(st[0], gp);
        toRows(st[1], gm);
        toRows(st[2], s1);
        toRows(st[3], s2);
        refreshWeights(0, rows + 1);
        meanPairG = Double.NaN;
        blockSumsValid = false;
    }
}
