package org.spinflow.interpreter.kernel;

/**
 * Float kernels of the crossbar layers, written as simple stride-1 loops over distinct arrays so
 * that HotSpot's superword pass vectorises them. Matrices are row-major; a weight matrix has
 * {@code rows + 1} rows, the last being the bias row (input fixed at 1). Zero inputs are skipped,
 * which pays off on sparse inputs such as MNIST pixels. Nothing here allocates.
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

    /** y[0..n) += a * x[xo..xo+n). */
    public static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        for (int j = 0; j < n; j++) {
            y[yo + j] += a * x[xo + j];
        }
    }

    /**
     * Forward of samples [b0, b1): {@code z[b][j] = w[rows][j] + sum_i x[b][i] * w[i][j]}.
     *
     * @param acc scratch of at least {@code cols} floats
     */
    public static void forward(float[] x, int rows, float[] w, int cols, float[] z, int b0, int b1, float[] acc) {
        final int biasOff = rows * cols;
        for (int b = b0; b < b1; b++) {
            System.arraycopy(w, biasOff, acc, 0, cols);
            final int xo = b * rows;
            // Non-zero inputs are taken four (or two) at a time in one pass over acc. Every acc[j]
            // still receives its terms one by one in row order, so the sums are bit-identical to
            // one pass per row; only the loads and stores of acc are shared.
            int i = 0;
            while (true) {
                while (i < rows && x[xo + i] == 0f) {
                    i++;
                }
                if (i == rows) {
                    break;
                }
                final int ia = i++;
                while (i < rows && x[xo + i] == 0f) {
                    i++;
                }
                if (i == rows) {
                    axpy(x[xo + ia], w, ia * cols, acc, 0, cols);
                    break;
                }
                final int ib = i++;
                while (i < rows && x[xo + i] == 0f) {
                    i++;
                }
                if (i == rows) {
                    axpy2(x[xo + ia], w, ia * cols, x[xo + ib], ib * cols, acc, cols);
                    break;
                }
                final int ic = i++;
                while (i < rows && x[xo + i] == 0f) {
                    i++;
                }
                if (i == rows) {
                    axpy2(x[xo + ia], w, ia * cols, x[xo + ib], ib * cols, acc, cols);
                    axpy(x[xo + ic], w, ic * cols, acc, 0, cols);
                    break;
                }
                final int id = i++;
                axpy4(x[xo + ia], ia * cols, x[xo + ib], ib * cols, x[xo + ic], ic * cols, x[xo + id], id * cols,
                        w, acc, cols);
            }
            System.arraycopy(acc, 0, z, b * cols, cols);
        }
    }

    /** y[j] = (y[j] + a * x[ao + j]) + c * x[co + j]: two axpy passes fused, same rounding. */
    private static void axpy2(float a, float[] x, int ao, float c, int co, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (y[j] + a * x[ao + j]) + c * x[co + j];
        }
    }

    /** Four axpy passes over y fused, each y[j] updated in the same order (same rounding). */
    private static void axpy4(float a, int ao, float b, int bo, float c, int co, float d, int dOff, float[] x,
            float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (((y[j] + a * x[ao + j]) + b * x[bo + j]) + c * x[co + j]) + d * x[dOff + j];
        }
    }

    /**
     * Weight gradient rows [i0, i1) (the bias row is index {@code rows}) over samples [b0, b1):
     * {@code dw[i][j] += sum_b x[b][i] * dz[b][j]}.
     */
    public static void gradWeights(float[] x, int rows, float[] dz, int cols, int b0, int b1, float[] dw, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            final int wo = i * cols;
            if (i == rows) {
                for (int b = b0; b < b1; b++) {
                    final int zo = b * cols;
                    for (int j = 0; j < cols; j++) {
                        dw[wo + j] += dz[zo + j];
                    }
                }
            } else {
                // samples with a non-zero input two at a time, each dw element updated in sample
                // order (bit-identical to one pass per sample)
                int b = b0;
                while (true) {
                    while (b < b1 && x[b * rows + i] == 0f) {
                        b++;
                    }
                    if (b == b1) {
                        break;
                    }
                    final int ba = b++;
                    while (b < b1 && x[b * rows + i] == 0f) {
                        b++;
                    }
                    if (b == b1) {
                        final float xa = x[ba * rows + i];
                        final int zo = ba * cols;
                        for (int j = 0; j < cols; j++) {
                            dw[wo + j] += xa * dz[zo + j];
                        }
                        break;
                    }
                    final int bb = b++;
                    final float xa = x[ba * rows + i], xb = x[bb * rows + i];
                    final int za = ba * cols, zb = bb * cols;
                    for (int j = 0; j < cols; j++) {
                        dw[wo + j] = (dw[wo + j] + xa * dz[za + j]) + xb * dz[zb + j];
                    }
                }
            }
        }
    }

    /** Input gradient of samples [b0, b1): {@code dx[b][i] += sum_j dz[b][j] * w[i][j]}. */
    public static void gradInput(float[] dz, int cols, float[] w, int rows, float[] dx, int b0, int b1) {
        for (int b = b0; b < b1; b++) {
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
