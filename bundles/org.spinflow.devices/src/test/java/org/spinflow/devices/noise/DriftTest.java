package org.spinflow.devices.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** docs/PHYSICS.md C.1: slow gain drift. */
class DriftTest {

    @Test
    void driftHasTheRequestedSpreadAndIsSlow() {
        Drift d = new Drift(0.05, 1000, 0.07, 400, 9);
        double s = 0, q = 0;
        int n = 0;
        double step = 0;
        for (long t = 0; t < 2000; t += 10) {
            float[] f = d.factors(t);
            float[] g = d.factors(t + 1);
            for (int j = 0; j < f.length; j++) {
                s += f[j] - 1;
                q += (f[j] - 1) * (f[j] - 1);
                step += Math.abs(g[j] - f[j]);
                n++;
            }
        }
        double mean = s / n;
        double sd = Math.sqrt(q / n - mean * mean);
        assertEquals(0.0, mean, 0.005, "mean of f - 1");
        assertEquals(0.05, sd, 0.005, "standard deviation of the gain");
        // the fastest component has period T/8 = 125 steps: one step moves f by at most 2 pi A sqrt(2/M) (1+2+4+8)/T
        assertTrue(step / n < 0.01 * 0.05 * 15, "mean change per step " + step / n);
    }

    @Test
    void readsAreScaledAboutTheCentre() {
        Drift d = new Drift(0.1, 100, 0.5, 2, 1);
        float[] f = d.factors(7);
        float[] out = {0.6f, 0.4f, 0.5f, 0.7f};
        d.apply(out, 4, 7);
        assertEquals(0.5 + 0.1 * f[0], out[0], 1e-6);
        assertEquals(0.5 - 0.1 * f[1], out[1], 1e-6);
        assertEquals(0.5, out[2], 1e-6);
        assertEquals(0.5 - 0.2 * f[1] * -1, out[3], 1e-6);
    }
}
