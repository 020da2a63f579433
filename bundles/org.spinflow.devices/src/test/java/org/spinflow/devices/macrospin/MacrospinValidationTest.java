package org.spinflow.devices.macrospin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.TransferCurves;

/** docs/PHYSICS.md section E, rows E1-E6 and E8 (model A). */
class MacrospinValidationTest {

    static final double BK = 5e-3;

    static MacrospinParameters params(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return MacrospinParameters.DEFAULTS.with(m);
    }

    /** Field-line input along +p, no junction current: x = field in tesla (muKappa 1 T/A). */
    static MacrospinParameters swField(double hb) {
        return params("Ij0", 0, "gj", 0, "IL0", 0, "gL", 1, "muKappa", 1, "beta", 0, "Bb", hb * BK, "psi", Math.PI / 2);
    }

    static double[] solve(SteadyState s, double x, double[] guess) {
        double[] ang = guess.clone();
        assertTrue(s.newton(x, ang));
        return ang;
    }

    static double mx(double[] a) {
        return Math.sin(a[0]) * Math.cos(a[1]);
    }

    @Test
    void e1HardAxisStonerWohlfarth() {
        SteadyState s = new SteadyState(new Macrospin(swField(0)));
        double maxErr = 0, maxMz = 0;
        for (double h = 0.1; h < 0.995; h += 0.01) {
            double[] a = new double[2];
            s.gridMinimum(h * BK, a);
            a = solve(s, h * BK, a);
            maxErr = Math.max(maxErr, Math.abs(mx(a) - h));
            maxMz = Math.max(maxMz, Math.abs(Math.cos(a[0])));
        }
        assertTrue(maxErr < 5e-13, "m.p - h = " + maxErr);
        assertTrue(maxMz < 1.1e-8, "m_z = " + maxMz);
    }

