package org.spinflow.interpreter.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spinflow.interpreter.kernel.Kernels;

/**
 * GFLOP/s of the crossbar kernels against naive loops, on a whole batch of 32 samples. The
 * {@code flop} counter (reported in flop/ns = GFLOP/s) counts the useful operations only: one
 * multiply and one add per term with a non-zero input (MNIST-like layers: exactly 149 of 784 inputs
 * non-zero per sample, the MNIST average; hidden layers: dense), for the naive loops as for the
 * kernels, so the figures compare directly; for scale, one core of the reference machine does about
 * 128 GFLOP/s in sgemm.
 * <ul>
 * <li>{@code forward} / {@code forwardTiled} / {@code forwardNaive}: {@code z = x W + b}
 *     ({@link Kernels#forward}, {@link Kernels#forwardTiled} over 8-sample slices as the crossbars run it,
 *     vs a row-by-row loop over every input).</li>
 * <li>{@code gradRows} / {@code gradNaive}: the weight gradient {@code X^T dZ} of all rows incl. the
 *     bias ({@link Kernels#gradRows}, with the scratch of its column-major path for layers narrower than
 *     {@link Kernels#NARROW_COLS} such as {@code 256x10}, vs {@link Kernels#gradWeights}, the per-sample reference).</li>
 * <li>{@code gradInputT} (used by the crossbars: axpy over the transposed weights), {@code gradInput}
 *     (dot products, four partial sums) / {@code gradInputNaive}: {@code dX = dZ W^T} (dense).</li>
 * </ul>
 * Run as {@link InterpreterBenchmark} says, with {@code KernelBenchmark -prof gc} or
 * {@code -p layer=784x100}.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KernelBenchmark {

    static final int BATCH = 32;
    static final int NNZ = 149;

    /** rows x cols of the layer; an "s" marks MNIST-like sparse inputs. */
    @Param({"784x100s", "784x256s", "256x128", "256x10"})
    public String layer;

    int rows, cols;
    float[] x, w, z, dz, dx, g, xt, acc;
    float[][] wRows, dzRows, gRows, wT, xrNarrow, gtNarrow;
    float[] accRows, accRows2;
    int[] idx;
    int[] tileIdx, tilePos;
    float[][] tileAcc;
    long fwdFlop, gradFlop, ginFlop;

    /** Useful floating-point operations done, reported as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Flops {
        public long flop;

        @Setup(Level.Iteration)
        public void clear() {
            flop = 0;
        }
    }

    @Setup(Level.Trial)
    public void setup() {
        String[] p = layer.replace("s", "").split("x");
        rows = Integer.parseInt(p[0]);
        cols = Integer.parseInt(p[1]);
        boolean sparse = layer.endsWith("s");
        SplittableRandom r = new SplittableRandom(1);
        x = new float[BATCH * rows];
        long nnz = 0;
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < rows; i++) {
                x[b * rows + i] = sparse ? 0f : (float) (2 * r.nextDouble() - 1);
            }
            if (sparse) {
                for (int k = 0; k < NNZ; ) {
                    int i = r.nextInt(rows);
                    if (x[b * rows + i] == 0f) {
                        x[b * rows + i] = (float) (0.05 + r.nextDouble());
                        k++;
                    }
                }
            }
        }
        for (float v : x) {
            nnz += v != 0f ? 1 : 0;
        }
        w = new float[(rows + 1) * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.1 * (2 * r.nextDouble() - 1));
        }
        z = new float[BATCH * cols];
        dz = new float[BATCH * cols];
        for (int i = 0; i < dz.length; i++) {
            dz[i] = (float) (1e-3 * (2 * r.nextDouble() - 1));
        }
        dx = new float[BATCH * rows];
        acc = new float[cols];
        tileIdx = new int[8 * rows];
        tilePos = new int[16];
        tileAcc = new float[8][cols];
        wRows = new float[rows + 1][cols];
        for (int i = 0; i <= rows; i++) {
            System.arraycopy(w, i * cols, wRows[i], 0, cols);
        }
        dzRows = new float[BATCH][cols];
        for (int b = 0; b < BATCH; b++) {
            System.arraycopy(dz, b * cols, dzRows[b], 0, cols);
        }
        gRows = new float[rows + 1][cols];
        wT = new float[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                wT[j][i] = w[i * cols + j];
            }
        }
        accRows = new float[rows];
        accRows2 = new float[rows];
        g = new float[w.length];
        xt = new float[(rows + 1) * BATCH];
        xrNarrow = new float[BATCH][rows + 1];
        gtNarrow = new float[cols][rows + 1];
        idx = new int[Math.max(Math.max(rows, cols), BATCH)];
        fwdFlop = 2 * nnz * cols;
        gradFlop = 2 * nnz * cols + (long) BATCH * cols;
        ginFlop = 2L * BATCH * rows * cols;
    }

    @Benchmark
    public float[] forward(Flops f) {
        Kernels.forward(x, rows, wRows, cols, z, 0, BATCH, idx, acc);
        f.flop += fwdFlop;
        return z;
    }

    /** The forward as the crossbars run it: 8-sample slices, the rows in blocks shared by the slice's samples. */
    @Benchmark
    public float[] forwardTiled(Flops f) {
        for (int b0 = 0; b0 < BATCH; b0 += 8) {
            Kernels.forwardTiled(x, rows, wRows, cols, z, b0, Math.min(BATCH, b0 + 8), tileIdx, tileAcc, tilePos);
        }
        f.flop += fwdFlop;
        return z;
    }

    @Benchmark
    public float[] forwardNaive(Flops f) {
        for (int b = 0; b < BATCH; b++) {
            System.arraycopy(w, rows * cols, z, b * cols, cols);
            for (int i = 0; i < rows; i++) {
                final float xv = x[b * rows + i];
                for (int j = 0; j < cols; j++) {
                    z[b * cols + j] += xv * w[i * cols + j];
                }
            }
        }
        f.flop += fwdFlop;
        return z;
    }

    @Benchmark
    public float[][] gradRows(Flops f) {
        // with the scratch of the column-major path, taken by layers narrower than Kernels.NARROW_COLS (as the crossbars do)
        Kernels.gradRows(x, rows, dzRows, cols, BATCH, 0, rows + 1, gRows, xt, idx, xrNarrow, gtNarrow);
        f.flop += gradFlop;
        return gRows;
    }

    @Benchmark
    public float[] gradNaive(Flops f) {
        java.util.Arrays.fill(g, 0f);
        Kernels.gradWeights(x, rows, dz, cols, 0, BATCH, g, 0, rows + 1);
        f.flop += gradFlop;
        return g;
    }

    @Benchmark
    public float[] gradInput(Flops f) {
        java.util.Arrays.fill(dx, 0f);
        Kernels.gradInput(dz, cols, w, rows, dx, 0, BATCH);
        f.flop += ginFlop;
        return dx;
    }

    @Benchmark
    public float[] gradInputT(Flops f) {
        java.util.Arrays.fill(dx, 0f);
        Kernels.gradInputT(dz, cols, wT, rows, dx, 0, BATCH, idx, accRows, accRows2);
        f.flop += ginFlop;
        return dx;
    }

    @Benchmark
    public float[] gradInputNaive(Flops f) {
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < rows; i++) {
                float s = 0f;
                for (int j = 0; j < cols; j++) {
                    s += dz[b * cols + j] * w[i * cols + j];
                }
                dx[b * rows + i] = s;
            }
        }
        f.flop += ginFlop;
        return dx;
    }
}
