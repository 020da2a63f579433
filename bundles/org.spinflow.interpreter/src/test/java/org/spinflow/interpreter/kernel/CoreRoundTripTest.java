package org.spinflow.interpreter.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The core-to-core round trip: a plausible figure on two or more cores, and no thread left spinning after it. */
class CoreRoundTripTest {

    private static boolean probeAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("spinflow-core-probe") && t.isAlive());
    }

    @Test
    void aReadingIsTensToHundredsOfNanosecondsAndItsSecondThreadEnds() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        for (int i = 0; i < 3; i++) {
            double ns = CoreRoundTrip.nanos(10);
            assertTrue(ns > 1 && ns < 1e6, "round trip " + ns + " ns");
            long until = System.nanoTime() + 5_000_000_000L;
            while (probeAlive() && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            assertFalse(probeAlive(), "the probe's second thread still runs after reading " + i);
        }
    }
}
