package org.spinflow.devices.macrospin;

import static org.spinflow.devices.macrospin.MacrospinParameters.E_CHARGE;
import static org.spinflow.devices.macrospin.MacrospinParameters.GAMMA;

/**
 * Steady-state solver of docs/PHYSICS.md A.4 for one {@link Macrospin}: Newton on the static condition
 * m x B_tot = 0 in (theta, phi) with a central-difference Jacobian (h = 1e-7 rad), step cap 0.3 rad,
 * tolerance 1e-12 T; initial point from the minimum of the STT-free energy on a 720-angle in-plane
 * grid; continuation in x; stability from the eigenvalues of the Jacobian of (dtheta/dt, dphi/dt)
 * of the LL form with the physical alpha; dynamics fallback (RK4, dt = 1 ps, 30 ns) giving the
 * flags 0 static, 1 jump, 2 precession, 3 failure.
 *
 * <p>Not thread-safe (it keeps a small workspace); create one per thread, it is cheap.
 */
public final class SteadyState {

    public static final int STATIC = 0, JUMP = 1, PRECESSION = 2, FAILURE = 3;

    /** Newton tolerance on |r| [T]. */
    public double tolerance = 1e-12;
    /** Central-difference step of the Newton Jacobian [rad]. */
    public double newtonStep = 1e-7;
    /** Central-difference step of the stability Jacobian [rad] (1e-5 balances truncation and rounding). */
    public double stabilityStep = 1e-5;
    /** Maximum Newton step [rad]. */
    public double stepCap = 0.3;
    public int maxIterations = 60;
    /** Dynamics fallback: time step, duration, averaging window [s], spread threshold. */
    public double dt = 1e-12, duration = 30e-9, window = 10e-9, spreadLimit = 1e-3, kick = 0.02;
    /** Whether the RK4 dynamics fallback runs (false: eigenvalue test only, unstable -> flag 2). */
    public boolean dynamicsFallback = true;
    /** Secant predictor for the continuation guess (false: the previous solution, as in A.4). */
    public boolean predictor = true;
    /** Newton iterations summed over all solves (statistics). */
    public long iterationCount;

    private final Macrospin m;
    private final double[] r = new double[3];
    private final double[] rhs = new double[4];
    private double vGuess;

    /** A solved curve over drives x: output, junction voltage, angles and flags per point. */
    public record Curve(double[] x, double[] output, double[] voltage, double[] theta, double[] phi, int[] flag) {
    }

    /** Up and down sweeps and the bistable points (|V_up - V_down| > 1e-6 max|V|). */
    public record Hysteresis(Curve up, Curve down, boolean[] bistable) {
    }

    public SteadyState(Macrospin m) {
        this.m = m;
        this.dynamicsFallback = m.params.dynamicsFallback() != 0;
        MacrospinParameters q = m.params;
        noiseDf = 1 / (2 * q.tInt());
        noiseAmp = q.eN() * Math.sqrt(noiseDf);
        noiseFlickRoot = Math.sqrt(q.alphaH() * q.flickerL() / q.area());
        double sB = 4 * q.alpha() * q.kBT() / (GAMMA * q.Ms() * q.volume());
        noiseBn = Math.sqrt(sB * noiseDf);
    }

    /**
     * The noise budget's factors that depend on the parameters only (the same expressions it evaluated per call):
     * the bandwidth 1/(2 t_int), the amplifier sigma, the 1/f root and the thermal field sigma.
     */
    private final double noiseDf, noiseAmp, noiseFlickRoot, noiseBn;

    public Macrospin macrospin() {
        return m;
    }

