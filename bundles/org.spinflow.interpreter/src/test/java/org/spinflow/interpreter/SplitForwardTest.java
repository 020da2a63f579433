package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/**
 * The first crossbar's forward pass split by rows between threads ({@link CrossbarExec#forwardPart}): used only
 * with two or more threads and a crossbar of at least {@link Plan#SPLIT_MIN_WEIGHTS} weights reading the input
 * layer; and a part that fails makes the parts waiting for it fail too, instead of waiting for ever.
 */
class SplitForwardTest {

    private static Plan plan(int in, int threads) {
        Network n = TestNetworks.mlp(in, new int[] {64}, 10, null, GradientMode.EXACT);
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 7, 32, threads, true, true);
        Plan p = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()));
        p.initialise(32, 1);
        return p;
    }

    private static CrossbarExec first(Plan p) {
        for (ExecNode e : p.nodes()) {
            if (e instanceof CrossbarExec c) {
                return c;
            }
        }
        return null;
    }

    @Test
    void theSplitIsUsedOnlyWithTwoOrMoreThreadsAndABigEnoughFirstCrossbar() {
        try (Plan one = plan(196, 1); Plan two = plan(196, 2); Plan small = plan(100, 2)) {
            assertFalse(one.splitsForward(), "one thread");
            assertTrue(two.splitsForward(), "196 x 64 = 12,544 weights, 2 threads");
            assertFalse(small.splitsForward(), "100 x 64 = 6,400 weights is below " + Plan.SPLIT_MIN_WEIGHTS);
        }
    }

    @Test
    void aFailingPartMakesThePartWaitingForItFailInsteadOfHanging() throws Exception {
        try (Plan p = plan(196, 2)) {
            CrossbarExec c = first(p);
            assertNotNull(c);
            int rows = c.rows(), batch = 8;
            float[] good = new float[batch * rows];
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    c.beginSplitForward(2);
                    // part 1 waits for part 0's first tile; part 0 fails on inputs too short for its rows
                    Future<Throwable> waiting = pool.submit(() -> {
                        try {
                            c.forwardPart(1, 2, rows / 2, rows, good, batch);
                            return null;
                        } catch (RuntimeException e) {
                            return e;
                        }
                    });
                    Throwable failed = null;
                    try {
                        c.forwardPart(0, 2, 0, rows / 2, new float[3], batch);
                    } catch (RuntimeException e) {
                        failed = e;
                    }
                    assertTrue(failed instanceof ArrayIndexOutOfBoundsException, "part 0 fails: " + failed);
                    Throwable other = waiting.get();
                    assertTrue(other instanceof IllegalStateException, "part 1 fails too: " + other);
                    assertEquals("crossbar '" + c.name() + "': a part of the split forward pass failed", other.getMessage());
                });
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