    static double swU(double hb, double h) {
        double lo = -1 + 1e-16, hi = 1 - 1e-16;
        for (int i = 0; i < 200; i++) {
            double u = 0.5 * (lo + hi);
            double f = u + hb * u / Math.sqrt(1 - u * u) - h;
            if (f > 0) {
                hi = u;
            } else {
                lo = u;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void e1bEasyAxisBias() {
        double[] bound = {1e-10, 1e-11, 1e-10};
        double[] hbs = {0.5, 1, 2};
        for (int k = 0; k < 3; k++) {
            double hb = hbs[k];
            SteadyState s = new SteadyState(new Macrospin(swField(hb)));
            double[] xs = new double[121];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (-3 + 6.0 * i / 120) * BK;
            }
            SteadyState.Curve c = s.sweep(xs);
            double max = 0;
            for (int i = 0; i < xs.length; i++) {
                assertEquals(0, c.flag()[i]);
                double u = Math.sin(c.theta()[i]) * Math.cos(c.phi()[i]);
                max = Math.max(max, Math.abs(u - swU(hb, xs[i] / BK)));
            }
            assertTrue(max < bound[k], "h_b = " + hb + ": max error " + max);
        }
        SteadyState s1 = new SteadyState(new Macrospin(swField(1)));
        double[] ref1 = {0.246096, 0.468990, 0.774730, 0.902650};
        double[] h1 = {0.5, 1, 2, 3};
        for (int i = 0; i < 4; i++) {
            double[] a = new double[2];
            s1.gridMinimum(h1[i] * BK, a);
            assertEquals(ref1[i], mx(solve(s1, h1[i] * BK, a)), 5e-7);
        }
        SteadyState s05 = new SteadyState(new Macrospin(swField(0.5)));
        double[] ref05 = {0.326993, 0.612536, 0.909068};
        for (int i = 0; i < 3; i++) {
            double[] a = new double[2];
            s05.gridMinimum(h1[i] * BK, a);
            assertEquals(ref05[i], mx(solve(s05, h1[i] * BK, a)), 5e-7);
        }
    }

    @Test
    void e1cSlopeAtZero() {
        for (double hb : new double[] {0.5, 1, 2}) {
            SteadyState s = new SteadyState(new Macrospin(swField(hb)));
            // Richardson-extrapolated central difference of m_x(h) at h = 0 (error O(d^4))
            double d = 2e-3;
            double d1 = central(s, d), d2 = central(s, d / 2);
            double slope = (4 * d2 - d1) / 3;
            assertEquals(1 / (1 + hb), slope, 5e-9, "h_b = " + hb);
        }
    }

    private static double central(SteadyState s, double dh) {
        double[] a = {Math.PI / 2, Math.PI / 2};
        double up = mx(solve(s, dh * BK, a));
        double dn = mx(solve(s, -dh * BK, a));
        return (up - dn) / (2 * dh);
    }

    private static double energyDrift(double alpha, double dt, boolean checkMonotone) {
        MacrospinParameters p = params("alpha", alpha, "Ij0", 0, "gL", 0, "Bb", 2.5e-3, "psi", Math.toRadians(60));
        Macrospin m = new Macrospin(p);
        SteadyState s = new SteadyState(m);
        double[] mv = {0.5, 0.8, 0.05};
        double n = Math.sqrt(mv[0] * mv[0] + mv[1] * mv[1] + mv[2] * mv[2]);
        for (int i = 0; i < 3; i++) {
            mv[i] /= n;
        }
        double e0 = m.energy(mv[0], mv[1], mv[2], 0);
        double prev = e0;
        int steps = (int) Math.round(5e-9 / dt);
        for (int k = 0; k < steps; k++) {
            s.rk4Step(mv, 0, dt);
            double e = m.energy(mv[0], mv[1], mv[2], 0);
            if (checkMonotone) {
                assertTrue(e <= prev + 1e-15, "energy increased at step " + k);
            }
            prev = e;
        }
        return Math.abs(prev - e0) / Math.abs(e0);
    }

    @Test
    void e2EnergyConservation() {
        double d04 = energyDrift(0, 0.4e-12, false);
        double d02 = energyDrift(0, 0.2e-12, false);
        double d01 = energyDrift(0, 0.1e-12, false);
        assertTrue(d04 < 1e-11, "dt 0.4 ps drift " + d04);
        assertTrue(d02 < 1e-12, "dt 0.2 ps drift " + d02);
        assertTrue(d01 < 1e-12, "dt 0.1 ps drift " + d01);
        energyDrift(0.01, 1e-12, true);
    }

    @Test
    void e3FmrMatchesKittel() {
        double[] ref = {1.7779838e9, 2.5222456e9};
        double[] hbs = {0, 1};
        for (int k = 0; k < 2; k++) {
            MacrospinParameters p = params("alpha", 0, "Ij0", 0, "gL", 0, "Bb", hbs[k] * BK, "psi", Math.PI / 2);
            SteadyState s = new SteadyState(new Macrospin(p));
            double[] a = {Math.PI / 2, Math.PI / 2};
            a = solve(s, 0, a);
            double f = Math.abs(s.eigenvalues(0, a[0], a[1])[1]) / (2 * Math.PI);
            double b1 = BK * (1 + hbs[k]);
            double kittel = MacrospinParameters.GAMMA / (2 * Math.PI) * Math.sqrt(b1 * (b1 + 0.8));
            assertEquals(kittel, f, 1e-10 * kittel, "h_b = " + hbs[k]);
            assertEquals(ref[k], f, 1e-7 * ref[k]);
        }
    }

    /** Threshold current of the collinear state (phi0 = 0 for P, pi for AP) by bisection on stability. */
    private static double threshold(double xi, double phi0, double iStable, double iUnstable) {
        MacrospinParameters p = params("ekAngle", -Math.PI / 2, "Bb", 0, "Ij0", 0, "gj", 1, "gL", 0, "xiFL", xi);
        SteadyState s = new SteadyState(new Macrospin(p));
        double a = iStable, b = iUnstable;
        assertTrue(s.isStable(a, Math.PI / 2, phi0));
        assertTrue(!s.isStable(b, Math.PI / 2, phi0));
        for (int i = 0; i < 60; i++) {
            double c = 0.5 * (a + b);
            double[] ang = {Math.PI / 2, phi0};
            assertTrue(s.newton(c, ang));
            if (s.isStable(c, ang[0], ang[1])) {
                a = c;
            } else {
                b = c;
            }
        }
        return 0.5 * (a + b);
    }

    @Test
    void e4CriticalCurrents() {
        Macrospin m = new Macrospin(MacrospinParameters.DEFAULTS);
        double icP = threshold(0, 0, 0, -1e-3);
        double icAP = threshold(0, Math.PI, 0, 1e-3);
        double vc = 0.01 * (BK + 0.4) / m.aJperV;
        assertEquals(-vc * m.gP, icP, 1e-6 * vc * m.gP);
        assertEquals(m.gAP(vc) * vc, icAP, 1e-6 * m.gAP(vc) * vc);
        assertEquals(0.26854, vc, 1e-5);
        assertEquals(-0.63273e-3, icP, 2e-8);
        assertEquals(0.29237e-3, icAP, 2e-8);
        assertEquals(-0.6336e-3, threshold(0.25, 0, 0, -1e-3), 1e-7);
        assertEquals(0.2919e-3, threshold(0.25, Math.PI, 0, 1e-3), 1e-7);
    }

    @Test
    void e5ParallelAndAntiparallelExtremes() {
        // {I_read, psi, expected V, half unit of the last published digit}
        double[][] cases = {{100e-6, 0, 42.4413e-3, 0.5e-7}, {300e-6, 0, 127.324e-3, 0.5e-6},
            {100e-6, Math.PI, 103.4881e-3, 0.5e-7}, {300e-6, Math.PI, 274.1618e-3, 0.5e-7}};
        for (double[] c : cases) {
            MacrospinParameters p = params("Bb", 20 * BK, "psi", c[1], "Ij0", c[0], "gL", 0);
            Macrospin m = new Macrospin(p);
            SteadyState s = new SteadyState(m);
            SteadyState.Curve curve = s.sweep(new double[] {0});
            assertEquals(0, curve.flag()[0]);
            assertEquals(c[2], curve.voltage()[0], c[3]);
            if (c[1] == 0) {
                assertEquals(c[0] / m.gP, curve.voltage()[0], 1e-15);
            } else {
                double v = curve.voltage()[0];
                double rhs = c[0] / m.gP * (1 + 1.5 / (1 + v * v / 0.25));
                assertEquals(rhs, v, 1e-14);
            }
        }
    }

    @Test
    void e6Symmetries() {
        // J-mode, crossed, in-plane bias: V(-I) = -V(I), m_z odd, m_x even
        MacrospinParameters j = params("Ij0", 0, "gj", 1, "gL", 0, "Bb", 2 * BK, "psi", Math.PI / 2);
        double[] xs = new double[81];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -0.6e-3 + 1.2e-3 * i / 80;
        }
        SteadyState.Curve c = new SteadyState(new Macrospin(j)).sweep(xs);
        for (int i = 0; i < xs.length; i++) {
            int k = xs.length - 1 - i;
            assertEquals(-c.voltage()[k], c.voltage()[i], 1e-13);
            assertEquals(-Math.cos(c.theta()[k]), Math.cos(c.theta()[i]), 1e-12);
            assertEquals(mx(new double[] {c.theta()[k], c.phi()[k]}), mx(new double[] {c.theta()[i], c.phi()[i]}), 1e-12);
        }
        // F-mode, read -> 0: m_x odd in B, G(B) + G(-B) = G_P + G_AP
        MacrospinParameters f0 = params("Ij0", 0);
        Macrospin m0 = new Macrospin(f0);
        double[] fx = new double[101];
        for (int i = 0; i < fx.length; i++) {
            fx[i] = -8e-3 + 16e-3 * i / 100;
        }
        SteadyState.Curve cf = new SteadyState(m0).sweep(fx);
        for (int i = 0; i < fx.length; i++) {
            int k = fx.length - 1 - i;
            double ci = m0.cosToP(cf.theta()[i], cf.phi()[i]), ck = m0.cosToP(cf.theta()[k], cf.phi()[k]);
            assertEquals(-ck, ci, 2e-11);
            assertEquals(m0.gP + m0.gAP0, m0.conductance(ci, 0) + m0.conductance(ck, 0), 7e-12 * m0.gP);
        }
        // F-mode: R(+I_read) = R(-I_read)
        for (double ir : new double[] {100e-6, 300e-6}) {
            SteadyState.Curve plus = new SteadyState(new Macrospin(params("Ij0", ir))).sweep(fx);
            SteadyState.Curve minus = new SteadyState(new Macrospin(params("Ij0", -ir))).sweep(fx);
            for (int i = 0; i < fx.length; i++) {
                double rp = plus.voltage()[i] / ir, rm = minus.voltage()[i] / -ir;
                assertEquals(rp, rm, 1e-13 * rp);
            }
        }
    }

    @Test
    void e8DefaultNeuron() {
        TransferCurves.Curve c = TransferCurves.nominal("mtj-f-default", -8e-3, 8e-3, 201);
        assertEquals(43.081664397e-3, c.y()[0], 1e-12);
        assertEquals(60.409327732e-3, c.y()[100], 1e-12);
        assertEquals(100.031485619e-3, c.y()[200], 1e-12);
        for (int f : c.flag()) {
            assertEquals(0, f);
        }
        // section D derivatives of the default neuron (V/A)
        assertEquals(6.366, c.dydx()[100], 0.5e-3);
        assertEquals(7.974, c.dydx()[125], 0.5e-3);
        assertEquals(5.514, c.dydx()[150], 0.5e-3);
        assertEquals(2.355, c.dydx()[175], 0.5e-3);
        // exact derivative against a central difference of the solved curve
        double fd = (c.y()[101] - c.y()[99]) / (c.x()[101] - c.x()[99]);
        assertEquals(fd, c.dydx()[100], 1e-3 * fd);
    }

    @Test
    void hysteresisDetectsCollinearLoop() {
        MacrospinParameters p = params("ekAngle", -Math.PI / 2, "Bb", 0, "Ij0", 0, "gj", 1, "gL", 0,
                "xMin", -1e-3, "xMax", 1e-3, "dynamicsFallback", 1);
        double[] xs = new double[21];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -1e-3 + 2e-3 * i / 20;
        }
        SteadyState.Hysteresis h = new SteadyState(new Macrospin(p)).hysteresis(xs);
        int bistable = 0;
        for (boolean b : h.bistable()) {
            bistable += b ? 1 : 0;
        }
        assertTrue(bistable > 0, "no bistable point in the collinear loop");
        // near zero current both P (from one side) and AP (from the other) exist: docs/PHYSICS.md A.6 loop
        assertTrue(h.bistable()[9] && h.bistable()[11]);
        assertTrue(!h.bistable()[0] && !h.bistable()[20]);
        int folds = 0;
        for (int i = 0; i < xs.length; i++) {
            folds += (h.up().flag()[i] != 0 ? 1 : 0) + (h.down().flag()[i] != 0 ? 1 : 0);
        }
        assertTrue(folds > 0, "no jump or precession point flagged in the loop");
    }
}
