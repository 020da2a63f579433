package org.spinflow.interpreter.kernel;

/**
 * Float kernels of the crossbar layers, written as simple stride-1 loops over distinct arrays so
 * that HotSpot's superword pass vectorises them. Matrices are row-major; a weight matrix has
 * {@code rows + 1} rows, the last being the bias row (input fixed at 1). Nothing here allocates.
 *
 * <h2>Zero skipping and summation order</h2>
 * Zero inputs are skipped, which pays on sparse inputs such as MNIST pixels. The non-zero entries
 * are first listed without branches ({@link #nonZeros}), so that an irregular zero pattern costs no
 * mispredicted branches; the listed terms are then applied eight (then four, two, one) at a time in one pass
 * over the accumulator row ({@code y = (((y + a*p) + b*q) + c*r) + ...}). Every accumulator element still
 * receives its terms one by one, in ascending index order, so each result is bit-identical to the
 * naive loop {@code for k: if (x[k] != 0) y += x[k] * row_k} (see {@code KernelsTest}); only the loads
 * and stores of the accumulator are shared. Adding a skipped {@code 0 * w} could only change the sign
 * of a zero sum, so skipping does not change any non-zero result.
 */
public final class Kernels {

    private Kernels() {
    }

    /** y[i] += x[i] for i in [from, to). */
    public static void add(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] += x[i];
        }
    }

    /**
     * Sum of {@code (double) x[i] * x[i]} over i in [from, to), in a fixed order: four partial sums over
     * i - from mod 4 (independent additions, so they do not wait on each other), combined as
     * {@code (s0 + s1) + (s2 + s3)}.
     */
    public static double sumSquares(float[] x, int from, int to) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            final double a = x[i], b = x[i + 1], c = x[i + 2], d = x[i + 3];
            s0 += a * a;
            s1 += b * b;
            s2 += c * c;
            s3 += d * d;
        }
        for (; i < to; i++) {
            final double a = x[i];
            s0 += a * a;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #sumSquares} over the concatenation of {@code count} rows of {@code d} floats of {@code src}, row k
     * starting at {@code idx[i0 + k] * d}: the same partial sums, receiving the same terms in the same order
     * (element g of the concatenation goes to partial sum {@code g mod 4}, or to the first one in the last
     * {@code (count * d) mod 4} elements), so the same bits, without copying the rows together first.
     */
    public static double sumSquaresRows(float[] src, int[] idx, int i0, int count, int d) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        if (d % 4 == 0) { // every row starts a group of four: the main loop of sumSquares row after row
            for (int k = 0; k < count; k++) {
                for (int i = idx[i0 + k] * d, end = i + d; i < end; i += 4) {
                    final double a = src[i], b = src[i + 1], c = src[i + 2], e = src[i + 3];
                    s0 += a * a;
                    s1 += b * b;
                    s2 += c * c;
                    s3 += e * e;
                }
            }
            return (s0 + s1) + (s2 + s3);
        }
        final long main = (long) count * d / 4 * 4;
        long g = 0;
        for (int k = 0; k < count; k++) {
            for (int i = idx[i0 + k] * d, end = i + d; i < end; i++, g++) {
                final double a = src[i];
                final int lane = g < main ? (int) (g & 3) : 0;
                switch (lane) {
                    case 0 -> s0 += a * a;
                    case 1 -> s1 += a * a;
                    case 2 -> s2 += a * a;
                    default -> s3 += a * a;
                }
            }
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** y[0..n) += a * x[xo..xo+n). */
    public static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        for (int j = 0; j < n; j++) {
            y[yo + j] += a * x[xo + j];
        }
    }

    /**
     * Writes the indices k in [0, n) with {@code x[off + k] != 0} (NaN counts as non-zero) to
     * {@code idx} in ascending order and returns how many there are; branch-free. {@code idx} needs
     * {@code n} entries.
     */
    public static int nonZeros(float[] x, int off, int n, int[] idx) {
        return nonZeros(x, off, n, idx, 0);
    }

    /** {@link #nonZeros(float[], int, int, int[])} writing the indices from {@code idx[io]} on. */
    static int nonZeros(float[] x, int off, int n, int[] idx, int io) {
        int c = io;
        int k = 0;
        // eight at a time: a group whose bits (sign shifted out) are all zero is skipped with one
        // well-predicted branch (MNIST images have long runs of zero pixels)
        for (; k + 7 < n; k += 8) {
            final int o = off + k;
            final int any = (Float.floatToRawIntBits(x[o]) | Float.floatToRawIntBits(x[o + 1])
                    | Float.floatToRawIntBits(x[o + 2]) | Float.floatToRawIntBits(x[o + 3])
                    | Float.floatToRawIntBits(x[o + 4]) | Float.floatToRawIntBits(x[o + 5])
                    | Float.floatToRawIntBits(x[o + 6]) | Float.floatToRawIntBits(x[o + 7])) << 1;
            if (any != 0) {
                for (int q = 0; q < 8; q++) {
                    idx[c] = k + q;
                    final int bits = Float.floatToRawIntBits(x[o + q]) << 1;
                    c += (bits | -bits) >>> 31;
                }
            }
        }
        for (; k < n; k++) {
            idx[c] = k;
            // 1 unless the value is +0 or -0 (the sign bit shifted out), without a branch
            final int bits = Float.floatToRawIntBits(x[off + k]) << 1;
            c += (bits | -bits) >>> 31;
        }
        return c - io;
    }

    /**
     * y[j] += sum over the listed k, in list order, of {@code coef[co + idx[k]] * src[idx[k]][j]} for j
     * in [0, n): the listed terms eight (then four, two, one) at a time, each y element updated in list
     * order.
     */
    static void axpyList(float[] coef, int co, int[] idx, int count, float[][] src, float[] y, int n) {
        axpyList(coef, co, idx, 0, count, src, y, n);
    }

    /** {@link #axpyList(float[], int, int[], int, float[][], float[], int)} over the list entries [k0, count). */
    static void axpyList(float[] coef, int co, int[] idx, int k0, int count, float[][] src, float[] y, int n) {
        int k = k0;
        for (; k + 7 < count; k += 8) {
            final int a = idx[k], b = idx[k + 1], c = idx[k + 2], d = idx[k + 3];
            final int e = idx[k + 4], f = idx[k + 5], g = idx[k + 6], h = idx[k + 7];
            axpy8(coef[co + a], src[a], coef[co + b], src[b], coef[co + c], src[c], coef[co + d], src[d], coef[co + e],
                    src[e], coef[co + f], src[f], coef[co + g], src[g], coef[co + h], src[h], y, n);
        }
        if (count - k >= 4) {
            final int a = idx[k], b = idx[k + 1], c = idx[k + 2], d = idx[k + 3];
            axpy4(coef[co + a], src[a], coef[co + b], src[b], coef[co + c], src[c], coef[co + d], src[d], y, n);
            k += 4;
        }
        if (count - k >= 2) {
            final int a = idx[k], b = idx[k + 1];
            axpy2(coef[co + a], src[a], coef[co + b], src[b], y, n);
            k += 2;
        }
        if (k < count) {
            final int a = idx[k];
            axpy(coef[co + a], src[a], 0, y, 0, n);
        }
    }

    /**
     * Forward of samples [b0, b1): {@code z[b][j] = w[rows][j] + sum_i x[b][i] * w[i][j]}, the terms
     * added in ascending i, zero inputs skipped. The weight matrix is given as row arrays
     * ({@code wRows[i]}, {@code rows + 1} of them, the last the bias): a loop whose loads and store
     * all use the same index j on distinct arrays is one HotSpot vectorises, where rows of one flat
     * array at run-time offsets are not (measured about 4x slower on JDK 25).
     *
     * @param idx scratch of at least {@code rows} ints
     * @param acc scratch of at least {@code cols} floats
     */
    public static void forward(float[] x, int rows, float[][] wRows, int cols, float[] z, int b0, int b1, int[] idx,
            float[] acc) {
        for (int b = b0; b < b1; b++) {
            final int xo = b * rows;
            System.arraycopy(wRows[rows], 0, acc, 0, cols);
            final int c = nonZeros(x, xo, rows, idx);
            axpyList(x, xo, idx, c, wRows, acc, cols);
            System.arraycopy(acc, 0, z, b * cols, cols);
        }
    }

    /** Bytes of weight rows one block of {@link #forwardTiled} covers (they stay in L1/L2 while every sample of the tile uses them). */
    static final int FORWARD_BLOCK_BYTES = 48 * 1024;

    /** Rows of one block of {@link #forwardTiled} for a layer of {@code cols} outputs (at least 8). */
    public static int forwardBlockRows(int cols) {
        return Math.max(8, FORWARD_BLOCK_BYTES / (4 * Math.max(1, cols)));
    }

    /**
     * Forward of samples [b0, b1) with the same result, bit for bit, as {@link #forward}, blocked so
     * that each weight row is loaded from L2/L3 once per tile of up to {@code acc.length} samples
     * instead of once per sample: every sample's non-zero inputs are listed first, then the rows are
     * taken in blocks of {@link #forwardBlockRows} and every sample of the tile adds its terms of the
     * block to its own accumulator row. Each output element still receives its terms one by one in
     * ascending input order (blocks ascending, ascending inside a block), starting from the bias, so
     * the summation order, and hence every bit, is that of {@link #forward} and of the naive loop.
     * The tile is a run of consecutive samples fixed by the caller (a slice), never by the thread count.
     *
     * @param idx scratch of at least {@code acc.length * rows} ints
     * @param acc scratch: {@code acc.length} rows of at least {@code cols} floats (the tile size)
     * @param pos scratch of at least {@code 2 * acc.length} ints
     */
    public static void forwardTiled(float[] x, int rows, float[][] wRows, int cols, float[] z, int b0, int b1, int[] idx,
            float[][] acc, int[] pos) {
        final int tile = acc.length;
        for (int t0 = b0; t0 < b1; t0 += tile) {
            final int nt = Math.min(tile, b1 - t0);
            for (int s = 0; s < nt; s++) {
                System.arraycopy(wRows[rows], 0, acc[s], 0, cols);
            }
            accumulateRows(x, rows, 0, rows, wRows, cols, t0, nt, acc, 0, idx, pos);
            for (int s = 0; s < nt; s++) {
                System.arraycopy(acc[s], 0, z, (t0 + s) * cols, cols);
            }
        }
    }

    /**
     * Adds the terms of inputs [r0, r1) of samples [t0, t0 + nt) to their accumulator rows
     * {@code acc[a0 + s]} ({@code acc[a0 + s][j] += x[t0 + s][i] * w[i][j]}), each element receiving its
     * terms one by one in ascending i, zero inputs skipped: the loop of {@link #forwardTiled} over a range of
     * inputs. Running it over [0, m) and then [m, rows) on the same accumulators (on any threads, one after
     * the other) therefore gives the bits of one run over [0, rows), which is what lets the first crossbar's
     * forward pass be split by rows between threads without changing a result.
     *
     * @param stride inputs per sample in {@code x} (sample s starts at {@code s * stride})
     * @param idx    scratch of at least {@code nt * (r1 - r0)} ints
     * @param pos    scratch of at least {@code 2 * nt} ints
     */
    public static void accumulateRows(float[] x, int stride, int r0, int r1, float[][] wRows, int cols, int t0, int nt,
            float[][] acc, int a0, int[] idx, int[] pos) {
        final int n = r1 - r0;
        if (n <= 0 || nt <= 0) {
            return;
        }
        final int blockRows = forwardBlockRows(cols);
        for (int s = 0; s < nt; s++) {
            final int base = s * n;
            final int c = nonZeros(x, (t0 + s) * stride + r0, n, idx, base);
            if (r0 != 0) {
                for (int q = base; q < base + c; q++) {
                    idx[q] += r0;
                }
            }
            pos[s] = base;
            pos[nt + s] = base + c;
        }
        for (int k0 = r0 + blockRows; ; k0 += blockRows) {
            boolean more = false;
            for (int s = 0; s < nt; s++) {
                final int p0 = pos[s];
                final int end = pos[nt + s];
                if (s + 1 < nt && end - s * n == n && pos[nt + s + 1] - (s + 1) * n == n) {
                    // two samples with no zero input (a hidden layer's input): their lists are the rows
                    // themselves, so both take the block's rows together, each weight row loaded once
                    final int q0 = p0 - s * n + r0, q1 = Math.min(k0, r1);
                    if (q1 > q0) {
                        axpyRowsPair(x, (t0 + s) * stride, (t0 + s + 1) * stride, wRows, q0, q1, acc[a0 + s],
                                acc[a0 + s + 1], cols);
                        pos[s] += q1 - q0;
                        pos[s + 1] += q1 - q0;
                    }
                    more |= q1 < r1;
                    s++;
                    continue;
                }
                int p1 = p0;
                while (p1 < end && idx[p1] < k0) {
                    p1++;
                }
                if (p1 > p0) {
                    axpyList(x, (t0 + s) * stride, idx, p0, p1, wRows, acc[a0 + s], cols);
                    pos[s] = p1;
                }
                more |= p1 < end;
            }
            if (!more) {
                break;
            }
        }
    }

    /**
     * Rows [r0, r1) of two samples' dense sums: {@code ya[j] += x[xa + i] * w[i][j]} and the same for
     * {@code yb} with {@code x[xb + i]}, i ascending, each term added on its own (the order and rounding
     * of {@link #axpyList} over a list of every row). Four rows and two samples per pass over the
     * columns: each loaded weight serves both samples, and the eight coefficients fit in AVX2's
     * registers beside the loads (four samples x four rows do not: HotSpot then leaves the loop scalar).
     */
    static void axpyRowsPair(float[] x, int xa, int xb, float[][] w, int r0, int r1, float[] ya, float[] yb, int n) {
        int i = r0;
        for (; i + 3 < r1; i += 4) {
            final float[] p = w[i], q = w[i + 1], r = w[i + 2], t = w[i + 3];
            final float a0 = x[xa + i], a1 = x[xa + i + 1], a2 = x[xa + i + 2], a3 = x[xa + i + 3];
            final float b0 = x[xb + i], b1 = x[xb + i + 1], b2 = x[xb + i + 2], b3 = x[xb + i + 3];
            for (int j = 0; j < n; j++) {
                final float pj = p[j], qj = q[j], rj = r[j], tj = t[j];
                ya[j] = (((ya[j] + a0 * pj) + a1 * qj) + a2 * rj) + a3 * tj;
                yb[j] = (((yb[j] + b0 * pj) + b1 * qj) + b2 * rj) + b3 * tj;
            }
        }
        for (; i < r1; i++) {
            final float[] p = w[i];
            final float a = x[xa + i], b = x[xb + i];
            for (int j = 0; j < n; j++) {
                final float pj = p[j];
                ya[j] += a * pj;
                yb[j] += b * pj;
            }
        }
    }

    /** y[j] = (y[j] + a * p[j]) + c * q[j]: two axpy passes fused, same rounding. */
    private static void axpy2(float a, float[] p, float c, float[] q, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (y[j] + a * p[j]) + c * q[j];
        }
    }

    /** Eight axpy passes over y fused, each y element updated in the same order (same rounding). */
    private static void axpy8(float a, float[] p, float b, float[] q, float c, float[] r, float d, float[] s, float e,
            float[] t, float f, float[] u, float g, float[] v, float h, float[] w, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (((((((y[j] + a * p[j]) + b * q[j]) + c * r[j]) + d * s[j]) + e * t[j]) + f * u[j]) + g * v[j])
                    + h * w[j];
        }
    }

    /** Four axpy passes over y fused, each y element updated in the same order (same rounding). */
    private static void axpy4(float a, float[] p, float b, float[] q, float c, float[] r, float d, float[] s, float[] y,
            int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (((y[j] + a * p[j]) + b * q[j]) + c * r[j]) + d * s[j];
        }
    }

    /**
     * Weight-gradient rows [i0, i1) of a whole batch of {@code batch} samples, written (not added) to
     * {@code g[i - i0]}: {@code g[i][j] = sum over b = 0, 1, ..., batch-1 with x[b][i] != 0 of
     * x[b][i] * dz[b][j]}, starting from 0 and adding in ascending b; row index {@code rows} is the
     * bias row (input 1 for every sample). Each element's order depends only on the batch, never on
     * how rows are split between threads. {@code dz[b]} is sample b's output gradient (row arrays, as
     * in {@link #forward}).
     *
     * @param xt  scratch of at least {@code (i1 - i0) * batch} floats (the input block, transposed)
     * @param idx scratch of at least {@code batch} ints
     */
    public static void gradRows(float[] x, int rows, float[][] dz, int cols, int batch, int i0, int i1, float[][] g,
            float[] xt, int[] idx) {
        gradRows(x, rows, dz, cols, batch, i0, i1, g, xt, idx, null, null);
    }

    /** Layers narrower than this many outputs take {@link #gradRows}' column-major path when given its scratch. */
    public static final int NARROW_COLS = 16;

    /**
     * {@link #gradRows(float[], int, float[][], int, int, int, int, float[][], float[], int[])} that, given the
     * scratch {@code xr} and {@code gT} (or nulls), computes a layer of fewer than {@link #NARROW_COLS} outputs
     * column by column: {@code gT[j][i] = sum over b ascending of dz[b][j] * x[b][i]}, each pass a vectorised
     * loop over the block's rows (eight samples fused per pass), then transposed into {@code g}. A row loop of
     * 10 columns is mostly loop overhead (measured 40 us for a 256 x 10 layer at batch 32, against about 10).
     * The terms of each element are those of the naive loop in the same order, plus {@code 0 * dz} for the
     * zero inputs: such a term is +0 or -0 when {@code dz} is finite, and adding it to a sum that started at
     * +0 changes nothing (a round-to-nearest sum that starts at +0 is never -0, and {@code s + 0 == s}
     * otherwise), so the bits are those of the naive loop. When an output gradient is not finite
     * ({@code 0 * inf} is NaN) the row path is taken instead.
     *
     * @param xr scratch: at least {@code batch} arrays of at least {@code i1 - i0} floats, or null
     * @param gT scratch: at least {@code cols} arrays of at least {@code i1 - i0} floats, or null
     */
    public static void gradRows(float[] x, int rows, float[][] dz, int cols, int batch, int i0, int i1, float[][] g,
            float[] xt, int[] idx, float[][] xr, float[][] gT) {
        gradRows(x, rows, dz, cols, batch, i0, i1, g, xt, idx, xr, gT, false);
    }

    /**
     * {@link #gradRows(float[], int, float[][], int, int, int, int, float[][], float[], int[], float[][], float[][])}
     * that, with {@code sparseInput}, never looks for two rows without a zero input to take together: the inputs of
     * a network's input layer (images) rarely have one, and the rare row that has one made the JIT throw away this
     * method's compiled code in the middle of a run (a path first taken: a deoptimisation, see
     * {@link #gradInputT(float[], int, float[][], int, float[], int, int, int[], float[], float[], boolean)}). The
     * same terms in the same order either way, so the same bits.
     */
    public static void gradRows(float[] x, int rows, float[][] dz, int cols, int batch, int i0, int i1, float[][] g,
            float[] xt, int[] idx, float[][] xr, float[][] gT, boolean sparseInput) {
        if (xr != null && cols < NARROW_COLS && Math.min(i1, rows) > i0 && finite(dz, batch, cols)) {
            gradRowsNarrow(x, rows, dz, cols, batch, i0, i1, g, xr, gT);
            return;
        }
        final int r1 = Math.min(i1, rows);
        final int width = r1 - i0;
        if (width > 0) {
            // transpose the block: one cache line of each sample at a time
            for (int b = 0; b < batch; b++) {
                final int xo = b * rows + i0;
                for (int r = 0; r < width; r++) {
                    xt[r * batch + b] = x[xo + r];
                }
            }
        }
        for (int i = i0; i < i1; i++) {
            final float[] gi = g[i - i0];
            java.util.Arrays.fill(gi, 0, cols, 0f);
            if (i == rows) {
                for (int b = 0; b < batch; b++) {
                    xt[b] = 1f;
                    idx[b] = b;
                }
                // 1 * dz == dz exactly: the bias row is the plain sum in sample order
                axpyList(xt, 0, idx, batch, dz, gi, cols);
            } else {
                final int xo = (i - i0) * batch;
                final int c = nonZeros(xt, xo, batch, idx);
                if (!sparseInput && c == batch && i + 1 < r1) {
                    if (nonZeros(xt, xo + batch, batch, idx) == batch) {
                        // this row and the next have no zero input (a hidden layer): both sums over the
                        // batch together, each output gradient row loaded once for the two
                        final float[] gn = g[i + 1 - i0];
                        java.util.Arrays.fill(gn, 0, cols, 0f);
                        axpyRowsPair(xt, xo, xo + batch, dz, 0, batch, gi, gn, cols);
                        i++;
                        continue;
                    }
                    for (int b = 0; b < batch; b++) {
                        idx[b] = b; // this row's list again (every sample)
                    }
                }
                axpyList(xt, xo, idx, c, dz, gi, cols);
            }
        }
    }

    /** Whether {@code v[from + k]} is finite for every k in [0, n) (one vectorisable pass, no branch per element). */
    private static boolean finite(float[] v, int from, int n) {
        float probe = 0f;
        for (int k = from; k < from + n; k++) {
            probe += v[k] * 0f; // NaN for an infinite or NaN element, else +/-0
        }
        return probe == 0f;
    }

    /** Whether {@code dz[b][j]} is finite for every b in [0, batch) and j in [0, cols). */
    private static boolean finite(float[][] dz, int batch, int cols) {
        for (int b = 0; b < batch; b++) {
            if (!finite(dz[b], 0, cols)) {
                return false;
            }
        }
        return true;
    }

    /** The column-major path of {@link #gradRows(float[], int, float[][], int, int, int, int, float[][], float[], int[], float[][], float[][])}. */
    private static void gradRowsNarrow(float[] x, int rows, float[][] dz, int cols, int batch, int i0, int i1,
            float[][] g, float[][] xr, float[][] gT) {
        final int r1 = Math.min(i1, rows);
        final int width = r1 - i0;
        for (int b = 0; b < batch; b++) {
            System.arraycopy(x, b * rows + i0, xr[b], 0, width);
        }
        for (int j = 0; j < cols; j++) {
            final float[] y = gT[j];
            java.util.Arrays.fill(y, 0, width, 0f);
            int b = 0;
            for (; b + 7 < batch; b += 8) {
                axpy8(dz[b][j], xr[b], dz[b + 1][j], xr[b + 1], dz[b + 2][j], xr[b + 2], dz[b + 3][j], xr[b + 3],
                        dz[b + 4][j], xr[b + 4], dz[b + 5][j], xr[b + 5], dz[b + 6][j], xr[b + 6], dz[b + 7][j], xr[b + 7],
                        y, width);
            }
            if (batch - b >= 4) {
                axpy4(dz[b][j], xr[b], dz[b + 1][j], xr[b + 1], dz[b + 2][j], xr[b + 2], dz[b + 3][j], xr[b + 3], y, width);
                b += 4;
            }
            if (batch - b >= 2) {
                axpy2(dz[b][j], xr[b], dz[b + 1][j], xr[b + 1], y, width);
                b += 2;
            }
            if (b < batch) {
                axpy(dz[b][j], xr[b], 0, y, 0, width);
            }
        }
        for (int i = 0; i < width; i++) {
            final float[] gi = g[i];
            for (int j = 0; j < cols; j++) {
                gi[j] = gT[j][i];
            }
        }
        if (i1 > rows) {
            // the bias row: the plain sum of the output gradients in sample order (1 * dz == dz exactly)
            final float[] gb = g[rows - i0];
            java.util.Arrays.fill(gb, 0, cols, 0f);
            for (int b = 0; b < batch; b++) {
                final float[] d = dz[b];
                for (int j = 0; j < cols; j++) {
                    gb[j] += d[j];
                }
            }
        }
    }

    /**
     * Weight gradient rows [i0, i1) (the bias row is index {@code rows}) over samples [b0, b1), added
     * to {@code dw}: {@code dw[i][j] += sum_b x[b][i] * dz[b][j]}, in ascending b. The reference form
     * of {@link #gradRows} (kept for tests and benchmarks).
     */
    public static void gradWeights(float[] x, int rows, float[] dz, int cols, int b0, int b1, float[] dw, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            final int wo = i * cols;
            for (int b = b0; b < b1; b++) {
                final float xv = i == rows ? 1f : x[b * rows + i];
                if (xv != 0f) {
                    axpy(xv, dz, b * cols, dw, wo, cols);
                }
            }
        }
    }

    /**
     * Input gradient of samples [b0, b1) from the transposed weights ({@code wT[j]} = column j of w,
     * {@code rows} long): {@code dx[b][i] += sum_j dz[b][j] * w[i][j]}, the sum formed first (from 0,
     * terms in ascending j, zero output gradients skipped) and then added to dx.
     *
     * @param idx scratch of at least {@code cols} ints
     * @param acc scratch of at least {@code rows} floats
     */
    public static void gradInputT(float[] dz, int cols, float[][] wT, int rows, float[] dx, int b0, int b1, int[] idx,
            float[] acc) {
        gradInputT(dz, cols, wT, rows, dx, b0, b1, idx, acc, null);
    }

    /**
     * {@link #gradInputT(float[], int, float[][], int, float[], int, int, int[], float[])} that, given a
     * second accumulator {@code acc2} (or null), takes two consecutive samples whose output gradients have
     * no zero together ({@link #axpyRowsPair}: each row of the transposed weights loaded once for both);
     * the same terms in the same order, so the same bits.
     */
    public static void gradInputT(float[] dz, int cols, float[][] wT, int rows, float[] dx, int b0, int b1, int[] idx,
            float[] acc, float[] acc2) {
        gradInputT(dz, cols, wT, rows, dx, b0, b1, idx, acc, acc2, false);
    }

    /**
     * {@link #gradInputT(float[], int, float[][], int, float[], int, int, int[], float[], float[])} for weights the
     * caller knows to be finite ({@code finiteWeights}): then two consecutive samples whose output gradients are all
     * finite go through {@link #axpyRowsPair} together whether or not some of them are zero. A zero output gradient
     * then adds {@code 0 * w}, +0 or -0, to a sum that started at +0, which changes no bit (a round-to-nearest sum
     * that starts at +0 is never -0, and {@code s + 0 == s} otherwise), so the bits are those of the list that skips
     * it. The choice so no longer depends on whether an output gradient is exactly zero: softmax's gradients become
     * exactly zero for confidently classified samples as training goes on, and a path first taken then made the
     * JIT throw away this method's compiled code in the middle of a run (a deoptimisation: the method then runs
     * interpreted until it is compiled again, 0.1-0.5 s into a timed epoch; docs/PERFORMANCE.md, session 13).
     */
    public static void gradInputT(float[] dz, int cols, float[][] wT, int rows, float[] dx, int b0, int b1, int[] idx,
            float[] acc, float[] acc2, boolean finiteWeights) {
        if (acc2 != null && finiteWeights) {
            int b = b0;
            for (; b + 1 < b1 && finite(dz, b * cols, 2 * cols); b += 2) {
                inputGradientPair(dz, cols, wT, rows, dx, b, acc, acc2);
            }
            if (b < b1) { // an odd last sample, or output gradients that are not all finite: one by one, zeros skipped
                gradInputT(dz, cols, wT, rows, dx, b, b1, idx, acc, null, false);
            }
            return;
        }
        for (int b = b0; b < b1; b++) {
            final int zo = b * cols;
            final int xo = b * rows;
            java.util.Arrays.fill(acc, 0, rows, 0f);
            final int c = nonZeros(dz, zo, cols, idx);
            if (acc2 != null && c == cols && b + 1 < b1) {
                if (nonZeros(dz, zo + cols, cols, idx) == cols) {
                    inputGradientPair(dz, cols, wT, rows, dx, b, acc, acc2);
                    b++;
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    idx[j] = j; // this sample's list again (every output)
                }
            }
            axpyList(dz, zo, idx, c, wT, acc, rows);
            for (int i = 0; i < rows; i++) {
                dx[xo + i] += acc[i];
            }
        }
    }

    /**
     * Samples b and b + 1 of {@link #gradInputT}: every output gradient's term, in ascending j, into {@code acc} and
     * {@code acc2} (both cleared first), each weight row loaded once for both, then both added to dx.
     */
    private static void inputGradientPair(float[] dz, int cols, float[][] wT, int rows, float[] dx, int b, float[] acc,
            float[] acc2) {
        final int zo = b * cols, xo = b * rows;
        java.util.Arrays.fill(acc, 0, rows, 0f);
        java.util.Arrays.fill(acc2, 0, rows, 0f);
        axpyRowsPair(dz, zo, zo + cols, wT, 0, cols, acc, acc2, rows);
        for (int i = 0; i < rows; i++) {
            dx[xo + i] += acc[i];
        }
        for (int i = 0, xn = xo + rows; i < rows; i++) {
            dx[xn + i] += acc2[i];
        }
    }

    /**
     * Input gradient of samples [b0, b1): {@code dx[b][i] += sum_j dz[b][j] * w[i][j]}, the sum taken
     * as four partial sums over j mod 4, combined as {@code (s0 + s1) + (s2 + s3)}. Two samples
     * share each load of a weight row.
     */
    public static void gradInput(float[] dz, int cols, float[] w, int rows, float[] dx, int b0, int b1) {
        int b = b0;
        for (; b + 1 < b1; b += 2) {
            final int za = b * cols, zb = za + cols;
            final int xa = b * rows, xb = xa + rows;
            for (int i = 0; i < rows; i++) {
                final int wo = i * cols;
                float a0 = 0f, a1 = 0f, a2 = 0f, a3 = 0f;
                float c0 = 0f, c1 = 0f, c2 = 0f, c3 = 0f;
                int j = 0;
                for (; j + 3 < cols; j += 4) {
                    final float w0 = w[wo + j], w1 = w[wo + j + 1], w2 = w[wo + j + 2], w3 = w[wo + j + 3];
                    a0 += dz[za + j] * w0;
                    a1 += dz[za + j + 1] * w1;
                    a2 += dz[za + j + 2] * w2;
                    a3 += dz[za + j + 3] * w3;
                    c0 += dz[zb + j] * w0;
                    c1 += dz[zb + j + 1] * w1;
                    c2 += dz[zb + j + 2] * w2;
                    c3 += dz[zb + j + 3] * w3;
                }
                for (; j < cols; j++) {
                    a0 += dz[za + j] * w[wo + j];
                    c0 += dz[zb + j] * w[wo + j];
                }
                dx[xa + i] += (a0 + a1) + (a2 + a3);
                dx[xb + i] += (c0 + c1) + (c2 + c3);
            }
        }
        for (; b < b1; b++) {
            final int zo = b * cols;
            final int xo = b * rows;
            for (int i = 0; i < rows; i++) {
                final int wo = i * cols;
                float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
                int j = 0;
                for (; j + 3 < cols; j += 4) {
                    s0 += dz[zo + j] * w[wo + j];
                    s1 += dz[zo + j + 1] * w[wo + j + 1];
                    s2 += dz[zo + j + 2] * w[wo + j + 2];
                    s3 += dz[zo + j + 3] * w[wo + j + 3];
                }
                for (; j < cols; j++) {
                    s0 += dz[zo + j] * w[wo + j];
                }
                dx[xo + i] += (s0 + s1) + (s2 + s3);
            }
        }
    }
}
