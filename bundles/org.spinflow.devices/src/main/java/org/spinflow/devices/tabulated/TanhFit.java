package org.spinflow.devices.tabulated;

import org.spinflow.devices.DeviceException;

/**
 * Least-squares fit of {@code y = c + A tanh((x - x0) / s)} to measured points (docs/PHYSICS.md B.2):
 * the nominal model a model-based trainer would write down for a measured device. Levenberg-Marquardt
 * on the four parameters (analytic Jacobian, damping x10 on a rejected step and /3 on an accepted one,
 * at most 500 iterations, stop when the relative change of the sum of squares is below 1e-14); start
 * from c = mid-range of y, A = half the y range (sign of the overall slope), x0 = the input where y
 * crosses mid-range, s = one sixth of the input range.
 *
 * @param c   output centre [output unit]
 * @param a   half swing [output unit] (negative for a falling curve)
 * @param x0  input at the centre [input unit]
 * @param s   input scale [input unit], > 0
 * @param rms root-mean-square residual of the fit over all points [output unit]
 */
public record TanhFit(double c, double a, double x0, double s, double rms) {

    public double value(double x) {
        return c + a * Math.tanh((x - x0) / s);
    }

    public double derivative(double x) {
        double t = Math.tanh((x - x0) / s);
        return a * (1 - t * t) / s;
    }

    /** Fits all columns of {@code y} (y[column][row]) at the inputs {@code x} together. */
    public static TanhFit fit(double[] x, double[][] y) {
        int n = x.length;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, first = 0, last = 0;
        double[] mean = new double[n];
        for (double[] col : y) {
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, col[i]);
                hi = Math.max(hi, col[i]);
                mean[i] += col[i] / y.length;
            }
        }
        first = mean[0];
        last = mean[n - 1];
        double[] p = {0.5 * (lo + hi), 0.5 * (hi - lo) * Math.signum(last - first == 0 ? 1 : last - first),
            0.5 * (x[0] + x[n - 1]), (x[n - 1] - x[0]) / 6};
        for (int i = 0; i < n - 1; i++) {
            if ((mean[i] - p[0]) * (mean[i + 1] - p[0]) <= 0 && mean[i + 1] != mean[i]) {
                p[2] = x[i] + (p[0] - mean[i]) / (mean[i + 1] - mean[i]) * (x[i + 1] - x[i]);
                break;
            }
        }
        if (!(p[1] != 0) || !(p[3] > 0)) {
            throw new DeviceException("tanh fit: the curve is flat or has no input range");
        }
        double lambda = 1e-3;
        double sse = sse(x, y, p);
        for (int it = 0; it < 500; it++) {
            double[][] jtj = new double[4][4];
            double[] jtr = new double[4];
            double[] g = new double[4];
            for (double[] col : y) {
                for (int i = 0; i < n; i++) {
                    double u = (x[i] - p[2]) / p[3], t = Math.tanh(u), sech2 = 1 - t * t;
                    double r = col[i] - (p[0] + p[1] * t);
                    g[0] = 1;
                    g[1] = t;
                    g[2] = -p[1] * sech2 / p[3];
                    g[3] = -p[1] * sech2 * u / p[3];
                    for (int a = 0; a < 4; a++) {
                        jtr[a] += g[a] * r;
                        for (int b = 0; b < 4; b++) {
                            jtj[a][b] += g[a] * g[b];
                        }
                    }
                }
            }
            boolean accepted = false;
            while (!accepted && lambda < 1e12) {
                double[][] m = new double[4][5];
                for (int a = 0; a < 4; a++) {
                    for (int b = 0; b < 4; b++) {
                        m[a][b] = jtj[a][b] + (a == b ? lambda * jtj[a][a] : 0);
                    }
                    m[a][4] = jtr[a];
                }
                double[] d = solve(m);
                double[] q = {p[0] + d[0], p[1] + d[1], p[2] + d[2], p[3] + d[3]};
                double e = q[3] > 0 ? sse(x, y, q) : Double.POSITIVE_INFINITY;
                if (e <= sse) {
                    double change = (sse - e) / Math.max(sse, Double.MIN_NORMAL);
                    p = q;
                    sse = e;
                    lambda = Math.max(lambda / 3, 1e-12);
                    accepted = true;
                    if (change < 1e-14) {
                        return result(p, sse, n * y.length);
                    }
                } else {
                    lambda *= 10;
                }
            }
            if (!accepted) {
                break;
            }
        }
        return result(p, sse, n * y.length);
    }

    private static TanhFit result(double[] p, double sse, int points) {
        return new TanhFit(p[0], p[1], p[2], p[3], Math.sqrt(sse / points));
    }

    private static double sse(double[] x, double[][] y, double[] p) {
        double s = 0;
        for (double[] col : y) {
            for (int i = 0; i < x.length; i++) {
                double r = col[i] - (p[0] + p[1] * Math.tanh((x[i] - p[2]) / p[3]));
                s += r * r;
            }
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on a 4x5 augmented matrix. */
    private static double[] solve(double[][] m) {
        int n = 4;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            if (m[c][c] == 0) {
                return new double[n];
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] d = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * d[k];
            }
            d[r] = s / m[r][r];
        }
        return d;
    }
}
