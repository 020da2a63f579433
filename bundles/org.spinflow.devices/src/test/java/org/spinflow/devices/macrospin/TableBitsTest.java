package org.spinflow.devices.macrospin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.table.TableDevice;

/**
 * The macrospin tables keep their bits: the content hash ({@link TableDevice#contentHash()},
 * {@link MacrospinArray#contentHash()}: values, slopes, noisy-read segments, sigmas, flags, nominal curve) of
 * populations built by {@link MacrospinKind} against values recorded from main at bbf83f5 (session 9, before the
 * table build was made faster). Any change of a table bit, in the solver's iteration path, the noise budget, the
 * spline slopes or the parallel build, fails here. The cases cover the bench's population (mtj-f-default with
 * variability and read noise), noiseless reads, PCHIP, the J-mode bridge, hysteresis (ascending and descending
 * sweeps), correlated 1/f (tables without the flicker term) and a population with non-static points (the dynamics
 * fallback and Newton paths of {@link SteadyState}).
 */
class TableBitsTest {

    private static long hash(String preset, Map<String, Double> over, int count, long seed, long node, double scale,
            boolean noise) {
        Device d = DeviceRegistry.getDefault().create(new DeviceSpec(preset, over, count, seed, node, scale, noise, null));
        return d instanceof TableDevice t ? t.contentHash() : ((MacrospinArray) d).contentHash();
    }

    @Test
    void theBenchPopulationKeepsItsBits() {
        assertEquals(0x2620263bacea818aL, hash("mtj-f-default", Map.of(), 200, 42, 7, 1.0, true));
    }

    @Test
    void noiselessPchipAndBridgeTablesKeepTheirBits() {
        assertEquals(0xa254b40e63be9f00L, hash("mtj-f-default", Map.of(), 60, 5, 3, 1.0, false));
        assertEquals(0x574194c86b3e3360L, hash("mtj-f-default", Map.of("interpolation", 1.0), 40, 42, 7, 2.0, true));
        assertEquals(0xbc9a5abe5edea8e4L, hash("mtj-j-bridge", Map.of(), 60, 42, 7, 1.0, true));
    }

    @Test
    void hysteresisAndCorrelatedFlickerTablesKeepTheirBits() {
        assertEquals(0x63cb82093692d1adL, hash("mtj-f-default",
                Map.of("hysteresis", 1.0, "xMin", -16e-3, "xMax", 16e-3, "allowInvalid", 1.0), 30, 42, 7, 1.0, true));
        assertEquals(0x6a17d84d093b86b5L, hash("mtj-f-default", Map.of("flickerCorrelated", 1.0), 30, 42, 7, 1.0, true));
    }

    @Test
    void tablesWithNonStaticPointsKeepTheirBits() {
        Map<String, Double> over = Map.of("Bb", 1e-3, "psi", 1.2, "xMin", -16e-3, "xMax", 16e-3, "allowInvalid", 1.0,
                "tablePoints", 81.0);
        TableDevice d = (TableDevice) DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", over, 20, 42, 7, 1.0, true, null));
        assertTrue(d.invalidPoints() > 0, "the case must reach the solver's fallback paths");
        assertEquals(0x4b995245343f9987L, d.contentHash());
    }

    @Test
    void theContinuationsNearTestAgreesWithTheDistance() {
        // SteadyState.near skips the distance when |dt| + |dp| < 0.2: the same answer as distance < 0.25 for random
        // pairs at all scales (steps of the sweep, near the threshold, large) and for non-finite angles
        SplittableRandom r = new SplittableRandom(11);
        int skipped = 0;
        for (int k = 0; k < 200_000; k++) {
            double t1 = r.nextDouble(-4, 4), p1 = r.nextDouble(-8, 8);
            double scale = new double[] {1e-3, 0.05, 0.15, 0.25, 1}[k % 5];
            double t2 = t1 + scale * r.nextDouble(-1, 1), p2 = p1 + scale * r.nextDouble(-1, 1);
            boolean exact = SteadyState.distance(t1, p1, t2, p2) < 0.25;
            assertEquals(exact, SteadyState.near(t1, p1, t2, p2), () -> t1 + " " + p1 + " " + t2 + " " + p2);
            if (Math.abs(t2 - t1) + Math.abs(p2 - p1) < 0.2) {
                skipped++;
            }
        }
        assertTrue(skipped > 50_000, "the shortcut must be taken on small steps: " + skipped);
        assertEquals(false, SteadyState.near(0, 0, Double.NaN, 0));
        assertEquals(false, SteadyState.near(0, 0, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void theHashSeesOneBitOfOneTable() {
        // the hash is not blind: a population one device larger, or another seed, gives another hash
        long a = hash("mtj-f-default", Map.of(), 20, 42, 7, 1.0, true);
        assertEquals(a, hash("mtj-f-default", Map.of(), 20, 42, 7, 1.0, true));
        assertTrue(a != hash("mtj-f-default", Map.of(), 20, 43, 7, 1.0, true));
        assertTrue(a != hash("mtj-f-default", Map.of("Ij0", Math.nextUp(100e-6)), 20, 42, 7, 1.0, true));
    }
}
