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
    void aPartsLoaderPutsEachTileInPlaceJustBeforeItsTermsAreAdded() {
        try (Plan p = plan(196, 2)) {
            CrossbarExec c = first(p);
            assertNotNull(c);
            int rows = c.rows(), batch = 10, half = rows / 2;
            java.util.SplittableRandom r = new java.util.SplittableRandom(5);
            float[] src = new float[batch * rows];
            for (int i = 0; i < src.length; i++) {
                src[i] = r.nextDouble() < 0.3 ? (float) r.nextDouble() : 0f;
            }
            // both parts in one thread, in order: part 0 loads tile by tile through the loader, part 1 finds its inputs
            // in place; the sums are then those of the whole inputs
            float[] x = new float[batch * rows];
            for (int b = 0; b < batch; b++) {
                System.arraycopy(src, b * rows + half, x, b * rows + half, rows - half);
            }
            java.util.List<String> loads = new java.util.ArrayList<>();
            c.beginSplitForward(2);
            c.forwardPart(0, 2, 0, half, x, batch, (from, to) -> {
                loads.add(from + "-" + to);
                for (int b = from; b < to; b++) {
                    System.arraycopy(src, b * rows, x, b * rows, half);
                }
            });
            c.forwardPart(1, 2, half, rows, x, batch, null);
            float[] split = java.util.Arrays.copyOf(c.output(), batch * c.outputSize());
            c.endSplitForward();
            assertEquals(java.util.List.of("0-4", "4-8", "8-10"), loads, "one load per tile, in order");
            // the unsplit pass over the same inputs gives the same bits
            float[] z = new float[batch * c.outputSize()];
            float[][] wRows = new float[rows + 1][];
            float[] w = c.weights();
            for (int i = 0; i <= rows; i++) {
                wRows[i] = java.util.Arrays.copyOfRange(w, i * c.outputSize(), (i + 1) * c.outputSize());
            }
            org.spinflow.interpreter.kernel.Kernels.forward(src, rows, wRows, c.outputSize(), z, 0, batch, new int[rows],
                    new float[c.outputSize()]);
            org.junit.jupiter.api.Assertions.assertArrayEquals(z, split);
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
    @Test
    void theSumsOfASliceAreReadyOnlyOnceTheLastPartHasWrittenThemAndAFailedPartIsReported() {
        try (Plan p = plan(196, 2)) {
            CrossbarExec c = first(p);
            assertNotNull(c);
            int rows = c.rows(), batch = 10;
            float[] x = new float[batch * rows];
            c.beginSplitForward(2);
            assertFalse(c.splitSumsReady(1), "no part has run");
            c.forwardPart(0, 2, 0, rows / 2, x, batch);
            assertFalse(c.splitSumsReady(1), "part 0 is done, the last part has not started");
            c.forwardPart(1, 2, rows / 2, rows, x, batch);
            assertTrue(c.splitSumsReady(batch), "the last part has written every sample's sums (the last tile is partial)");
            c.endSplitForward();
            c.beginSplitForward(2);
            org.junit.jupiter.api.Assertions.assertThrows(ArrayIndexOutOfBoundsException.class,
                    () -> c.forwardPart(0, 2, 0, rows / 2, new float[3], batch));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> c.splitSumsReady(1));
            assertEquals("crossbar '" + c.name() + "': a part of the split forward pass failed", e.getMessage());
            c.endSplitForward();
        }
    }

    @Test
    void aStepAbandonedInTheSectionOfTheSplitLeavesTheLearnedStateAsItWasAndTheNextStepRuns() {
        try (Plan p = plan(196, 2); Plan ref = plan(196, 2)) {
            assertTrue(p.splitsForward());
            int rows = 196, samples = 64;
            java.util.SplittableRandom r = new java.util.SplittableRandom(11);
            float[] x = new float[samples * rows];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextDouble() < 0.3 ? (float) r.nextDouble() : 0f;
            }
            int[] y = TestNetworks.labels(r, samples, 10);
            int[] order = TestNetworks.identity(samples);
            java.util.Map<String, float[][]> before = p.state();
            for (int stopAt : new int[] {0, 2}) { // before the first slice; after two of the four
                java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
                p.load(x, rows, y, order, 0, 32);
                assertFalse(p.trainStep(1, () -> asked.getAndIncrement() >= stopAt), "abandoned at slice " + stopAt);
                java.util.Map<String, float[][]> after = p.state();
                for (String k : before.keySet()) {
                    for (int i = 0; i < before.get(k).length; i++) {
                        org.junit.jupiter.api.Assertions.assertArrayEquals(before.get(k)[i], after.get(k)[i], k + " " + i);
                    }
                }
            }
            // then a whole step on both plans gives the same bits: the abandoned sections left nothing behind
            for (Plan q : new Plan[] {p, ref}) {
                q.load(x, rows, y, order, 32, 64);
                assertTrue(q.trainStep(2, () -> false));
                q.commit(0.05);
            }
            java.util.Map<String, float[][]> a = p.state(), b = ref.state();
            for (String k : a.keySet()) {
                for (int i = 0; i < a.get(k).length; i++) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(b.get(k)[i], a.get(k)[i], k + " " + i);
                }
            }
        }
    }
}
