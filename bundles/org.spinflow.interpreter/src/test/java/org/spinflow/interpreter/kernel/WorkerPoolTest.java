package org.spinflow.interpreter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/** The worker pool behind the kernels: coverage of ranges, worker ids, nesting, failures, reuse after close. */
class WorkerPoolTest {

    @Test
    void everyIndexRunsExactlyOnceInContiguousChunksWithDistinctWorkers() {
        try (Parallel p = new Parallel(3)) {
            for (int n : new int[] {1, 2, 3, 7, 1000, 100_003}) {
                AtomicIntegerArray hits = new AtomicIntegerArray(n);
                Set<Integer> workers = ConcurrentHashMap.newKeySet();
                p.forRange(n, 1_000, (from, to, w) -> {
                    assertTrue(from < to || n == 0, "empty chunk");
                    assertTrue(w >= 0 && w < 3, "worker " + w);
                    assertTrue(workers.add(w), "worker " + w + " ran two chunks");
                    for (int i = from; i < to; i++) {
                        hits.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, hits.get(i), "index " + i + " of " + n);
                }
            }
        }
    }

    @Test
    void affineRunsEveryIndexOnceOwnChunkAscending() {
        try (Parallel p = new Parallel(3)) {
            for (int rep = 0; rep < 50; rep++) {
                for (int n : new int[] {2, 3, 7, 40, 1001}) {
                    AtomicIntegerArray hits = new AtomicIntegerArray(n);
                    int[][] lastOwn = {{-1}, {-1}, {-1}};
                    int parts = Math.min(3, n);
                    p.forEachAffine(n, 1_000_000, (from, to, w) -> {
                        assertEquals(from + 1, to, "one index per call");
                        assertTrue(w >= 0 && w < parts, "worker " + w);
                        hits.incrementAndGet(from);
                        // the indices of a worker's own chunk come to it in ascending order
                        long lo = (long) n * w / parts, hi = (long) n * (w + 1) / parts;
                        if (from >= lo && from < hi) {
                            assertTrue(from > lastOwn[w][0], "own index " + from + " after " + lastOwn[w][0]);
                            lastOwn[w][0] = from;
                        }
                    });
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, hits.get(i), "index " + i + " of " + n);
                    }
                }
            }
        }
    }

    @Test
    void affineLetsTheOthersFinishTheChunkOfAStalledThread() throws InterruptedException {
        try (Parallel p = new Parallel(2)) {
            final int n = 64;
            AtomicIntegerArray hits = new AtomicIntegerArray(n);
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch othersDone = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean(true);
            p.forEachAffine(n, 1_000_000, (from, to, w) -> {
                if (w == 1 && stalled.compareAndSet(false, true)) {
                    // worker 1 stops at its first index until every other index is done: the caller
                    // must take the rest of worker 1's chunk
                    try {
                        released.set(othersDone.await(120, java.util.concurrent.TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        released.set(false);
                    }
                }
                hits.incrementAndGet(from);
                if (done.incrementAndGet() == n - 1) {
                    othersDone.countDown();
                }
            });
            assertTrue(released.get(), "the other thread finished the stalled thread's chunk");
            for (int i = 0; i < n; i++) {
                assertEquals(1, hits.get(i), "index " + i);
            }
        }
    }

    @Test
    void smallOrNestedWorkRunsInlineOnTheCaller() {
        try (Parallel p = new Parallel(2)) {
            Thread caller = Thread.currentThread();
            p.forRange(10, 1, (from, to, w) -> {
                assertEquals(caller, Thread.currentThread());
                assertEquals(0, from);
                assertEquals(10, to);
            });
            AtomicIntegerArray inner = new AtomicIntegerArray(2);
            p.forRange(2, 1_000_000, (from, to, w) -> p.forRange(4, 1_000_000, (f2, t2, w2) -> {
                assertEquals(0, f2);
                assertEquals(4, t2);
                inner.incrementAndGet(w);
            }));
            assertEquals(2, inner.get(0) + inner.get(1));
        }
    }

    @Test
    void aFailureInAWorkerReachesTheCallerAndThePoolStaysUsable() {
        try (Parallel p = new Parallel(2)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> p.forRange(1000, 1_000, (from, to, w) -> {
                if (w == 1) {
                    throw new IllegalStateException("boom in worker 1");
                }
            }));
            Throwable t = e;
            while (t != null && !"boom in worker 1".equals(t.getMessage())) {
                t = t.getCause();
            }
            assertTrue(t != null, "the worker's exception is reported: " + e);
            AtomicIntegerArray hits = new AtomicIntegerArray(1000);
            p.forRange(1000, 1_000, (from, to, w) -> {
                for (int i = from; i < to; i++) {
                    hits.incrementAndGet(i);
                }
            });
            for (int i = 0; i < 1000; i++) {
                assertEquals(1, hits.get(i));
            }
        }
    }

    @Test
    void afterCloseWorkStillRunsInline() {
        Parallel p = new Parallel(4);
        p.close();
        AtomicIntegerArray hits = new AtomicIntegerArray(50_000);
        p.forRange(50_000, 1_000, (from, to, w) -> {
            assertEquals(0, w);
            for (int i = from; i < to; i++) {
                hits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < 50_000; i++) {
            assertEquals(1, hits.get(i));
        }
    }

    /** A worker held before it joins its next job, until {@link #release()}; records whether the hold timed out. */
    private static final class LateWorker implements Runnable {
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.atomic.AtomicBoolean hold = new java.util.concurrent.atomic.AtomicBoolean(true);
        final java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();

        @Override
        public void run() {
            if (hold.get()) {
                try {
                    timedOut.compareAndSet(false, !release.await(20, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void release() {
            hold.set(false);
            release.countDown();
        }
    }

    @Test
    void aRangeJobDoesNotWaitForAWorkerThatHasNotJoinedTheCallerRunsItsChunk() {
        LateWorker late = new LateWorker();
        try (Parallel p = new Parallel(2, late)) {
            Thread caller = Thread.currentThread();
            AtomicIntegerArray hits = new AtomicIntegerArray(10);
            int[] chunkWorker = {-1, -1};
            p.forRange(10, 1_000_000, (from, to, w) -> {
                assertEquals(caller, Thread.currentThread(), "the late worker's chunk runs on the caller");
                chunkWorker[from == 0 ? 0 : 1] = w;
                for (int i = from; i < to; i++) {
                    hits.incrementAndGet(i);
                }
            });
            // the call returned while the worker was still held (it had not timed out)
            assertTrue(!late.timedOut.get(), "the caller waited for a worker that had not joined");
            assertEquals(0, chunkWorker[0]);
            assertEquals(1, chunkWorker[1], "the late worker's chunk runs with its worker number");
            late.release();
            // the worker, released, skips the job it was shut out of and joins the next one: chunk 0 waits until
            // chunk 1 has started on the worker
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            Thread[] ranOn = new Thread[2];
            java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();
            p.forRange(2, 1_000_000, (from, to, w) -> {
                ranOn[from] = Thread.currentThread();
                if (from == 1) {
                    started.countDown();
                } else {
                    try {
                        waited.set(started.await(20, java.util.concurrent.TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            assertTrue(waited.get(), "chunk 1 started while chunk 0 waited for it");
            assertTrue(ranOn[1] != caller, "the released worker joined the next job");
            for (int i = 0; i < 10; i++) {
                assertEquals(1, hits.get(i), "index " + i + " of the job the worker was shut out of ran once");
            }
        }
    }

    @Test
    void anAffineJobDoesNotWaitForAWorkerThatHasNotJoined() {
        LateWorker late = new LateWorker();
        try (Parallel p = new Parallel(2, late)) {
            AtomicIntegerArray hits = new AtomicIntegerArray(64);
            AtomicIntegerArray byWorker = new AtomicIntegerArray(2);
            for (int rep = 0; rep < 3; rep++) { // the held worker misses each of them
                p.forEachAffine(64, 1_000_000, (from, to, w) -> {
                    hits.incrementAndGet(from);
                    byWorker.incrementAndGet(w);
                });
            }
            assertTrue(!late.timedOut.get(), "the caller waited for a worker that had not joined");
            assertEquals(3 * 64, byWorker.get(0), "the caller ran every index");
            late.release();
            AtomicIntegerArray again = new AtomicIntegerArray(64);
            p.forEachAffine(64, 1_000_000, (from, to, w) -> again.incrementAndGet(from));
            for (int i = 0; i < 64; i++) {
                assertEquals(3, hits.get(i), "index " + i + " ran once per job");
                assertEquals(1, again.get(i), "index " + i + " after the release");
            }
        }
    }
}
