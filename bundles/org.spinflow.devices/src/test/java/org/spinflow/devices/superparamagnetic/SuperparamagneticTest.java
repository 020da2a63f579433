package org.spinflow.devices.superparamagnetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.DeviceSpec;

/** docs/PHYSICS.md section E, rows E7 and E7b (model B). */
class SuperparamagneticTest {

    static final double IC = 1e-3;

    @Test
    void e7SlopeAndCorrelationTime() {
        double[] tau = {11.01e-6, 1.634e-3, 0.2426};
        double[] deltas = {10, 15, 20};
        for (int k = 0; k < 3; k++) {
            Telegraph t = new Telegraph(deltas[k], 1e-9, 0, IC, IC);
            // d<y>/di at 0 with i = I / Ic
            double slope = t.meanActivationDerivative(0) * IC;
            assertEquals(deltas[k], slope, 1e-12 * deltas[k]);
            assertEquals(tau[k], t.correlationTime(0), 0.5e-3 * tau[k]);
            assertEquals(1e-9 * Math.exp(deltas[k]) / 2, t.correlationTime(0), 1e-12 * t.correlationTime(0));
            assertEquals(0.5, t.probabilityP(0), 1e-15);
        }
    }

    @Test
    void e7bTelegraphMonteCarloMatchesExactVariance() {
        double[][] cases = {{0.05, 100, 0.7311, 0.0624}, {0.1, 30, 0.8808, 0.0823}};
        for (double[] c : cases) {
            Telegraph t = new Telegraph(10, 1e-9, 0, IC, IC);
            double i = c[0] * IC;
            double window = c[1] * t.correlationTime(i);
            assertEquals(c[2], t.probabilityP(i), 0.5e-4);
            assertEquals(c[3], Math.sqrt(t.varianceFraction(i, window)), 0.5e-4);
            // exact telegraph simulation: 4000 windows of one device (state carried between reads)
            SuperparamagneticDevice d = new SuperparamagneticDevice("mtj-superparamagnetic", new Telegraph[] {t}, t,
                    window, -IC, IC, true);
            int n = 4000;
            float[] x = new float[n], y = new float[n];
            java.util.Arrays.fill(x, (float) i);
            d.read(x, y, n, 7);
            double s = 0, s2 = 0;
            for (float v : y) {
                double f = (v + 1) / 2;
                s += f;
                s2 += f * f;
            }
            double mean = s / n, sd = Math.sqrt(s2 / n - mean * mean);
            double sdExact = c[3];
            // standard error of the mean ~ sd / sqrt(n) (windows nearly independent for T >> tau_c)
            assertEquals(c[2], mean, 5 * sdExact / Math.sqrt(n) * 1.5);
            assertEquals(sdExact, sd, 0.06 * sdExact);
            assertEquals(2 * sdExact, d.readNoiseSigma(0, i), 1e-4);
        }
    }

    @Test
    void betaDrawForLongWindows() {
        Telegraph t = new Telegraph(5, 1e-9, 0, IC, IC);
        double window = 2e4 * t.correlationTime(0.02e-3);
        SuperparamagneticDevice d = new SuperparamagneticDevice("mtj-superparamagnetic", new Telegraph[] {t}, t,
                window, -IC, IC, true);
        int n = 20000;
        float[] x = new float[n], y = new float[n];
        java.util.Arrays.fill(x, 0.02e-3f);
        d.read(x, y, n, 3);
        double s = 0, s2 = 0;
        for (float v : y) {
            s += v;
            s2 += v * v;
        }
        double mean = s / n, sd = Math.sqrt(s2 / n - mean * mean);
        double sigma = d.readNoiseSigma(0, 0.02e-3);
        assertEquals(t.meanActivation(0.02e-3), mean, 5 * sigma / Math.sqrt(n));
        assertEquals(sigma, sd, 0.04 * sigma);
    }

    @Test
    void presetAndVariability() {
        SuperparamagneticDevice d = (SuperparamagneticDevice) new SuperparamagneticKind().create(
                new DeviceSpec("mtj-superparamagnetic", Map.of(), 4, 42, 0, 1.0, false, null));
        // slot 9 of seed 42 device 0: N = -1.359945386640509 -> Delta = 10 exp(0.1 N)
        assertEquals(10 * Math.exp(0.1 * -1.359945386640509), d.device(0).delta(), 1e-12);
        assertTrue(d.device(1).delta() != d.device(0).delta());
        float[] x = {0, 0, 0, 0}, y = new float[4];
        d.read(x, y, 4, 0);
        for (float v : y) {
            assertEquals(0, v, 1e-7);
        }
    }
}
