package org.spinflow.devices.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.devices.macrospin.Variability;

/** Reference values of docs/PHYSICS.md section C, reproduced exactly. */
class CounterRngTest {

    @Test
    void splitmix64ReferenceValues() {
        assertEquals(0xE220A8397B1DCDAFL, CounterRng.splitmix64(0));
        assertEquals(0xBDD732262FEB6E95L, CounterRng.splitmix64(42));
    }

    @Test
    void seed42DeviceDraws() {
        assertEquals(0.38697427624004094, CounterRng.uniform(42, 0, 0));
        assertEquals(-0.31801388024371463, CounterRng.normal(42, 0, 0));
        assertEquals(-0.5611353541525513, CounterRng.normal(42, 0, 3));
        assertEquals(0.5771257953559461, CounterRng.uniform(42, 1, 0));
        assertEquals(-0.5602773624233646, CounterRng.normal(42, 1, 0));
        assertEquals(0.7083111302044864, CounterRng.uniform(42, 999, 0));
        assertEquals(0.6184497087426623, CounterRng.normal(42, 999, 0));
    }

    @Test
    void nodeIdZeroIsNeutralAndOtherNodesDiffer() {
        assertEquals(7, CounterRng.deviceCounter(0, 7));
        assertNotEquals(CounterRng.deviceCounter(1, 7), CounterRng.deviceCounter(2, 7));
        assertNotEquals(CounterRng.normal(42, CounterRng.deviceCounter(5, 0), 0), CounterRng.normal(42, 0, 0));
    }

    @Test
    void device0Parameters() {
        MacrospinParameters p = Variability.draw(MacrospinParameters.DEFAULTS, 42, 0L, 1.0);
        assertEquals(4.92113e-12, p.RA(), 0.5e-17);
        assertEquals(150.779e-9, p.a(), 0.5e-12);
        assertEquals(1.56345, p.TMR0(), 0.5e-5);
        assertEquals(4.72716e-3, p.Bk(), 0.5e-8);
        assertEquals(-0.7320e-3, p.Boffx(), 0.5e-7);
        assertEquals(0.1409e-3, p.Boffy(), 0.5e-7);
        assertEquals(0.999177, Math.cos(p.pAngle()), 0.5e-6);
        assertEquals(0.040569, Math.sin(p.pAngle()), 0.5e-6);
        assertEquals(0.021953, -Math.sin(p.ekAngle()), 0.5e-6);
        assertEquals(0.999759, Math.cos(p.ekAngle()), 0.5e-6);
        assertEquals(0.0107733, p.alpha(), 0.5e-7);
        // scale 0 is the nominal device; the node-id overload with node 0 equals the raw counter
        assertEquals(MacrospinParameters.DEFAULTS, Variability.draw(MacrospinParameters.DEFAULTS, 42, 0L, 0.0));
        assertEquals(p, Variability.draw(MacrospinParameters.DEFAULTS, 42, 0L, 0, 1.0));
    }

    @Test
    void fastGaussianMomentsAndDeterminism() {
        long base = FastGaussian.streamBase(123);
        int n = 400_000;
        double s = 0, s2 = 0, s4 = 0;
        for (int k = 0; k < n; k++) {
            double g = FastGaussian.gaussian(base, k);
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        double mean = s / n, var = s2 / n - mean * mean;
        assertEquals(0, mean, 5 / Math.sqrt(n));
        assertEquals(1, var, 5 * Math.sqrt(2.0 / n));
        assertEquals(3, s4 / n, 0.05);
        assertEquals(FastGaussian.gaussian(base, 17), FastGaussian.gaussian(FastGaussian.streamBase(123), 17));
        assertNotEquals(FastGaussian.gaussian(base, 17), FastGaussian.gaussian(FastGaussian.streamBase(124), 17));
    }

    @Test
    void fastGaussianFloatIsTheDoubleDeviateUpToRoundingWithTheSameMoments() {
        long base = FastGaussian.streamBase(321);
        int n = 400_000;
        double s = 0, s2 = 0, s4 = 0, maxDiff = 0;
        for (int k = 0; k < n; k++) {
            double d = FastGaussian.gaussian(base, k);
            double g = FastGaussian.gaussianFloat(base, k);
            maxDiff = Math.max(maxDiff, Math.abs(g - d) / Math.max(1, Math.abs(d)));
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        assertTrue(maxDiff < 2e-6, "float deviate differs by " + maxDiff);
        double mean = s / n, var = s2 / n - mean * mean;
        assertEquals(0, mean, 5 / Math.sqrt(n));
        assertEquals(1, var, 5 * Math.sqrt(2.0 / n));
        assertEquals(3, s4 / n, 0.05);
    }

    @Test
    void inverseNormalAccuracy() {
        assertEquals(0, FastGaussian.inverseNormal(0.5), 1e-12);
        assertEquals(1.959963984540054, FastGaussian.inverseNormal(0.975), 1e-8);
        assertEquals(-3.090232306167814, FastGaussian.inverseNormal(0.001), 1e-8);
        assertTrue(FastGaussian.inverseNormal(1e-300) < -37);
    }
}
