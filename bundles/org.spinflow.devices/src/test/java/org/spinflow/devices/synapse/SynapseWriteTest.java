package org.spinflow.devices.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.DeviceException;

/** docs/PHYSICS.md G: the synapse write model. */
class SynapseWriteTest {
    static final float G0 = 1e-3f, G1 = 2e-3f;

    static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void devicesWithoutARequestKeepTheirConductanceExactly() {
        SynapseWrite w = new SynapseWrite(G0, G1, 0, 0.05, 0.1, 1.0, 0.5);
        float[] g = filled(1000, 1.5e-3f);
        float[] d = new float[1000];
        for (int i = 0; i < 1000; i += 2) {
            d[i] = 1e-6f;
        }
        int pulses = 0;
        for (long step = 0; step < 50; step++) {
            pulses += w.apply(g, d, 1f, 0, 1000, 7, step);
        }
        assertEquals(50 * 500, pulses);
        for (int i = 1; i < 1000; i += 2) {
            assertEquals(1.5e-3f, g[i], "device " + i + " had no request and must not move (no random walk)");
        }
    }

    @Test
    void cycleToCycleNoiseIsRelativeToTheChange() {
        double wn = 0.2;
        SynapseWrite w = new SynapseWrite(G0, G1, 0, wn, 0, 0, 0);
        int n = 20000;
        float[] g = filled(n, 1.5e-3f);
        float step = 1e-6f;
        float[] d = filled(n, step);
        w.apply(g, d, 1f, 0, n, 3, 1);
        double sum = 0, sq = 0;
        for (int i = 0; i < n; i++) {
            double r = (g[i] - 1.5e-3) / step;
            sum += r;
            sq += r * r;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        assertEquals(1.0, mean, 0.01, "mean realised step / requested");
        assertEquals(wn, sd, 0.02 * wn + 0.003, "standard deviation of realised step / requested (float rounding included)");
    }

    @Test
    void writeVariationIsFixedPerDeviceAcrossCycles() {
        SynapseWrite w = new SynapseWrite(G0, G1, 0, 0, 0.3, 0, 0);
        int n = 200;
        float[] a = filled(n, 1.5e-3f);
        float[] b = filled(n, 1.5e-3f);
        float[] d = filled(n, 1e-6f);
        w.apply(a, d, 1f, 0, n, 11, 1);
        w.apply(b, d, 1f, 0, n, 11, 99);
        double spread = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(a[i], b[i], "device " + i + ": the same device takes the same step in another cycle");
            spread += Math.abs(a[i] - 1.5e-3f - 1e-6f);
        }
        assertTrue(spread / n > 1e-7, "devices differ from each other (mean |step - request| " + spread / n + ")");
    }

    @Test
    void stochasticRoundingKeepsSubLevelUpdatesOnAverage() {
        // 16 levels: a level is (G1 - G0)/15; a request of a tenth of a level must move the mean by that much
        SynapseWrite w = new SynapseWrite(G0, G1, 16, 0, 0, 0, 0);
        double lvl = w.levelStep();
        int n = 20000;
        float start = (float) (G0 + 7 * lvl);
        float[] g = filled(n, start);
        float[] d = filled(n, (float) (0.1 * lvl));
        w.apply(g, d, 1f, 0, n, 5, 1);
        double mean = 0;
        for (float v : g) {
            double q = (v - G0) / lvl;
            assertEquals(Math.round(q), q, 1e-3, "on a level");
            mean += (v - start) / n;
        }
        assertEquals(0.1 * lvl, mean, 0.01 * lvl, "expected change equals the request");
    }

    @Test
    void nonlinearAndAsymmetricPulses() {
        SynapseWrite w = new SynapseWrite(G0, G1, 0, 0, 0, 2.0, 0.0);
        float[] g = {1.1e-3f, 1.9e-3f};
        float[] d = filled(2, 1e-6f);
        w.apply(g, d, 1f, 0, 2, 1, 1);
        double low = g[0] - 1.1e-3, high = g[1] - 1.9e-3;
        // potentiation: exp(-nu u) with u = 0.1 and 0.9
        assertEquals(Math.exp(-2 * 0.1) / Math.exp(-2 * 0.9), low / high, 0.01);
        SynapseWrite asym = new SynapseWrite(G0, G1, 0, 0, 0, 0, 0.5);
        float[] h = {1.5e-3f, 1.5e-3f};
        float[] up = {1e-6f, -1e-6f};
        asym.apply(h, up, 1f, 0, 2, 1, 1);
        assertEquals(1.25 / 0.75, (h[0] - 1.5e-3) / (1.5e-3 - h[1]), 0.01, "potentiation / depression step ratio");
    }

    @Test
    void rejectsOutOfRangeParameters() {
        assertThrows(DeviceException.class, () -> new SynapseWrite(G0, G1, 0, -0.1, 0, 0, 0));
        assertThrows(DeviceException.class, () -> new SynapseWrite(G0, G1, 0, 0, 0, 0, 2.0));
        assertThrows(DeviceException.class, () -> new SynapseWrite(G1, G0, 0, 0, 0, 0, 0));
    }
}
