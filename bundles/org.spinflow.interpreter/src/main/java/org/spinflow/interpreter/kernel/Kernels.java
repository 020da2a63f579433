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
            for (int i = 0; i < rows; i++) {
                float xv = x[xo + i];
                if (xv != 0f) {
                    final int wo = i * cols;
                    for (int j = 0; j < cols; j++) {
                        acc[j] += xv * w[wo + j];
                    }
                }
            }
            System.arraycopy(acc, 0, z, b * cols, cols);
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
                for (int b = b0; b < b1; b++) {
                    float xv = x[b * rows + i];
                    if (xv != 0f) {
                        final int zo = b * cols;
                        for (int j = 0; j < cols; j++) {
                            dw[wo + j] += xv * dz[zo + j];
                        }
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
