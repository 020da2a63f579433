package org.spinflow.interpreter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The crossbar kernels against plain triple loops in double precision, on random shapes with
 * sparse inputs (zeros are skipped by the kernels) and odd sizes (remainder loops).
 */
class KernelsAgainstNaiveLoopsTest {

    private static float[] random(SplittableRandom r, int n, double zeros) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() < zeros ? 0f : (float) (2 * r.nextDouble() - 1);
        }
        return a;
    }

    private static void close(double expected, float actual, String what) {
        assertEquals(expected, actual, 1e-5 + 1e-5 * Math.abs(expected), what);
    }

    private static float[][] rowsOf(float[] flat, int rows, int cols) {
        float[][] r = new float[rows][];
        for (int i = 0; i < rows; i++) {
            r[i] = java.util.Arrays.copyOfRange(flat, i * cols, i * cols + cols);
        }
        return r;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0.0", "7, 5, 3, 0.5", "33, 17, 9, 0.8", "64, 10, 16, 0.0", "129, 3, 5, 0.3"})
    void forwardIsTheAffineMap(int rows, int cols, int batch, double zeros) {
        SplittableRandom r = new SplittableRandom(rows * 31L + cols);
        float[] x = random(r, batch * rows, zeros);
        float[] w = random(r, (rows + 1) * cols, 0);
        float[] z = new float[batch * cols];
        Kernels.forward(x, rows, rowsOf(w, rows + 1, cols), cols, z, 0, batch, new int[rows], new float[cols]);
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < cols; j++) {
                double s = w[rows * cols + j];
                for (int i = 0; i < rows; i++) {
                    s += (double) x[b * rows + i] * w[i * cols + j];
                }
                close(s, z[b * cols + j], "z[" + b + "][" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0.0", "7, 5, 3, 0.5", "33, 17, 9, 0.8", "129, 3, 5, 0.3"})
    void gradRowsIsTheOuterProductSumOfTheBatch(int rows, int cols, int batch, double zeros) {
        SplittableRandom r = new SplittableRandom(rows * 17L + cols);
        float[] x = random(r, batch * rows, zeros);
        float[] dz = random(r, batch * cols, 0);
        int i0 = rows / 3;
        int i1 = rows + 1;
        float[][] g = new float[i1 - i0][cols];
        Kernels.gradRows(x, rows, rowsOf(dz, batch, cols), cols, batch, i0, i1, g, new float[(i1 - i0) * batch],
                new int[batch]);
        for (int i = i0; i < i1; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int b = 0; b < batch; b++) {
                    s += (i == rows ? 1.0 : x[b * rows + i]) * dz[b * cols + j];
                }
                close(s, g[i - i0][j], "g[" + i + "][" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "7, 5, 3", "33, 17, 9", "10, 130, 4"})
    void gradInputTAddsTheTransposedProduct(int rows, int cols, int batch) {
        SplittableRandom r = new SplittableRandom(rows * 19L + cols);
        float[] dz = random(r, batch * cols, 0.3);
        float[] w = random(r, (rows + 1) * cols, 0);
        float[][] wT = new float[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                wT[j][i] = w[i * cols + j];
            }
        }
        float[] dx = random(r, batch * rows, 0);
        float[] before = dx.clone();
        Kernels.gradInputT(dz, cols, wT, rows, dx, 0, batch, new int[cols], new float[rows]);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < rows; i++) {
                double s = before[b * rows + i];
                for (int j = 0; j < cols; j++) {
                    s += (double) dz[b * cols + j] * w[i * cols + j];
                }
                close(s, dx[b * rows + i], "dx[" + b + "][" + i + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0.0", "7, 5, 3, 0.5", "33, 17, 9, 0.8", "129, 3, 5, 0.3"})
    void gradWeightsIsTheOuterProductSumIncludingTheBiasRow(int rows, int cols, int batch, double zeros) {
        SplittableRandom r = new SplittableRandom(rows * 7L + cols);
        float[] x = random(r, batch * rows, zeros);
        float[] dz = random(r, batch * cols, 0);
        float[] dw = random(r, (rows + 1) * cols, 0);
        float[] before = dw.clone();
        Kernels.gradWeights(x, rows, dz, cols, 0, batch, dw, 0, rows + 1);
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = before[i * cols + j];
                for (int b = 0; b < batch; b++) {
                    s += (i == rows ? 1.0 : x[b * rows + i]) * dz[b * cols + j];
                }
                close(s, dw[i * cols + j], "dw[" + i + "][" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "7, 5, 3", "33, 17, 9", "10, 130, 4"})
    void gradInputAddsTheTransposedProductAndIgnoresTheBiasRow(int rows, int cols, int batch) {
        SplittableRandom r = new SplittableRandom(rows * 13L + cols);
        float[] dz = random(r, batch * cols, 0);
        float[] w = random(r, (rows + 1) * cols, 0);
        float[] dx = random(r, batch * rows, 0);
        float[] before = dx.clone();
        Kernels.gradInput(dz, cols, w, rows, dx, 0, batch);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < rows; i++) {
                double s = before[b * rows + i];
                for (int j = 0; j < cols; j++) {
                    s += (double) dz[b * cols + j] * w[i * cols + j];
                }
                close(s, dx[b * rows + i], "dx[" + b + "][" + i + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0, 9", "3, 17"})
    void addAndAxpyTouchOnlyTheirRange(int from, int to) {
        SplittableRandom r = new SplittableRandom(from * 101L + to);
        float[] x = random(r, 20, 0);
        float[] y = random(r, 20, 0);
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
