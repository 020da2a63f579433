package org.spinflow.devices.superparamagnetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.noise.CounterRng;

/**
 * docs/PHYSICS.md B.1 and section E, rows E7c-E7f: model B carries its telegraph state between reads
 * (dwell times at the Neel-Brown rates, correlation of back-to-back and gapped reads against the exact
 * two-state covariance, state recorded between passes, runs independent of their order).
 */
class TelegraphStateTest {

    static final double IC = 1e-3;

    /** E7c: dwell times in P and AP and the P occupation against the analytic rates. */
    @Test
    void dwellTimesMatchTheRates() {
        Telegraph t = new Telegraph(10, 1e-9, 0, IC, IC);
        double x = 0.03 * IC;
        double window = 20 * t.correlationTime(x);
        long[] ctr = {CounterRng.splitmix64(11)};
        int[] state = {SuperparamagneticDevice.UNKNOWN};
        double[] stats = new double[4];
        for (int w = 0; w < 4000; w++) {
            SuperparamagneticDevice.simulateWindow(t, x, window, state, ctr, stats);
        }
        // about 18 000 exits each: standard error of a mean dwell about 0.75 %
        assertTrue(stats[0] > 15000 && stats[1] > 15000, "exits " + stats[0] + ", " + stats[1]);
        double dwellP = stats[2] / stats[0], dwellAP = stats[3] / stats[1];
        assertEquals(1 / t.rateToAP(x), dwellP, 0.03 / t.rateToAP(x));
        assertEquals(1 / t.rateToP(x), dwellAP, 0.03 / t.rateToP(x));
        assertEquals(t.probabilityP(x), stats[2] / (stats[2] + stats[3]), 0.01);
        // switching rate 2 p (1 - p) / tau_c
        double rate = (stats[0] + stats[1]) / (stats[2] + stats[3]);
        double p = t.probabilityP(x);
        assertEquals(2 * p * (1 - p) / t.correlationTime(x), rate, 0.03 * rate);
    }

    /** Correlation of f_P in two windows of length T with a gap g: (tau/T)^2 (1 - e^(-T/tau))^2 e^(-g/tau) p(1-p) / Var. */
    static double exactCorrelation(Telegraph t, double x, double window, double gap) {
        double p = t.probabilityP(x), tau = t.correlationTime(x), r = tau / window;
        double cov = p * (1 - p) * r * r * Math.pow(-Math.expm1(-1 / r), 2) * Math.exp(-gap / tau);
        return cov / t.varianceFraction(x, window);
    }

