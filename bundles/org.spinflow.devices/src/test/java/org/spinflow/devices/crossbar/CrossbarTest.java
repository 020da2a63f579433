package org.spinflow.devices.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossbarTest {

    final Crossbar.Config def = Crossbar.defaults();

    @Test
    void defaultsAreTheDefaultJunction() {
        assertEquals(1 / 424.4131815783876, def.gMax(), 1e-12);
        assertEquals(1 / 1061.032953945969, def.gMin(), 1e-12);
    }

    @Test
    void mappingAndClipping() {
        Crossbar x = new Crossbar(1, 4, def);
        x.program(new float[] {0.5f, -0.25f, 5f, -5f}, 1, 0);
        float[] w = new float[4];
        x.effectiveWeights(w);
        assertEquals(0.5, w[0], 1e-6);
        assertEquals(-0.25, w[1], 1e-6);
        assertEquals(1, w[2], 1e-6);
        assertEquals(-1, w[3], 1e-6);
        assertEquals(def.gMax(), x.gPlus()[2], 1e-9);
        assertEquals(def.gMin(), x.gMinus()[2], 1e-9);
        double[] pair = Crossbar.pair(0.5, def);
        assertEquals(0.5, (pair[0] - pair[1]) / def.gScale(), 1e-12);
    }

    @Test
    void quantisationUsesNLevels() {
        Crossbar x = new Crossbar(10, 10, def.withLevels(5));
        float[] w = new float[100];
        for (int i = 0; i < 100; i++) {
            w[i] = -1 + 2f * i / 99;
        }
        x.program(w, 1, 0);
        java.util.Set<Long> levels = new java.util.TreeSet<>();
        double step = (def.gMax() - def.gMin()) / 4;
        for (float g : x.gPlus()) {
            double k = (g - def.gMin()) / step;
            assertEquals(Math.rint(k), k, 1e-4);
            levels.add(Math.round(k));
        }
        assertEquals(5, levels.size());
    }

    @Test
    void writeNoiseHasTheRelativeSigma() {
        int n = 100 * 100;
        Crossbar x = new Crossbar(100, 100, def.withWriteNoise(Crossbar.DEFAULT_WRITE_NOISE));
        x.program(new float[n], 7, 1);
        double s = 0, s2 = 0;
        for (float g : x.gPlus()) {
            double r = g / def.gMid() - 1;
            s += r;
            s2 += r * r;
        }
        double sd = Math.sqrt(s2 / n - (s / n) * (s / n));
        assertEquals(0.05, sd, 0.05 * 0.05);
        assertEquals(0, s / n, 4 * 0.05 / Math.sqrt(n));
    }

    @Test
    void currentsMatchANaiveLoopAndReadNoiseIsKeyed() {
        int rows = 37, cols = 23, batch = 5;
        Crossbar x = new Crossbar(rows, cols, def.withWriteNoise(0.05));
        java.util.Random r = new java.util.Random(3);
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (2 * r.nextDouble() - 1);
        }
        x.program(w, 9, 0);
        float[] v = new float[batch * rows];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (0.1 * r.nextGaussian());
        }
        float[] out = new float[batch * cols];
        x.currents(v, out, batch, 0);
        float[] gp = x.gPlus(), gm = x.gMinus();
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < cols; j++) {
                double ref = 0;
                for (int i = 0; i < rows; i++) {
                    ref += ((double) gp[i * cols + j] - gm[i * cols + j]) * v[b * rows + i];
                }
                assertEquals(ref, out[b * cols + j], 1e-6 * 1e-3);
            }
        }
        Crossbar noisy = new Crossbar(rows, cols, def.withReadNoise(1e-6, 0));
        noisy.program(w, 9, 0);
        float[] a = new float[batch * cols], c = new float[batch * cols];
        noisy.currents(v, a, batch, 5);
        noisy.currents(v, c, batch, 5);
        assertTrue(java.util.Arrays.equals(a, c));
        noisy.currents(v, c, batch, 6);
        assertTrue(!java.util.Arrays.equals(a, c));
    }
}
