package org.spinflow.devices.macrospin;

import static org.spinflow.devices.macrospin.MacrospinParameters.GAMMA;
import static org.spinflow.devices.macrospin.MacrospinParameters.HBAR_2E;

/**
 * One macrospin MTJ (model A) with fixed parameters: energy, fields, torques and transport of
 * docs/PHYSICS.md A.2, the explicit Landau-Lifshitz form of A.3, the static residual of A.4.
 * Immutable and thread-safe; every method is allocation-free apart from the caller's arrays.
 *
 * <p>Frame: p (reference layer) in-plane at angle pAngle from x, easy axis e_k = (-sin ekAngle,
 * cos ekAngle, 0), film normal n = z. Magnetisation m = (sin t cos f, sin t sin f, cos t).
 */
public final class Macrospin {

    public final MacrospinParameters params;
    /** Derived constants (A.5 "derived"). */
    public final double gP, gAP0, polarization, g0bar, aJperV, bJperV2, area, volume;
    final double px, py, ekx, eky, eLx, eLy, bx0, by0, bk, muMeff, alpha, tmr0, invVh2, muKappa;
    final double ij0, gj, il0, gl;
    final int outputMode;

    public Macrospin(MacrospinParameters p) {
        this.params = p;
        area = p.area();
        volume = p.volume();
        gP = area / p.RA();
        tmr0 = p.TMR0();
        gAP0 = gP / (1 + tmr0);
        polarization = Math.sqrt(tmr0 / (2 + tmr0));
        g0bar = 0.5 * (gP + gAP0);
        aJperV = HBAR_2E * polarization * g0bar / (p.Ms() * volume);
        bJperV2 = p.xiFL() * aJperV / p.VFL();
        px = Math.cos(p.pAngle());
        py = Math.sin(p.pAngle());
        ekx = -Math.sin(p.ekAngle());
        eky = Math.cos(p.ekAngle());
        eLx = Math.cos(p.beta());
        eLy = Math.sin(p.beta());
        bx0 = p.Bb() * Math.cos(p.psi()) + p.Boffx();
        by0 = p.Bb() * Math.sin(p.psi()) + p.Boffy();
        bk = p.Bk();
        muMeff = p.muMeff();
        alpha = p.alpha();
        invVh2 = 1.0 / (p.Vh() * p.Vh());
        muKappa = p.muKappa();
        ij0 = p.Ij0();
        gj = p.gj();
        il0 = p.IL0();
        gl = p.gL();
        outputMode = (int) Math.round(p.outputMode());
        gAPZeroBias = gAP(0);
    }

    /** G_AP(0) as {@link #gAP} computes it (the zero-bias conductance that {@link #voltage} brackets with). */
    private final double gAPZeroBias;

    /** Junction current at drive x. */
    public double junctionCurrent(double x) {
        return ij0 + gj * x;
    }

    /** Field-line current at drive x. */
    public double lineCurrent(double x) {
        return il0 + gl * x;
    }

    /** R_P. */
    public double rP() {
        return 1 / gP;
    }

    /** G_AP(V) = G_P / (1 + TMR(V)). */
    public double gAP(double v) {
        double s = 1 + v * v * invVh2;
        return gP * s / (s + tmr0);
    }

    /** G(c, V) with c = cos(theta) = m.p. */
    public double conductance(double c, double v) {
        return 0.5 * (gP * (1 + c) + gAP(v) * (1 - c));
    }

    /** dG/dV at fixed m. */
    public double dConductanceDV(double c, double v) {
        double s = 1 + v * v * invVh2;
        double d = s + tmr0;
        return 0.5 * (1 - c) * gP * tmr0 / (d * d) * 2 * v * invVh2;
    }

    /** Current drive: the unique V with G(c,V) V = I (safeguarded Newton in [I/G_P, I/G(c,0)]). */
    public double voltage(double c, double current, double guess) {
        if (current == 0) {
            return 0;
        }
        double lo = current / gP;
        double hi = current / (0.5 * (gP * (1 + c) + gAPZeroBias * (1 - c))); // current / conductance(c, 0)
        if (lo > hi) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        double v = guess;
        if (!(v >= lo && v <= hi)) {
            v = hi;
        }
        double gp = gP, t0 = tmr0, k = invVh2, oneMinusC = 1 - c, pOnePlusC = gp * (1 + c);
        for (int it = 0; it < 60; it++) {
            double s = 1 + v * v * k;
            double invd = 1 / (s + t0);
            double g = 0.5 * (pOnePlusC + gp * s * invd * oneMinusC);
            double f = g * v - current;
            if (f == 0) {
                return v;
            }
            double fp = g + oneMinusC * gp * t0 * invd * invd * v * v * k;
            if (f > 0) {
                hi = Math.min(hi, v);
            } else {
                lo = Math.max(lo, v);
            }
            double nv = v - f / fp;
            if (!(nv >= lo && nv <= hi)) {
                nv = 0.5 * (lo + hi);
            } else if (Math.abs(nv - v) <= 1e-9 * Math.abs(v)) {
                // quadratic convergence: the remaining error is ~ (1e-9)^2, below rounding
                return nv;
            }
            v = nv;
        }
        return v;
    }

    /** dV/dc at fixed current (implicit differentiation of G(c,V) V = I). */
    public double dVoltageDc(double c, double v) {
        double dGdc = 0.5 * (gP - gAP(v));
        return -dGdc * v / (conductance(c, v) + v * dConductanceDV(c, v));
    }