    static double correlation(float[] a, float[] b) {
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            sa += a[i];
            sb += b[i];
            saa += a[i] * (double) a[i];
            sbb += b[i] * (double) b[i];
            sab += a[i] * (double) b[i];
        }
        double ma = sa / n, mb = sb / n;
        return (sab / n - ma * mb) / Math.sqrt((saa / n - ma * ma) * (sbb / n - mb * mb));
    }

    /**
     * E7d: a forward read and the reads after it (back to back, and after an idle slot) see the state
     * the previous read left: their correlation matches the exact two-state value (0.54 back to back at
     * T = tau_c, e^-1 of that after one idle window); independent reads would give 0.
     */
    @Test
    void consecutiveReadsCarryTheState() {
        Telegraph t = new Telegraph(10, 1e-9, 0, IC, IC);
        double window = t.correlationTime(0);
        SuperparamagneticDevice d = new SuperparamagneticDevice("mtj-superparamagnetic", new Telegraph[] {t}, t,
                window, -IC, IC, 0, true);
        int n = 20000;
        float[] drive = new float[n];
        float[][] out = {new float[n], new float[n], null, new float[n]};
        // slots: read, read, idle, read; samples 1000 correlation times apart (independent)
        d.readRun(drive, 0, n, new float[] {0f, 0f, Float.NaN, 0f}, out, 5, 0, 1000 * window, null);
        double c01 = correlation(out[0], out[1]), c13 = correlation(out[1], out[3]), c03 = correlation(out[0], out[3]);
        // standard error of a correlation from 20 000 pairs: about 0.006
        assertEquals(exactCorrelation(t, 0, window, 0), c01, 0.03);
        assertEquals(exactCorrelation(t, 0, window, window), c13, 0.03);
        assertEquals(exactCorrelation(t, 0, window, 2 * window), c03, 0.03);
        assertTrue(c01 > 0.5 && c13 < 0.25, c01 + " " + c13);
        // samples far apart are independent
        float[] next = java.util.Arrays.copyOfRange(out[0], 1, n), prev = java.util.Arrays.copyOf(out[3], n - 1);
        assertEquals(0, correlation(prev, next), 0.03);
    }

    /** E7e: a run starts from the state carry() recorded, evolved over the idle gap. */
    @Test
    void runStartsFromTheRecordedState() {
        // Delta = 20: tau_c(0) = 0.24 s, a 1 us read does not switch
        int n = 200;
        Telegraph t = new Telegraph(20, 1e-9, 0, IC, IC);
        Telegraph[] devs = new Telegraph[n];
        java.util.Arrays.fill(devs, t);
        SuperparamagneticDevice d = new SuperparamagneticDevice("mtj-superparamagnetic", devs, t, 1e-6, -IC, IC, 0,
                true);
        byte[] state = new byte[n];
        for (int j = 0; j < n; j++) {
            state[j] = j % 2 == 0 ? SuperparamagneticDevice.P : SuperparamagneticDevice.AP;
        }
        d.carry(state, 1.0);
        float[] drive = new float[n];
        float[] y = new float[n];
        byte[] end = new byte[n];
        double tEnd = d.readRun(drive, 0, 1, new float[] {0f}, new float[][] {y}, 3, 1.0, 3e-6, end);
        assertEquals(1.0 + 1e-6, tEnd, 1e-12);
        int kept = 0;
        for (int j = 0; j < n; j++) {
            kept += y[j] == (j % 2 == 0 ? 1f : -1f) && end[j] == state[j] ? 1 : 0;
        }
        assertTrue(kept >= n - 2, "kept " + kept);
        // 100 correlation times later the record is forgotten: about half of the devices in P
        d.readRun(drive, 0, 1, new float[] {0f}, new float[][] {y}, 3, 1.0 + 100 * t.correlationTime(0), 3e-6, end);
        int agree = 0, inP = 0;
        for (int j = 0; j < n; j++) {
            agree += end[j] == state[j] ? 1 : 0;
            inP += end[j] == SuperparamagneticDevice.P ? 1 : 0;
        }
        assertEquals(n / 2.0, agree, 4 * Math.sqrt(n / 4.0));
        assertEquals(n / 2.0, inP, 4 * Math.sqrt(n / 4.0));
        d.resetState();
        assertEquals(SuperparamagneticDevice.UNKNOWN, d.carriedState(0));
    }

    /** E7f: runs of one pass depend only on their drives, key and the recorded state, not on their order. */
    @Test
    void runsDoNotDependOnTheirOrder() {
        Telegraph t = new Telegraph(10, 1e-9, 0, IC, IC);
        Telegraph[] devs = {t, new Telegraph(9, 1e-9, 0, IC, IC), new Telegraph(11, 1e-9, 0, IC, IC)};
        float[] drive = new float[3 * 16];
        for (int k = 0; k < drive.length; k++) {
            drive[k] = (float) ((k % 7 - 3) * 0.02 * IC);
        }
        float[] shifts = {0f, 0.01e-3f, -0.01e-3f};
        float[][][] results = new float[2][][];
        for (int order = 0; order < 2; order++) {
            SuperparamagneticDevice d = new SuperparamagneticDevice("mtj-superparamagnetic", devs, t, 10e-6, -IC, IC,
                    0, true);
            d.carry(new byte[] {1, 0, 1}, 0.5);
            float[][] out = {new float[drive.length], new float[drive.length], new float[drive.length]};
            int[] runs = order == 0 ? new int[] {0, 1} : new int[] {1, 0};
            for (int run : runs) {
                d.readRun(drive, run * 8 * 3, 8, shifts, out, 100 + run, 0.5 + run * 8 * 30e-6, 30e-6, null);
            }
            results[order] = out;
        }
        for (int r = 0; r < 3; r++) {
            assertArrayEquals(results[0][r], results[1][r]);
        }
    }
}