    /** Continuation sweep over xs in the given order, starting from the energy-grid minimum at xs[0]. */
    public Curve sweep(double[] xs) {
        int n = xs.length;
        double[] out = new double[n], vv = new double[n], th = new double[n], ph = new double[n];
        int[] fl = new int[n];
        double[] ang = new double[2];
        gridMinimum(xs[0], ang);
        double[] prev = new double[2];
        for (int i = 0; i < n; i++) {
            if (fastTables && predictor && i >= 3 && fl[i - 1] == STATIC && fl[i - 2] == STATIC
                    && fl[i - 3] == STATIC) {
                // quadratic (Lagrange) predictor through the last three solutions: fewer chord steps
                double x0 = xs[i - 3], x1 = xs[i - 2], x2 = xs[i - 1], xx = xs[i];
                double l0 = (xx - x1) * (xx - x2) / ((x0 - x1) * (x0 - x2));
                double l1 = (xx - x0) * (xx - x2) / ((x1 - x0) * (x1 - x2));
                double l2 = (xx - x0) * (xx - x1) / ((x2 - x0) * (x2 - x1));
                ang[0] = l0 * th[i - 3] + l1 * th[i - 2] + l2 * th[i - 1];
                ang[1] = l0 * ph[i - 3] + l1 * ph[i - 2] + l2 * ph[i - 1];
            } else if (predictor && i >= 2 && fl[i - 1] == STATIC && fl[i - 2] == STATIC) {
                // secant predictor along the branch (a better guess; acceptance still uses prev)
                double w = (xs[i] - xs[i - 1]) / (xs[i - 1] - xs[i - 2]);
                ang[0] = th[i - 1] + w * (th[i - 1] - th[i - 2]);
                ang[1] = ph[i - 1] + w * (ph[i - 1] - ph[i - 2]);
            }
            fl[i] = solvePoint(xs[i], ang, i == 0 ? null : prev, vv, i);
            th[i] = ang[0];
            ph[i] = ang[1];
            out[i] = m.output(xs[i], vv[i]);
            prev[0] = ang[0];
            prev[1] = ang[1];
        }
        return new Curve(xs.clone(), out, vv, th, ph, fl);
    }

    /**
     * Whether the solution (t2, p2) is within 0.25 of the previous one (t1, p1), the continuation's acceptance
     * test, with the same answer as {@code distance(t1, p1, t2, p2) < 0.25}: the chord between two unit vectors is
     * at most the length of a path on the sphere, theta first, then phi at fixed theta, so at most
     * |t2 - t1| + |sin t2| |p2 - p1| <= |t2 - t1| + |p2 - p1|; when that is below 0.2 the computed distance (rounding
     * about 1e-16) is below 0.25 too, and the eight trig calls of {@link #distance} are skipped (almost every
     * point: the steps of the sweep are small). Otherwise (and for non-finite angles) the distance is computed.
     */
    static boolean near(double t1, double p1, double t2, double p2) {
        if (Math.abs(t2 - t1) + Math.abs(p2 - p1) < 0.2) {
            return true;
        }
        return distance(t1, p1, t2, p2) < 0.25;
    }

