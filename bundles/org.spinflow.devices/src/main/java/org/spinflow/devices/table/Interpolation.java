package org.spinflow.devices.table;

/**
 * Node slopes for piecewise cubic Hermite interpolation: the not-a-knot cubic spline (smooth
 * curves; docs/PHYSICS.md F: 2e-9 of the swing at 201 points over +-8 mA), monotone PCHIP
 * (Fritsch-Carlson, for curves with kinks or measured data), and linear.
 * A cubic Hermite piece with the spline's node slopes is exactly the spline.
 */
public final class Interpolation {

    public static final int SPLINE = 0, PCHIP = 1, LINEAR = 2;

    private Interpolation() {
    }

    /** Slopes dy/dx at the nodes x (strictly increasing, n >= 2) for the given method. */
    public static double[] slopes(double[] x, double[] y, int method) {
        return switch (method) {
            case SPLINE -> x.length >= 4 ? notAKnot(x, y) : pchip(x, y);
            case PCHIP -> pchip(x, y);
            case LINEAR -> linear(x, y);
            default -> throw new IllegalArgumentException("interpolation must be 0 (spline), 1 (pchip) or 2 (linear)");
        };
    }

    /** Not-a-knot cubic spline slopes (n >= 4), tridiagonal-with-border system solved by elimination. */
    public static double[] notAKnot(double[] x, double[] y) {
        int n = x.length;
        double[] h = new double[n - 1], del = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            del[i] = (y[i + 1] - y[i]) / h[i];
        }
        // system for slopes s: rows as in de Boor / MATLAB spline (not-a-knot end conditions)
        double[] a = new double[n], b = new double[n], c = new double[n], r = new double[n];
        b[0] = h[1];
        c[0] = h[0] + h[1];
        r[0] = ((h[0] + 2 * c[0]) * h[1] * del[0] + h[0] * h[0] * del[1]) / c[0];
        for (int i = 1; i < n - 1; i++) {
            a[i] = h[i];
            b[i] = 2 * (h[i - 1] + h[i]);
            c[i] = h[i - 1];
            r[i] = 3 * (h[i] * del[i - 1] + h[i - 1] * del[i]);
        }
        double dd = h[n - 3] + h[n - 2];
        a[n - 1] = dd;
        b[n - 1] = h[n - 3];
        r[n - 1] = (h[n - 2] * h[n - 2] * del[n - 3] + (2 * dd + h[n - 2]) * h[n - 3] * del[n - 2]) / dd;
        // Thomas algorithm (diagonally dominant enough for these end rows in practice)
        double[] cp = new double[n], rp = new double[n];
        cp[0] = c[0] / b[0];
        rp[0] = r[0] / b[0];
        for (int i = 1; i < n; i++) {
            double m = b[i] - a[i] * cp[i - 1];
            cp[i] = i < n - 1 ? c[i] / m : 0;
            rp[i] = (r[i] - a[i] * rp[i - 1]) / m;
        }
        double[] s = new double[n];
        s[n - 1] = rp[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            s[i] = rp[i] - cp[i] * s[i + 1];
        }
        return s;
    }

    /**
     * {@link #notAKnot} for many curves on one grid: the parts of the system that depend on the grid only (spacings,
     * matrix rows, the elimination's pivots and multipliers, the end rows' coefficients) computed once, each
     * curve's slopes by the same arithmetic, so the same bits as {@link #notAKnot} (n >= 4). Immutable.
     */
    public static final class NotAKnot {
        private final int n;
        private final double[] h, a, m, cp;
        private final double b0, c0, k0, k1, dd, kn1, kn2;

        public NotAKnot(double[] x) {
            n = x.length;
            if (n < 4) {
                throw new IllegalArgumentException("not-a-knot spline needs at least 4 points, got " + n);
            }
            h = new double[n - 1];
            for (int i = 0; i < n - 1; i++) {
                h[i] = x[i + 1] - x[i];
            }
            b0 = h[1];
            c0 = h[0] + h[1];
            // r[0] = ((h0 + 2 c0) h1 del0 + h0 h0 del1) / c0, the products left to right as notAKnot has them
            k0 = (h[0] + 2 * c0) * h[1];
            k1 = h[0] * h[0];
            a = new double[n];
            double[] b = new double[n], c = new double[n];
            b[0] = b0;
            c[0] = c0;
            for (int i = 1; i < n - 1; i++) {
                a[i] = h[i];
                b[i] = 2 * (h[i - 1] + h[i]);
                c[i] = h[i - 1];
            }
            dd = h[n - 3] + h[n - 2];
            a[n - 1] = dd;
            b[n - 1] = h[n - 3];
            kn1 = h[n - 2] * h[n - 2];
            kn2 = (2 * dd + h[n - 2]) * h[n - 3];
            m = new double[n];
            cp = new double[n];
            cp[0] = c[0] / b[0];
            m[0] = b[0];
            for (int i = 1; i < n; i++) {
                m[i] = b[i] - a[i] * cp[i - 1];
                cp[i] = i < n - 1 ? c[i] / m[i] : 0;
            }
        }

        /** The slopes of the spline through y on this grid: {@link #notAKnot}(x, y), bit for bit. */
        public double[] slopes(double[] y) {
            if (y.length != n) {
                throw new IllegalArgumentException("curve has " + y.length + " points, grid " + n);
            }
            final double[] hh = h, aa = a, mm = m;
            final int last = n - 1;
            double[] s = new double[n];
            // forward elimination with the secants and the right-hand side computed on the fly (rp kept in s): one
            // loop and no scratch arrays (a small method for the JIT, which compiles it while the build runs)
            double delPrev = (y[1] - y[0]) / hh[0];
            double del = (y[2] - y[1]) / hh[1];
            double rp = (k0 * delPrev + k1 * del) / c0 / b0;
            s[0] = rp;
            for (int i = 1; i < last; i++) {
                if (i > 1) {
                    delPrev = del;
                    del = (y[i + 1] - y[i]) / hh[i];
                }
                rp = (3 * (hh[i] * delPrev + hh[i - 1] * del) - aa[i] * rp) / mm[i];
                s[i] = rp;
            }
            // here delPrev = del[n - 3] and del = del[n - 2]
            double rl = (kn1 * delPrev + kn2 * del) / dd;
            s[last] = (rl - aa[last] * rp) / mm[last];
            for (int i = last - 1; i >= 0; i--) {
                s[i] = s[i] - cp[i] * s[i + 1];
            }
            return s;
        }
    }

    /** Fritsch-Carlson monotone slopes (PCHIP, as in MATLAB pchip). */
    public static double[] pchip(double[] x, double[] y) {
        int n = x.length;
        double[] s = new double[n];
        if (n == 2) {
            double d = (y[1] - y[0]) / (x[1] - x[0]);
            s[0] = d;
            s[1] = d;
            return s;
        }
        double[] h = new double[n - 1], del = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            del[i] = (y[i + 1] - y[i]) / h[i];
        }
        for (int k = 1; k < n - 1; k++) {
            if (del[k - 1] * del[k] > 0) {
                double w1 = 2 * h[k] + h[k - 1], w2 = h[k] + 2 * h[k - 1];
                s[k] = (w1 + w2) / (w1 / del[k - 1] + w2 / del[k]);
            }
        }
        s[0] = endSlope(h[0], h[1], del[0], del[1]);
        s[n - 1] = endSlope(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
        return s;
    }

    private static double endSlope(double h0, double h1, double d0, double d1) {
        double d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(d0)) {
            d = 0;
        } else if (Math.signum(d0) != Math.signum(d1) && Math.abs(d) > Math.abs(3 * d0)) {
            d = 3 * d0;
        }
        return d;
    }

    /** Linear interpolation as Hermite: one-sided... each piece uses its own secant (stored per piece). */
    public static double[] linear(double[] x, double[] y) {
        // Only meaningful with per-piece secants; callers treat LINEAR specially. Node slopes = average.
        int n = x.length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - 1), hi = Math.min(n - 1, i + 1);
            s[i] = (y[hi] - y[lo]) / (x[hi] - x[lo]);
        }
        return s;
    }

    /** Cubic Hermite value on [x0, x0 + h] at t = (x - x0)/h with node values y0, y1 and slopes d0, d1. */
    public static double hermite(double t, double h, double y0, double d0, double y1, double d1) {
        double t2 = t * t, t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * h * d0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * h * d1;
    }

    /** Derivative d/dx of the Hermite piece. */
    public static double hermiteDerivative(double t, double h, double y0, double d0, double y1, double d1) {
        double t2 = t * t;
        return ((6 * t2 - 6 * t) * (y0 - y1)) / h + (3 * t2 - 4 * t + 1) * d0 + (3 * t2 - 2 * t) * d1;
    }
}
