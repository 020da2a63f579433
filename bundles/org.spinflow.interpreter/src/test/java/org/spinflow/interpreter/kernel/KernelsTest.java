package org.spinflow.interpreter.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/**
 * The kernels against naive loops that add the same terms in the same order: results must be
 * bit-identical (compared with {@code assertArrayEquals}, which compares float bit patterns). The
 * shapes include odd sizes (remainder loops of the vectorised passes, lists of 1 to 7 terms left after
 * the groups of eight) and +0, -0, subnormal and negative inputs. (This file also holds what was
 * KernelsAgainstNaiveLoopsTest: the naive loops here are the definitions that test compared against.)
 */
class KernelsTest {

    /** Sparse inputs with +0, -0, tiny and negative values. */
    private static float[] inputs(SplittableRandom r, int n, double nonZero) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            x[i] = u < nonZero ? (float) (2 * r.nextDouble() - 1) : (u < nonZero + 0.05 ? -0f : 0f);
            if (u < 0.01) {
                x[i] = Float.MIN_NORMAL / 4;
            }
        }
        return x;
    }

    private static float[][] rows(float[] flat, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /**
     * The input squares read from the batch's source rows are the bits of {@link Kernels#sumSquares} over the
     * rows copied together, for row lengths that are and are not multiples of four (where groups of four span
     * two rows and the last elements all go to the first partial sum), and for rows picked in any order.
     */
    @Test
    void sumSquaresOfSourceRowsHasTheBitsOfTheSumOverTheCopiedRows() {
        SplittableRandom r = new SplittableRandom(11);
        for (int d : new int[] {784, 4, 5, 7, 13, 1}) {
            int n = 40;
            float[] src = new float[n * d];
            for (int i = 0; i < src.length; i++) {
                src[i] = r.nextDouble() < 0.3 ? 0f : (float) (r.nextGaussian() * Math.exp(r.nextDouble() * 8 - 4));
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = r.nextInt(n);
            }
            for (int[] range : new int[][] {{0, 8}, {3, 11}, {5, 6}, {0, 40}, {9, 9}}) {
                int i0 = range[0], count = range[1] - range[0];
                float[] copied = new float[count * d];
                for (int k = 0; k < count; k++) {
                    System.arraycopy(src, idx[i0 + k] * d, copied, k * d, d);
                }
                assertEquals(Kernels.sumSquares(copied, 0, copied.length), Kernels.sumSquaresRows(src, idx, i0, count, d),
                        "d " + d + ", rows " + i0 + ".." + range[1]);
            }
        }
    }

    @Test
    void nonZerosListsEveryNonZeroIncludingNaNAndSubnormalsInOrder() {
        float[] x = {0f, -0f, 1f, Float.NaN, -2f, 0f, Float.MIN_VALUE, -Float.MIN_VALUE, 0f};
        int[] idx = new int[x.length];
        int c = Kernels.nonZeros(x, 0, x.length, idx);
        assertEquals(5, c);
        assertArrayEquals(new int[] {2, 3, 4, 6, 7}, java.util.Arrays.copyOf(idx, c));
        assertEquals(2, Kernels.nonZeros(x, 5, 3, idx));
        assertArrayEquals(new int[] {1, 2}, java.util.Arrays.copyOf(idx, 2));
    }

    @Test
    void nonZerosMatchesTheNaiveScanForAnyLengthOffsetAndRunsOfZeros() {
        SplittableRandom r = new SplittableRandom(10);
        for (int n : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 33, 784}) {
            for (double density : new double[] {0.0, 0.05, 0.19, 0.6, 1.0}) {
                float[] x = inputs(r, n + 5, density);
                // runs of zeros as in images: whole groups of eight empty
                for (int i = 0; i + 16 < x.length; i += 24) {
                    java.util.Arrays.fill(x, i, i + 16, i % 48 == 0 ? 0f : -0f);
                }
                for (int off : new int[] {0, 1, 5}) {
                    int[] idx = new int[n];
                    int c = Kernels.nonZeros(x, off, n, idx);
                    int[] ref = new int[n];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        if (x[off + i] != 0f || Float.isNaN(x[off + i])) {
                            ref[k++] = i;
                        }
                    }
                    assertEquals(k, c, "n " + n + " density " + density + " offset " + off);
                    assertArrayEquals(java.util.Arrays.copyOf(ref, k), java.util.Arrays.copyOf(idx, c));
                }
            }
        }
    }

    @Test
    void forwardIsBitIdenticalToTheNaiveRowOrderLoop() {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] shape : new int[][] {{784, 100}, {37, 10}, {5, 3}, {256, 128}, {1, 1}, {129, 3}, {33, 17}}) {
            int rows = shape[0], cols = shape[1], batch = 13;
            for (double density : new double[] {0.0, 0.19, 1.0}) {
                float[] x = inputs(r, batch * rows, density);
                float[] w = inputs(r, (rows + 1) * cols, 1.0);
                float[] z = new float[batch * cols];
                Kernels.forward(x, rows, rows(w, rows + 1, cols), cols, z, 2, batch, new int[rows], new float[cols]);
                float[] ref = new float[batch * cols];
                for (int b = 2; b < batch; b++) {
                    for (int j = 0; j < cols; j++) {
                        float s = w[rows * cols + j];
                        for (int i = 0; i < rows; i++) {
                            float xv = x[b * rows + i];
                            if (xv != 0f) {
                                s += xv * w[i * cols + j];
                            }
                        }
                        ref[b * cols + j] = s;
                    }
                }
                assertArrayEquals(ref, z, rows + "x" + cols + " density " + density);
            }
        }
    }

    @Test
    void forwardTiledIsBitIdenticalToForwardForAnyTileAndRowBlocking() {
        SplittableRandom r = new SplittableRandom(21);
        // the row blocks hold forwardBlockRows(cols) rows: one block for narrow layers, 20-41 rows for 300-600 columns
        for (int[] shape : new int[][] {{784, 100}, {784, 256}, {129, 300}, {97, 600}, {5, 3}, {1, 1}, {33, 17},
                {256, 128}, {130, 10}, {7, 9}}) {
            int rows = shape[0], cols = shape[1], batch = 13;
            // density -1: samples dense and sparse in turn (pairs of dense samples share each weight row; a
            // dense sample next to a sparse one is summed on its own)
            for (double density : new double[] {0.0, 0.19, 1.0, -1}) {
                float[] x = new float[batch * rows];
                for (int b = 0; b < batch; b++) {
                    double d = density >= 0 ? density : (b % 3 == 2 ? 0.19 : 1.0);
                    System.arraycopy(inputs(r, rows, d), 0, x, b * rows, rows);
                }
                float[] w = inputs(r, (rows + 1) * cols, 1.0);
                float[][] wRows = rows(w, rows + 1, cols);
                float[] ref = new float[batch * cols];
                Kernels.forward(x, rows, wRows, cols, ref, 1, batch, new int[rows], new float[cols]);
                for (int tile : new int[] {1, 3, 8}) {
                    float[] z = new float[batch * cols];
                    Kernels.forwardTiled(x, rows, wRows, cols, z, 1, batch, new int[tile * rows], new float[tile][cols],
                            new int[2 * tile]);
                    assertArrayEquals(ref, z, rows + "x" + cols + " density " + density + " tile " + tile);
                }
            }
        }
        assertEquals(122, Kernels.forwardBlockRows(100));
        assertEquals(20, Kernels.forwardBlockRows(600));
    }

    @Test
    void accumulatingRowRangesOneAfterAnotherGivesTheBitsOfTheWholeForward() {
        SplittableRandom r = new SplittableRandom(23);
        for (int[] shape : new int[][] {{784, 100}, {784, 256}, {196, 64}, {33, 17}, {7, 9}}) {
            int rows = shape[0], cols = shape[1], batch = 11;
            for (double density : new double[] {0.19, 1.0, -1}) {
                float[] x = new float[batch * rows];
                for (int b = 0; b < batch; b++) {
                    double d = density >= 0 ? density : (b % 3 == 2 ? 0.19 : 1.0);
                    System.arraycopy(inputs(r, rows, d), 0, x, b * rows, rows);
                }
                float[][] wRows = rows(inputs(r, (rows + 1) * cols, 1.0), rows + 1, cols);
                float[] ref = new float[batch * cols];
                Kernels.forward(x, rows, wRows, cols, ref, 0, batch, new int[rows], new float[cols]);
                // cuts: none, two halves, an odd three-way cut, one with an empty range, one row per range at the start
                int[][] cuts = {{0, rows}, {0, rows / 2, rows}, {0, rows / 3, rows / 3 + 1, rows}, {0, 0, rows - 1, rows},
                    {0, 1, 2, 3, rows}};
                for (int[] cut : cuts) {
                    if (cut[cut.length - 2] > rows) {
                        continue;
                    }
                    for (int tile : new int[] {1, 4, batch}) {
                        float[][] acc = new float[batch][cols];
                        for (float[] a : acc) {
                            System.arraycopy(wRows[rows], 0, a, 0, cols);
                        }
                        int[] idx = new int[tile * rows];
                        int[] pos = new int[2 * tile];
                        // tile by tile, each range after the one before it (the order of the split forward pass)
                        for (int t0 = 0; t0 < batch; t0 += tile) {
                            for (int k = 0; k + 1 < cut.length; k++) {
                                Kernels.accumulateRows(x, rows, cut[k], cut[k + 1], wRows, cols, t0,
                                        Math.min(tile, batch - t0), acc, t0, idx, pos);
                            }
                        }
                        float[] z = new float[batch * cols];
                        for (int b = 0; b < batch; b++) {
                            System.arraycopy(acc[b], 0, z, b * cols, cols);
                        }
                        assertArrayEquals(ref, z, rows + "x" + cols + " density " + density + " cut "
                                + java.util.Arrays.toString(cut) + " tile " + tile);
                    }
                }
            }
        }
    }

    @Test
    void gradRowsIsBitIdenticalToTheNaiveSampleOrderSumForAnyRowBlocking() {
        SplittableRandom r = new SplittableRandom(12);
        for (int[] shape : new int[][] {{784, 100}, {37, 10}, {5, 3}, {64, 64}, {1, 1}, {129, 3}}) {
            int rows = shape[0], cols = shape[1];
            // sparse inputs; inputs without zeros (pairs of rows summed together); and rows of both kinds
            for (int kase = 0; kase < 9; kase++) {
                int batch = new int[] {1, 7, 32}[kase % 3];
                double density = new double[] {0.25, 1.0, -1}[kase / 3];
                float[] x = inputs(r, batch * rows, density < 0 ? 1.0 : density);
                for (int k = 0; density < 0 && k < x.length; k++) {
                    if (k % rows % 3 == 2 && r.nextDouble() < 0.5) {
                        x[k] = 0f;
                    }
                }
                float[] dz = inputs(r, batch * cols, 0.9);
                float[] ref = new float[(rows + 1) * cols];
                for (int i = 0; i <= rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        float s = 0f;
                        for (int b = 0; b < batch; b++) {
                            float xv = i == rows ? 1f : x[b * rows + i];
                            if (xv != 0f) {
                                s += xv * dz[b * cols + j];
                            }
                        }
                        ref[i * cols + j] = s;
                    }
                }
                float[][] dzRows = rows(dz, batch, cols);
                for (int block : new int[] {1, 3, 20, rows + 1}) {
                    float[] got = new float[(rows + 1) * cols];
                    float[][] g = new float[block][cols];
                    for (int i0 = 0; i0 <= rows; i0 += block) {
                        int i1 = Math.min(rows + 1, i0 + block);
                        Kernels.gradRows(x, rows, dzRows, cols, batch, i0, i1, g, new float[block * batch], new int[batch]);
                        for (int i = i0; i < i1; i++) {
                            System.arraycopy(g[i - i0], 0, got, i * cols, cols);
                        }
                    }
                    assertArrayEquals(ref, got, rows + "x" + cols + " batch " + batch + " density " + density + " block " + block);
                    // for sparse inputs (never two dense rows together): the same bits
                    float[] sparse = new float[(rows + 1) * cols];
                    for (int i0 = 0; i0 <= rows; i0 += block) {
                        int i1 = Math.min(rows + 1, i0 + block);
                        Kernels.gradRows(x, rows, dzRows, cols, batch, i0, i1, g, new float[block * batch], new int[batch], null,
                                null, true);
                        for (int i = i0; i < i1; i++) {
                            System.arraycopy(g[i - i0], 0, sparse, i * cols, cols);
                        }
                    }
                    assertArrayEquals(ref, sparse, "sparse inputs " + rows + "x" + cols + " batch " + batch + " density " + density
                            + " block " + block);
                    // the column-major path of narrow layers (given its scratch)
                    float[] narrow = new float[(rows + 1) * cols];
                    for (int i0 = 0; i0 <= rows; i0 += block) {
                        int i1 = Math.min(rows + 1, i0 + block);
                        Kernels.gradRows(x, rows, dzRows, cols, batch, i0, i1, g, new float[block * batch], new int[batch],
                                new float[batch][block], new float[cols][block]);
                        for (int i = i0; i < i1; i++) {
                            System.arraycopy(g[i - i0], 0, narrow, i * cols, cols);
                        }
                    }
                    assertArrayEquals(ref, narrow, "narrow path " + rows + "x" + cols + " batch " + batch + " density "
                            + density + " block " + block);
                    // the reference kernel adds the same terms in the same order
                    float[] dw = new float[(rows + 1) * cols];
                    Kernels.gradWeights(x, rows, dz, cols, 0, batch, dw, 0, rows + 1);
                    assertArrayEquals(ref, dw);
                }
                // ... and adds them to what dw held before
                float[] dw = inputs(r, (rows + 1) * cols, 1.0);
                float[] expected = dw.clone();
                for (int i = 0; i <= rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        float s = expected[i * cols + j];
                        for (int b = 0; b < batch; b++) {
                            float xv = i == rows ? 1f : x[b * rows + i];
                            if (xv != 0f) {
                                s += xv * dz[b * cols + j];
                            }
                        }
                        expected[i * cols + j] = s;
                    }
                }
                Kernels.gradWeights(x, rows, dz, cols, 0, batch, dw, 0, rows + 1);
                assertArrayEquals(expected, dw, "gradWeights adds, " + rows + "x" + cols + " batch " + batch);
            }
        }
    }

    @Test
    void gradRowsNarrowPathKeepsTheNaiveResultWithNonFiniteGradientsAndInputs() {
        // an infinite output gradient makes 0 * dz NaN: the column-major path must not add it (the row path is
        // taken); an infinite or NaN input is a term of the naive loop too
        SplittableRandom r = new SplittableRandom(5);
        int rows = 23, cols = 10, batch = 9;
        float[] x = inputs(r, batch * rows, 0.3);
        x[2 * rows + 4] = Float.NaN;
        x[5 * rows + 7] = Float.POSITIVE_INFINITY;
        for (boolean infinite : new boolean[] {false, true}) {
            float[] dz = inputs(r, batch * cols, 0.9);
            if (infinite) {
                dz[3 * cols + 2] = Float.NEGATIVE_INFINITY;
            }
            float[] ref = new float[(rows + 1) * cols];
            Kernels.gradWeights(x, rows, dz, cols, 0, batch, ref, 0, rows + 1);
            float[][] g = new float[rows + 1][cols];
            Kernels.gradRows(x, rows, rows(dz, batch, cols), cols, batch, 0, rows + 1, g, new float[(rows + 1) * batch],
                    new int[batch], new float[batch][rows + 1], new float[cols][rows + 1]);
            float[] got = new float[(rows + 1) * cols];
            for (int i = 0; i <= rows; i++) {
                System.arraycopy(g[i], 0, got, i * cols, cols);
            }
            assertArrayEquals(ref, got, "infinite dz " + infinite);
        }
    }

    @Test
    void gradInputIsBitIdenticalToFourPartialSumsPerSample() {
        SplittableRandom r = new SplittableRandom(13);
        for (int[] shape : new int[][] {{100, 10}, {256, 128}, {7, 3}, {3, 9}}) {
            int rows = shape[0], cols = shape[1], batch = 9;
            float[] dz = inputs(r, batch * cols, 1.0);
            float[] w = inputs(r, (rows + 1) * cols, 1.0);
            float[] dx = inputs(r, batch * rows, 1.0);
            float[] ref = dx.clone();
            for (int b = 1; b < batch; b++) {
                for (int i = 0; i < rows; i++) {
                    float[] s = new float[4];
                    int j = 0;
                    for (; j + 3 < cols; j += 4) {
                        for (int l = 0; l < 4; l++) {
                            s[l] += dz[b * cols + j + l] * w[i * cols + j + l];
                        }
                    }
                    for (; j < cols; j++) {
                        s[0] += dz[b * cols + j] * w[i * cols + j];
                    }
                    ref[b * rows + i] += (s[0] + s[1]) + (s[2] + s[3]);
                }
            }
            Kernels.gradInput(dz, cols, w, rows, dx, 1, batch);
            assertArrayEquals(ref, dx, rows + "x" + cols);
        }
    }

    @Test
    void gradInputTIsBitIdenticalToTheSequentialSumThenAdd() {
        SplittableRandom r = new SplittableRandom(14);
        // output gradients with zeros; without (two samples at a time); and both kinds in turn
        for (int kase = 0; kase < 12; kase++) {
            int[] shape = new int[][] {{100, 10}, {256, 128}, {7, 3}, {3, 9}}[kase % 4];
            int rows = shape[0], cols = shape[1], batch = 9;
            double density = new double[] {0.8, 1.0, -1}[kase / 4];
            float[] dz = inputs(r, batch * cols, density < 0 ? 1.0 : density);
            for (int k = 0; density < 0 && k < dz.length; k++) {
                if (k / cols % 3 == 2 && r.nextDouble() < 0.5) {
                    dz[k] = 0f;
                }
            }
            float[] w = inputs(r, (rows + 1) * cols, 1.0);
            float[][] wT = new float[cols][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    wT[j][i] = w[i * cols + j];
                }
            }
            float[] dx = inputs(r, batch * rows, 1.0);
            float[] ref = dx.clone();
            for (int b = 1; b < batch; b++) {
                for (int i = 0; i < rows; i++) {
                    float s = 0f;
                    for (int j = 0; j < cols; j++) {
                        float d = dz[b * cols + j];
                        if (d != 0f) {
                            s += d * w[i * cols + j];
                        }
                    }
                    ref[b * rows + i] += s;
                }
            }
            float[] dx2 = dx.clone();
            Kernels.gradInputT(dz, cols, wT, rows, dx, 1, batch, new int[cols], new float[rows]);
            assertArrayEquals(ref, dx, rows + "x" + cols + " density " + density);
            float[] dx3 = dx2.clone();
            Kernels.gradInputT(dz, cols, wT, rows, dx2, 1, batch, new int[cols], new float[rows], new float[rows]);
            assertArrayEquals(ref, dx2, rows + "x" + cols + " density " + density + ", two samples at a time");
            // finite weights: pairs of samples together with their zero output gradients added, the same bits
            Kernels.gradInputT(dz, cols, wT, rows, dx3, 1, batch, new int[cols], new float[rows], new float[rows], true);
            assertArrayEquals(ref, dx3, rows + "x" + cols + " density " + density + ", finite weights");
        }
    }

    /**
     * With weights not known to be finite, a zero output gradient's term is still skipped: an infinite weight
     * behind it leaves the sum finite (0 * inf would be NaN); the caller passes false then.
     */
    @Test
    void gradInputTSkipsZeroOutputGradientsUnlessTheWeightsAreKnownFinite() {
        int rows = 3, cols = 4;
        float[] dz = {1f, 0f, 2f, 0.5f, 0f, 1f, 1f, 1f};
        float[][] wT = {{1f, 2f, 3f}, {Float.POSITIVE_INFINITY, 1f, 1f}, {1f, 1f, 1f}, {2f, 2f, 2f}};
        float[] dx = new float[2 * rows];
        Kernels.gradInputT(dz, cols, wT, rows, dx, 0, 2, new int[cols], new float[rows], new float[rows], false);
        assertEquals(1f * 1f + 2f * 1f + 0.5f * 2f, dx[0]);
        assertTrue(Float.isInfinite(dx[rows]), "sample 1 has a non-zero gradient behind the infinite weight");
    }

    @Test
    void addAndAxpyTouchOnlyTheirRange() {
        SplittableRandom r = new SplittableRandom(15);
        for (int[] range : new int[][] {{0, 0}, {0, 9}, {3, 17}}) {
            int from = range[0], to = range[1];
            float[] x = inputs(r, 20, 1.0);
            float[] y = inputs(r, 20, 1.0);
            float[] y0 = y.clone();
            Kernels.add(x, y, from, to);
            for (int i = 0; i < 20; i++) {
                assertEquals(i >= from && i < to ? y0[i] + x[i] : y0[i], y[i], 0f, "y[" + i + "]");
            }
            float[] z = y.clone();
            Kernels.axpy(0.5f, x, from, z, 1, to - from);
            for (int j = 0; j < 20; j++) {
                float expected = j >= 1 && j < 1 + to - from ? y[j] + 0.5f * x[from + j - 1] : y[j];
                assertEquals(expected, z[j], 0f, "z[" + j + "]");
            }
        }
    }

    @Test
    void forEachRunsEveryIndexExactlyOnceOnAnyThreadCount() {
        for (int threads = 1; threads <= 3; threads++) {
            try (Parallel p = new Parallel(threads)) {
                for (int rep = 0; rep < 200; rep++) {
                    int n = 1 + rep % 37;
                    AtomicIntegerArray seen = new AtomicIntegerArray(n);
                    p.forEach(n, 1_000_000, (from, to, worker) -> {
                        for (int i = from; i < to; i++) {
                            seen.incrementAndGet(i);
                        }
                    });
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, seen.get(i), "threads " + threads + " n " + n + " index " + i);
                    }
                }
            }
        }
    }
}
