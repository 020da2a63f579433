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
}