    /** Differential resistance dV/dI at fixed m. */
    public double differentialResistance(double c, double v) {
        return 1 / (conductance(c, v) + v * dConductanceDV(c, v));
    }

    /** a_J(V) in tesla. */
    public double aJ(double v) {
        return aJperV * v;
    }

    /** b_J(V) in tesla (favours P for both polarities). */
    public double bJ(double v) {
        return bJperV2 * v * v;
    }

    /** Output at drive x for junction voltage v (mode 0: V, mode 1: bridge V - I R_P). */
    public double output(double x, double v) {
        return outputMode == 1 ? v - junctionCurrent(x) / gP : v;
    }

    /** x and y of B_ext at drive x (z = 0). */
    public double bextX(double x) {
        return bx0 + muKappa * lineCurrent(x) * eLx;
    }

    public double bextY(double x) {
        return by0 + muKappa * lineCurrent(x) * eLy;
    }

    /** Energy per (M_s V_F), in tesla, at drive x (STT-free). */
    public double energy(double mx, double my, double mz, double x) {
        double mk = mx * ekx + my * eky;
        return -(bextX(x) * mx + bextY(x) * my) - 0.5 * bk * mk * mk + 0.5 * muMeff * mz * mz;
    }

    /**
     * Static residuals r1 = B_tot.e_theta, r2 = B_tot.e_phi at (theta, phi), B_tot = B_eff + a_J m x p.
     *
     * @param vGuess guess of the junction voltage; the solved voltage is returned in out[2]
     */
    public void residual(double theta, double phi, double x, double vGuess, double[] out) {
        residualTrig(Math.sin(theta), Math.cos(theta), Math.sin(phi), Math.cos(phi), x, vGuess, out);
    }

    /** {@link #residual} with the sines and cosines of theta and phi given. */
    public void residualTrig(double st, double ct, double sp, double cp, double x, double vGuess, double[] out) {
        double mx = st * cp, my = st * sp, mz = ct;
        double c = mx * px + my * py;
        double v = voltage(c, junctionCurrent(x), vGuess);
        double aj = aJperV * v;
        double bj = bJperV2 * v * v;
        double mk = mx * ekx + my * eky;
        double bx = bextX(x) + bk * mk * ekx + bj * px - aj * mz * py;
        double by = bextY(x) + bk * mk * eky + bj * py + aj * mz * px;
        double bz = -muMeff * mz + aj * (mx * py - my * px);
        out[0] = bx * ct * cp + by * ct * sp - bz * st;
        out[1] = -bx * sp + by * cp;
        out[2] = v;
    }

    /**
     * Explicit LL right-hand side dm/dt (A.3) at m (need not be normalised); V recomputed from m.
     *
     * @param out receives dm/dt in out[0..2] and V in out[3]
     */
    public void rhs(double mx, double my, double mz, double x, double vGuess, double[] out) {
        double c = mx * px + my * py;
        double v = voltage(c, junctionCurrent(x), vGuess);
        rhsAt(mx, my, mz, x, v, out);
    }

    /** LL right-hand side with a given junction voltage. */
    public void rhsAt(double mx, double my, double mz, double x, double v, double[] out) {
        double aj = aJperV * v;
        double bj = bJperV2 * v * v;
        double mk = mx * ekx + my * eky;
        double bx = bextX(x) + bk * mk * ekx + bj * px;
        double by = bextY(x) + bk * mk * eky + bj * py;
        double bz = -muMeff * mz;
        // u = B_eff - alpha aJ p ; w = alpha B_eff + aJ p
        double ux = bx - alpha * aj * px, uy = by - alpha * aj * py, uz = bz;
        double wx = alpha * bx + aj * px, wy = alpha * by + aj * py, wz = alpha * bz;
        // m x u
        double ax = my * uz - mz * uy, ay = mz * ux - mx * uz, az = mx * uy - my * ux;
        // m x w, then m x (m x w)
        double cx = my * wz - mz * wy, cy = mz * wx - mx * wz, cz = mx * wy - my * wx;
        double dx = my * cz - mz * cy, dy = mz * cx - mx * cz, dz = mx * cy - my * cx;
        double k = -GAMMA / (1 + alpha * alpha);
        out[0] = k * (ax + dx);
        out[1] = k * (ay + dy);
        out[2] = k * (az + dz);
        out[3] = v;
    }

    /** c = m.p for in-plane-ish m given by angles. */
    public double cosToP(double theta, double phi) {
        double st = Math.sin(theta);
        return st * (Math.cos(phi) * px + Math.sin(phi) * py);
    }

    /** d(m.p)/d(phi). */
    double dcDphi(double theta, double phi) {
        double st = Math.sin(theta);
        return st * (-Math.sin(phi) * px + Math.cos(phi) * py);
    }

    /** |e_L . e_phi|, the projection of the input field on the in-plane angle direction. */
    double lineOnEphi(double phi) {
        return Math.abs(-Math.sin(phi) * eLx + Math.cos(phi) * eLy);
    }

    /** The reference-layer direction (x, y). */
    public double[] p() {
        return new double[] {px, py};
    }

    /** The easy axis (x, y). */
    public double[] ek() {
        return new double[] {ekx, eky};
    }
}
