package org.spinflow.devices.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.DeviceException;

/** Validation of the correlated 1/f process (docs/PHYSICS.md C.2). */
class FlickerTest {

    /** Periodogram of r_j sampled at spacing dt, averaged over devices, at bins 1..n/2-1. */
    private static double[] averagePeriodogram(Flicker f, int devices, int n, double dt) {
        double[] p = new double[n / 2];
        double[] x = new double[n];
        double[] cos = new double[n], sin = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / n);
            sin[i] = Math.sin(2 * Math.PI * i / n);
        }
        for (int j = 0; j < devices; j++) {
            for (int i = 0; i < n; i++) {
                // Hann window against leakage from the components below the lowest bin
                double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
                x[i] = f.value(j, i * dt) * w;
            }
            for (int q = 1; q < n / 2; q++) {
                double re = 0, im = 0;
                for (int i = 0; i < n; i++) {
                    int a = (int) ((long) q * i % n);
                    re += x[i] * cos[a];
                    im -= x[i] * sin[a];
                }
                p[q] += (re * re + im * im) / devices;
            }
        }
        return p;
    }

    @Test
    void spectrumFallsAsOneOverF() {
        // f_max = 1e3 Hz, band e^12 (f_min 6e-3 Hz); samples every 0.5 ms over 1.024 s: bins 0.98 Hz .. 1 kHz
        Flicker f = new Flicker(1e-3, 1e3, 12, 24, 42L);
        int n = 2048;
        double dt = 0.5e-3;
        double[] p = averagePeriodogram(f, 24, n, dt);
        // least-squares slope of log P against log f over log-spaced bands between bins 4 and 512
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int lo = 4; lo < 512; lo *= 2) {
            double s = 0;
            for (int q = lo; q < 2 * lo; q++) {
                s += p[q];
            }
            double lx = Math.log(1.5 * lo), ly = Math.log(s / lo);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            m++;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        assertEquals(-1.0, slope, 0.15, "log-log slope of the averaged periodogram");
    }

    @Test
    void varianceIsHoogeTimesBand() {
        double a = 2e-4, band = 10;
        Flicker f = new Flicker(a, 1e4, band, 400, 7L);
        assertEquals(a * Math.sqrt(band), f.sigma(), 1e-15);
        // across devices at one time the values are independent with variance a^2 L
        double s2 = 0;
        for (int j = 0; j < 400; j++) {
            double v = f.value(j, 3.7);
            s2 += v * v;
        }
        double sd = Math.sqrt(s2 / 400);
        assertEquals(f.sigma(), sd, 0.12 * f.sigma(), "sd over 400 devices");
    }

    @Test
    void readsCloseInTimeShareTheSlowNoise() {
        // two reads 1 us apart (a back-to-back pair) differ by much less than two reads 1 s apart
        Flicker f = new Flicker(1e-3, 5e5, 15, 200, 3L);
        double near = 0, far = 0;
        for (int j = 0; j < 200; j++) {
            double d1 = f.value(j, 10 + 1e-6) - f.value(j, 10);
            double d2 = f.value(j, 11) - f.value(j, 10);
            near += d1 * d1;
            far += d2 * d2;
        }
        assertTrue(near < 0.25 * far, "pair difference variance " + near + " vs far " + far);
    }

    @Test
    void deterministicFromKeyAndMultiplicative() {
        Flicker f1 = new Flicker(1e-3, 1e3, 8, 3, 11L), f2 = new Flicker(1e-3, 1e3, 8, 3, 11L);
        Flicker g = new Flicker(1e-3, 1e3, 8, 3, 12L);
        assertEquals(f1.value(2, 0.25), f2.value(2, 0.25));
        assertTrue(f1.value(2, 0.25) != g.value(2, 0.25));
        float[] out = {1f, 2f, 3f, 1f, 2f, 3f};
        f1.apply(out, 6, 0.5, 0.1);
        assertEquals(2 * (1 + f1.value(1, 0.5)), out[1], 1e-6);
        assertEquals(3 * (1 + f1.value(2, 0.6)), out[5], 1e-6);
        assertThrows(DeviceException.class, () -> new Flicker(-1, 1, 1, 1, 0));
    }
}