    /** Up sweep over xs (ascending) and down sweep, compared point by point. */
    public Hysteresis hysteresis(double[] xs) {
        Curve up = sweep(xs);
        double[] rev = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            rev[i] = xs[xs.length - 1 - i];
        }
        Curve d = sweep(rev);
        int n = xs.length;
        double[] o = new double[n], v = new double[n], t = new double[n], p = new double[n];
        int[] f = new int[n];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            o[i] = d.output[j];
            v[i] = d.voltage[j];
            t[i] = d.theta[j];
            p[i] = d.phi[j];
            f[i] = d.flag[j];
        }
        Curve down = new Curve(xs.clone(), o, v, t, p, f);
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(Math.abs(up.voltage[i]), Math.abs(down.voltage[i])));
        }
        boolean[] bi = new boolean[n];
        for (int i = 0; i < n; i++) {
            bi[i] = Math.abs(up.voltage[i] - down.voltage[i]) > 1e-6 * max;
        }
        return new Hysteresis(up, down, bi);
    }

    /**
     * Solves one point by continuation from {@code ang} (updated in place).
     *
     * @param prev the previous accepted solution, or null for the first point
     * @return the flag
     */
    private int solvePoint(double x, double[] ang, double[] prev, double[] vOut, int idx) {
        double t0 = prev != null ? prev[0] : ang[0], p0 = prev != null ? prev[1] : ang[1];
        boolean conv = fastTables ? chord(x, ang) : newton(x, ang);
        if (conv) {
            boolean near = prev == null || near(prev[0], prev[1], ang[0], ang[1]);
            if (near && (fastTables ? stableAtSolution(x, ang[0], ang[1]) : isStable(x, ang[0], ang[1]))) {
                vOut[idx] = voltageAt(x, ang[0], ang[1]);
                return STATIC;
            }
        }
        if (!dynamicsFallback) {
            if (conv) {
                vOut[idx] = voltageAt(x, ang[0], ang[1]);
                boolean near = prev == null || near(prev[0], prev[1], ang[0], ang[1]);
                return isStable(x, ang[0], ang[1]) ? (near ? STATIC : JUMP) : PRECESSION;
            }
            ang[0] = t0;
            ang[1] = p0;
            vOut[idx] = voltageAt(x, t0, p0);
            return FAILURE;
        }
        // true dynamics from the previous state kicked by 0.02 rad
        double[] dyn = dynamics(x, t0 + kick, p0 + kick);
        if (dyn == null) {
            ang[0] = t0;
            ang[1] = p0;
            vOut[idx] = voltageAt(x, t0, p0);
            return FAILURE;
        }
        if (dyn[4] < spreadLimit) {
            ang[0] = Math.acos(Math.max(-1, Math.min(1, dyn[2])));
            ang[1] = Math.atan2(dyn[1], dyn[0]);
            if (newton(x, ang)) {
                vOut[idx] = voltageAt(x, ang[0], ang[1]);
                return JUMP;
            }
            vOut[idx] = dyn[3];
            return FAILURE;
        }
        ang[0] = Math.acos(Math.max(-1, Math.min(1, dyn[2])));
        ang[1] = Math.atan2(dyn[1], dyn[0]);
        vOut[idx] = dyn[3];
        return PRECESSION;
    }

    static double distance(double t1, double p1, double t2, double p2) {
        double s1 = Math.sin(t1), s2 = Math.sin(t2);
        double dx = s1 * Math.cos(p1) - s2 * Math.cos(p2);
        double dy = s1 * Math.sin(p1) - s2 * Math.sin(p2);
        double dz = Math.cos(t1) - Math.cos(t2);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Junction voltage at the state (theta, phi). */
    public double voltageAt(double x, double theta, double phi) {
        double c = fastTables && theta == cT && phi == cP ? cSt * (cCp * m.px + cSp * m.py) : m.cosToP(theta, phi);
        double v = m.voltage(c, m.junctionCurrent(x), vGuess);
        vGuess = v;
        return v;
    }

    /** The 720 grid angles with their cosines and sines (the same values as computing them per call). */
    private static final double[] GRID_PHI = new double[720], GRID_COS = new double[720], GRID_SIN = new double[720];

    static {
        for (int k = 0; k < 720; k++) {
            GRID_PHI[k] = 2 * Math.PI * k / 720;
            GRID_COS[k] = Math.cos(GRID_PHI[k]);
            GRID_SIN[k] = Math.sin(GRID_PHI[k]);
        }
    }

    /** Minimum of the STT-free energy over 720 in-plane angles: ang = {pi/2, phi_min}. */
    public void gridMinimum(double x, double[] ang) {
        double best = Double.POSITIVE_INFINITY, bestPhi = 0;
        for (int k = 0; k < 720; k++) {
            double phi = GRID_PHI[k];
            double e = m.energy(GRID_COS[k], GRID_SIN[k], 0, x);
            if (e < best) {
                best = e;
                bestPhi = phi;
            }
        }
        ang[0] = Math.PI / 2;
        ang[1] = bestPhi;
    }

    private void res(double t, double p, double x) {
        m.residual(t, p, x, vGuess, r);
        vGuess = r[2];
    }

    private void resTrig(double st, double ct, double sp, double cp, double x) {
        m.residualTrig(st, ct, sp, cp, x, vGuess, r);
        vGuess = r[2];
    }

    /**
     * Table-build fast path (set by the macrospin kind for its lookup tables; off by default): each
     * point is solved by chord iterations with the residual Jacobian of the previous point (falling
     * back to {@link #newton} when they do not contract by 10x per step), and stability is decided
     * from the residual Jacobian at the solution instead of four extra LL evaluations: at a fixed
     * point the Jacobian of (dtheta/dt, dphi/dt) is exactly M J_r with
     * M = gamma/(1+alpha^2) [[alpha, 1], [-1/sin t, alpha/sin t]] (the LL rates are linear in the
     * residuals r1 = B_tot.e_theta, r2 = B_tot.e_phi), so {@link #eigenvalues} and M J_r agree to the
     * finite-difference error (6 digits on mtj-f-default). Both paths converge to |r| < tolerance.
     */
    public boolean fastTables;
    /** Residual Jacobian at the last accepted solution (fast path), valid when {@link #haveJPrev}. */
    private double pj11, pj12, pj21, pj22;
    private boolean haveJPrev;

    /** Chord iterations from ang with the previous point's Jacobian; falls back to Newton. */
    private boolean chord(double x, double[] ang) {
        if (haveJPrev) {
            double j11 = pj11, j12 = pj12, j21 = pj21, j22 = pj22;
            double det = j11 * j22 - j12 * j21;
            double t = ang[0], p = ang[1];
            double st = Math.sin(t), ct = Math.cos(t), sp = Math.sin(p), cp = Math.cos(p);
            double last = Double.POSITIVE_INFINITY;
            double or1 = 0, or2 = 0, sdt = 0, sdp = 0;
            if (det != 0 && Double.isFinite(det)) {
                for (int it = 0; it < 8; it++) {
                    resTrig(st, ct, sp, cp, x);
                    double r1 = r[0], r2 = r[1];
                    double norm2 = r1 * r1 + r2 * r2;
                    if (!(norm2 < 0.01 * last)) {
                        break; // not contracting fast enough (or not finite): full Newton
                    }
                    if (it > 0) {
                        // Broyden rank-1 update with the last step: superlinear instead of linear
                        double s2 = sdt * sdt + sdp * sdp;
                        double u1 = (r1 - or1 - (j11 * sdt + j12 * sdp)) / s2;
                        double u2 = (r2 - or2 - (j21 * sdt + j22 * sdp)) / s2;
                        double n11 = j11 + u1 * sdt, n12 = j12 + u1 * sdp, n21 = j21 + u2 * sdt, n22 = j22 + u2 * sdp;
                        double nd = n11 * n22 - n12 * n21;
                        if (nd != 0 && Double.isFinite(nd)) {
                            j11 = n11;
                            j12 = n12;
                            j21 = n21;
                            j22 = n22;
                            det = nd;
                        }
                    }
                    or1 = r1;
                    or2 = r2;
                    boolean done = norm2 < tolerance * tolerance;
                    if (!done) {
                        iterationCount++;
                    }
                    double dt_ = -(r1 * j22 - r2 * j12) / det;
                    double dp = -(j11 * r2 - j21 * r1) / det;
                    sdt = dt_;
                    sdp = dp;
                    if (Math.abs(dt_) > 1e-3 || Math.abs(dp) > 1e-3) {
                        if (done || Math.sqrt(dt_ * dt_ + dp * dp) > stepCap) {
                            break;
                        }
                        t += dt_;
                        p += dp;
                        st = Math.sin(t);
                        ct = Math.cos(t);
                        sp = Math.sin(p);
                        cp = Math.cos(p);
                    } else {
                        // small steps: rotate the sines and cosines by angle addition with Taylor
                        // series of sin/cos of the step (exact in double for |d| <= 1e-3: the first
                        // omitted terms are d^7/5040 and d^8/40320), saving four trig calls
                        double dt2 = dt_ * dt_, dp2 = dp * dp;
                        double sinDt = dt_ * (1 - dt2 / 6 * (1 - dt2 / 20)), cosDt = 1 - dt2 / 2 * (1 - dt2 / 12 * (1 - dt2 / 30));
                        double sinDp = dp * (1 - dp2 / 6 * (1 - dp2 / 20)), cosDp = 1 - dp2 / 2 * (1 - dp2 / 12 * (1 - dp2 / 30));
                        double nst = st * cosDt + ct * sinDt, nct = ct * cosDt - st * sinDt;
                        double nsp = sp * cosDp + cp * sinDp, ncp = cp * cosDp - sp * sinDp;
                        st = nst;
                        ct = nct;
                        sp = nsp;
                        cp = ncp;
                        t += dt_;
                        p += dp;
                    }
                    if (done) {
                        // polished solution (one more chord step, as Newton's free polish)
                        ang[0] = t;
                        ang[1] = p;
                        cT = t;
                        cP = p;
                        cSt = st;
                        cCt = ct;
                        cSp = sp;
                        cCp = cp;
                        return true;
                    }
                    last = norm2;
                }
            }
        }
        return newton(x, ang);
    }

    /** Sines and cosines of the angles (cT, cP) of the last chord solution (fast path). */
    private double cT = Double.NaN, cP = Double.NaN, cSt, cCt, cSp, cCp;

    /**
     * Stability from the residual Jacobian J_r at the solution (fast path, see {@link #fastTables});
     * J_r is kept for the next point's chord iterations.
     */
    private boolean stableAtSolution(double x, double t, double p) {
        double h = newtonStep;
        double ch = NEWTON_COS_H, sh = NEWTON_SIN_H;
        if (h != 1e-7) {
            ch = Math.cos(h);
            sh = Math.sin(h);
        }
        boolean cached = t == cT && p == cP;
        double st = cached ? cSt : Math.sin(t), ct = cached ? cCt : Math.cos(t);
        double sp = cached ? cSp : Math.sin(p), cp = cached ? cCp : Math.cos(p);
        jacobianResiduals(st, ct, sp, cp, x, ch, sh);
        final double[] q = jr;
        double j11 = (q[0] - q[2]) / (2 * h), j21 = (q[1] - q[3]) / (2 * h);
        double j12 = (q[4] - q[6]) / (2 * h), j22 = (q[5] - q[7]) / (2 * h);
        pj11 = j11;
        pj12 = j12;
        pj21 = j21;
        pj22 = j22;
        haveJPrev = Double.isFinite(j11 + j12 + j21 + j22);
        double al = m.alpha;
        double g = GAMMA / (1 + al * al);
        double a11 = g * (al * j11 + j21), a12 = g * (al * j12 + j22);
        double a21 = g * (al * j21 - j11) / st, a22 = g * (al * j22 - j12) / st;
        double tr = a11 + a22, det = a11 * a22 - a12 * a21;
        double disc = tr * tr / 4 - det;
        double re1 = disc >= 0 ? tr / 2 + Math.sqrt(disc) : tr / 2;
        double re2 = disc >= 0 ? tr / 2 - Math.sqrt(disc) : tr / 2;
        return re1 < 0 && re2 < 0;
    }

    /** The residuals (r1, r2) of {@link #jacobianResiduals} at theta + h, theta - h, phi + h, phi - h. */
    private final double[] jr = new double[8];

    /**
     * The residuals of the central-difference Jacobian at the state with sines and cosines (st, ct, sp, cp), the
     * perturbed ones by angle addition with (ch, sh) = (cos h, sin h), in the order theta + h, theta - h, phi + h,
     * phi - h (each takes the previous one's voltage as its guess), into {@link #jr}. One call site of the residual
     * in a loop, shared by {@link #newton} and {@link #stableAtSolution}: the JIT compiles one copy of it (and of the
     * voltage solve inside) instead of four per caller, which shortens its work while the tables are built.
     */
    private void jacobianResiduals(double st, double ct, double sp, double cp, double x, double ch, double sh) {
        for (int k = 0; k < 4; k++) {
            double a, b, c, d;
            switch (k) {
                case 0 -> {
                    a = st * ch + ct * sh;
                    b = ct * ch - st * sh;
                    c = sp;
                    d = cp;
                }
                case 1 -> {
                    a = st * ch - ct * sh;
                    b = ct * ch + st * sh;
                    c = sp;
                    d = cp;
                }
                case 2 -> {
                    a = st;
                    b = ct;
                    c = sp * ch + cp * sh;
                    d = cp * ch - sp * sh;
                }
                default -> {
                    a = st;
                    b = ct;
                    c = sp * ch - cp * sh;
                    d = cp * ch + sp * sh;
                }
            }
            resTrig(a, b, c, d, x);
            jr[2 * k] = r[0];
            jr[2 * k + 1] = r[1];
        }
    }

    /** Newton on the static residual from ang (updated in place). Returns whether |r| < tolerance. */
    public boolean newton(double x, double[] ang) {
        double t = ang[0], p = ang[1];
        double h = newtonStep;
        double cosH = Math.cos(h), sinH = Math.sin(h);
        double j11 = 0, j12 = 0, j21 = 0, j22 = 0;
        boolean haveJ = false;
        for (int it = 0; it < maxIterations; it++) {
            res(t, p, x);
            double r1 = r[0], r2 = r[1];
            if (!Double.isFinite(r1) || !Double.isFinite(r2)) {
                return false;
            }
            if (r1 * r1 + r2 * r2 < tolerance * tolerance) {
                if (haveJ) {
                    // free chord polish with the last Jacobian (no extra evaluation)
                    double det = j11 * j22 - j12 * j21;
                    if (det != 0) {
                        t -= (r1 * j22 - r2 * j12) / det;
                        p -= (j11 * r2 - j21 * r1) / det;
                    }
                }
                ang[0] = t;
                ang[1] = p;
                return true;
            }
            iterationCount++;
            // perturbed sines/cosines by angle addition: one set of trig calls per iteration
            double st = Math.sin(t), ct = Math.cos(t), sp = Math.sin(p), cp = Math.cos(p);
            double ch = cosH, sh = sinH;
            jacobianResiduals(st, ct, sp, cp, x, ch, sh);
            final double[] q = jr;
            j11 = (q[0] - q[2]) / (2 * h);
            j21 = (q[1] - q[3]) / (2 * h);
            j12 = (q[4] - q[6]) / (2 * h);
            j22 = (q[5] - q[7]) / (2 * h);
            haveJ = true;
            double det = j11 * j22 - j12 * j21;
            if (det == 0 || !Double.isFinite(det)) {
                return false;
            }
            double dt_ = -(r1 * j22 - r2 * j12) / det;
            double dp = -(j11 * r2 - j21 * r1) / det;
            double norm = Math.sqrt(dt_ * dt_ + dp * dp);
            if (norm > stepCap) {
                dt_ *= stepCap / norm;
                dp *= stepCap / norm;
            }
            t += dt_;
            p += dp;
        }
        ang[0] = t;
        ang[1] = p;
        return false;
    }

    /** (dtheta/dt, dphi/dt) of the LL form at the state with the given sines and cosines. */
    private void angularRates(double st, double ct, double sp, double cp, double x, double[] out2) {
        m.rhs(st * cp, st * sp, ct, x, vGuess, rhs);
        vGuess = rhs[3];
        out2[0] = rhs[0] * ct * cp + rhs[1] * ct * sp - rhs[2] * st;
        out2[1] = (-rhs[0] * sp + rhs[1] * cp) / st;
    }

    private final double[] ea = new double[2], eb = new double[2], eig = new double[4];

    /**
     * Eigenvalues of the linearised LL dynamics at (theta, phi): {re1, im1, re2, im2} in 1/s
     * (the FMR frequency is |im| / 2 pi). The returned array is reused by the next call.
     */
    public double[] eigenvalues(double x, double t, double p) {
        double h = stabilityStep;
        double ch = Math.cos(h), sh = Math.sin(h);
        double st = Math.sin(t), ct = Math.cos(t), sp = Math.sin(p), cp = Math.cos(p);
        double[] a = ea, b = eb;
        angularRates(st * ch + ct * sh, ct * ch - st * sh, sp, cp, x, a);
        angularRates(st * ch - ct * sh, ct * ch + st * sh, sp, cp, x, b);
        double j11 = (a[0] - b[0]) / (2 * h), j21 = (a[1] - b[1]) / (2 * h);
        angularRates(st, ct, sp * ch + cp * sh, cp * ch - sp * sh, x, a);
        angularRates(st, ct, sp * ch - cp * sh, cp * ch + sp * sh, x, b);
        double j12 = (a[0] - b[0]) / (2 * h), j22 = (a[1] - b[1]) / (2 * h);
        double tr = j11 + j22, det = j11 * j22 - j12 * j21;
        double disc = tr * tr / 4 - det;
        double[] e = eig;
        if (disc >= 0) {
            double s = Math.sqrt(disc);
            e[0] = tr / 2 + s;
            e[1] = 0;
            e[2] = tr / 2 - s;
            e[3] = 0;
        } else {
            double s = Math.sqrt(-disc);
            e[0] = tr / 2;
            e[1] = s;
            e[2] = tr / 2;
            e[3] = -s;
        }
        return e;
    }

    /** Both eigenvalues have negative real part. */
    public boolean isStable(double x, double t, double p) {
        double[] e = eigenvalues(x, t, p);
        return e[0] < 0 && e[2] < 0;
    }

    /** One RK4 step of the LL equation with renormalisation; m is updated in place (length 3). */
    public void rk4Step(double[] mv, double x, double h) {
        double[] k1 = new double[4], k2 = new double[4], k3 = new double[4], k4 = new double[4];
        rk4Step(mv, x, h, k1, k2, k3, k4);
    }

    private void rk4Step(double[] mv, double x, double h, double[] k1, double[] k2, double[] k3, double[] k4) {
        double mx = mv[0], my = mv[1], mz = mv[2];
        m.rhs(mx, my, mz, x, vGuess, k1);
        vGuess = k1[3];
        m.rhs(mx + 0.5 * h * k1[0], my + 0.5 * h * k1[1], mz + 0.5 * h * k1[2], x, vGuess, k2);
        m.rhs(mx + 0.5 * h * k2[0], my + 0.5 * h * k2[1], mz + 0.5 * h * k2[2], x, vGuess, k3);
        m.rhs(mx + h * k3[0], my + h * k3[1], mz + h * k3[2], x, vGuess, k4);
        mx += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
        my += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        mz += h / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]);
        double inv = 1 / Math.sqrt(mx * mx + my * my + mz * mz);
        mv[0] = mx * inv;
        mv[1] = my * inv;
        mv[2] = mz * inv;
    }

    /**
     * True dynamics from (theta, phi): RK4 for {@link #duration}. Returns {mx, my, mz, mean V over
     * V over the last window, spread of m over the last window}, or null if it blew up.
     */
    public double[] dynamics(double x, double t, double p) {
        double[] mv = {Math.sin(t) * Math.cos(p), Math.sin(t) * Math.sin(p), Math.cos(t)};
        double[] k1 = new double[4], k2 = new double[4], k3 = new double[4], k4 = new double[4];
        int steps = (int) Math.round(duration / dt);
        int start = steps - (int) Math.round(window / dt);
        double[] mn = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] mxv = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double vSum = 0;
        int vN = 0;
        for (int s = 0; s < steps; s++) {
            rk4Step(mv, x, dt, k1, k2, k3, k4);
            if (!Double.isFinite(mv[0] + mv[1] + mv[2])) {
                return null;
            }
            if (s >= start) {
                for (int c = 0; c < 3; c++) {
                    mn[c] = Math.min(mn[c], mv[c]);
                    mxv[c] = Math.max(mxv[c], mv[c]);
                }
                double v = m.voltage(mv[0] * m.px + mv[1] * m.py, m.junctionCurrent(x), vGuess);
                vGuess = v;
                vSum += v;
                vN++;
            }
        }
        double spread = Math.max(mxv[0] - mn[0], Math.max(mxv[1] - mn[1], mxv[2] - mn[2]));
        return new double[] {mv[0], mv[1], mv[2], vSum / vN, spread};
    }

    /**
     * Read-noise standard deviation (docs/PHYSICS.md C) of the output at a static point: shot+Johnson
     * (unified), amplifier, 1/f (lumped, L = flickerL) and magnetic (thermal angle fluctuation with
     * the in-plane stiffness B1 = |d r_phi / d phi|), summed in quadrature.
     *
     * @return {total, shotJohnson, amplifier, flicker, magnetic}
     */
    public double[] noiseBudget(double x, double t, double p) {
        MacrospinParameters q = m.params;
        // one set of trig calls: c = m.p, dc/dphi and the phi +- h residuals by angle addition
        boolean cached = fastTables && t == cT && p == cP;
        double st = cached ? cSt : Math.sin(t), ct = cached ? cCt : Math.cos(t);
        double sp = cached ? cSp : Math.sin(p), cp = cached ? cCp : Math.cos(p);
        double c = st * (cp * m.px + sp * m.py);
        double i = m.junctionCurrent(x);
        double v = m.voltage(c, i, vGuess);
        double df = noiseDf;
        // conductance, differential resistance and dV/dc share G_AP(V) and G + V dG/dV (the same values as
        // m.conductance, m.differentialResistance and m.dVoltageDc)
        double gap = m.gAP(v);
        double g = 0.5 * (m.gP * (1 + c) + gap * (1 - c));
        double den = g + v * m.dConductanceDV(c, v);
        double rd = 1 / den;
        double kT = q.kBT();
        double u = E_CHARGE * Math.abs(v) / (2 * kT);
        // S_I = 2 e I F coth(eV/2kT) = 2 e G |V| F coth(u) -> 4 kT G F as V -> 0
        double sI = u < 1e-8 ? 4 * kT * g * q.fanoF() : 2 * E_CHARGE * g * Math.abs(v) * q.fanoF() / Math.tanh(u);
        double shot = rd * Math.sqrt(sI * df);
        double amp = noiseAmp;
        double flick = Math.abs(v) * noiseFlickRoot;
        // magnetic: delta phi = B_n / B1, delta V = |dV/dphi| delta phi
        double bn = noiseBn;
        double h = 1e-5;
        resTrig(st, ct, sp * NOISE_COS_H + cp * NOISE_SIN_H, cp * NOISE_COS_H - sp * NOISE_SIN_H, x);
        double a2 = r[1];
        resTrig(st, ct, sp * NOISE_COS_H - cp * NOISE_SIN_H, cp * NOISE_COS_H + sp * NOISE_SIN_H, x);
        double b1 = Math.abs((a2 - r[1]) / (2 * h));
        double dVdphi = i == 0 ? 0 : -(0.5 * (m.gP - gap)) * v / den * (st * (-sp * m.px + cp * m.py));
        double mag = b1 > 0 ? Math.abs(dVdphi) * bn / b1 : 0;
        double total = Math.sqrt(shot * shot + amp * amp + flick * flick + mag * mag);
        return new double[] {total, shot, amp, flick, mag};
    }

    private static final double NOISE_COS_H = Math.cos(1e-5), NOISE_SIN_H = Math.sin(1e-5);
    private static final double NEWTON_COS_H = Math.cos(1e-7), NEWTON_SIN_H = Math.sin(1e-7);

    /** The table sigma: {@link #noiseBudget} total. */
    public double noiseSigma(double x, double t, double p) {
        return noiseBudget(x, t, p)[0];
    }


    /**
     * Exact derivative d(output)/dx at a static point by the implicit-function theorem:
     * d(angles)/dx = -J^-1 dr/dx (J and dr/dx by central differences), then the chain rule through
     * the junction voltage at fixed current.
     */
    public double outputDerivative(double x, double t, double p) {
        double h = newtonStep;
        res(t + h, p, x);
        double a1 = r[0], a2 = r[1];
        res(t - h, p, x);
        double j11 = (a1 - r[0]) / (2 * h), j21 = (a2 - r[1]) / (2 * h);
        res(t, p + h, x);
        a1 = r[0];
        a2 = r[1];
        res(t, p - h, x);
        double j12 = (a1 - r[0]) / (2 * h), j22 = (a2 - r[1]) / (2 * h);
        double range = Math.abs(m.params.xMax() - m.params.xMin());
        double hx = 1e-6 * (range > 0 ? range : 1);
        res(t, p, x + hx);
        a1 = r[0];
        a2 = r[1];
        res(t, p, x - hx);
        double rx1 = (a1 - r[0]) / (2 * hx), rx2 = (a2 - r[1]) / (2 * hx);
        double det = j11 * j22 - j12 * j21;
        double dt_ = -(rx1 * j22 - rx2 * j12) / det;
        double dp = -(j11 * rx2 - j21 * rx1) / det;
        double c = m.cosToP(t, p);
        double i = m.junctionCurrent(x);
        double v = m.voltage(c, i, vGuess);
        double st = Math.sin(t), ct = Math.cos(t), sp = Math.sin(p), cp = Math.cos(p);
        double dc = ct * (cp * m.px + sp * m.py) * dt_ + st * (-sp * m.px + cp * m.py) * dp;
        double dv = i == 0 ? 0 : m.dVoltageDc(c, v) * dc;
        double dvdi = m.differentialResistance(c, v);
        dv += dvdi * m.gj;
        return m.outputMode == 1 ? dv - m.gj / m.gP : dv;
    }
}
