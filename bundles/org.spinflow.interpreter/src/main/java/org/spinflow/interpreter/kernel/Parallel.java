package org.spinflow.interpreter.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits index ranges over a fixed number of worker threads. Every index is always computed by
 * exactly one task, and a body must compute each index the same way whoever runs it, so results
 * never depend on the number of threads. {@link #forRange} cuts [0, n) into one contiguous chunk per
 * thread; {@link #forEach} lets the threads claim single indices in turn (dynamic balancing, for
 * work items of uneven cost such as sparse samples); {@link #forEachAffine} gives each thread the
 * indices of its own chunk first, in ascending order, and lets a thread that has finished its chunk
 * take the others' remaining indices from their ends (the same thread takes the same indices step
 * after step when nothing disturbs it, so data it wrote last time is still in its own cache).
 *
 * <p>The calling thread computes chunk 0 itself; chunks 1..p-1 go to {@code threads - 1} daemon
 * workers owned by this object. A training step is short (0.5-3 ms) and runs two or more parallel
 * sections (the slices, then each crossbar's commit), so waking a parked thread each time would cost
 * a large share of it (on a virtual machine, waking an idle core takes tens to hundreds of
 * microseconds): workers therefore spin ({@value #SPIN_NANOS} ns) for the next job before parking,
 * and the caller spins likewise while it waits for them. The spin covers the gaps inside a step and
 * between steps, including a slice's worth of imbalance (an analog slice takes up to ~0.5 ms at
 * 784-256-10); with a 100 us spin the workers of an analog-central 784-256-10 step parked about once
 * per step, and a job reached a worker 140 us after it was posted on average (2 ms: 0.1 parks per
 * step, 44 us; the same JVM, runs alternated; see the class's history). Idle workers exit after
 * {@value #IDLE_EXIT_MILLIS} ms (and are restarted on demand), so a plan that is never closed
 * leaves no threads behind.
 */
public final class Parallel implements AutoCloseable {

    /** Body over a half-open index range; {@code worker} is in [0, threads) and selects scratch buffers. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to, int worker);
    }

    static final long SPIN_NANOS = 2_000_000;
    static final long IDLE_EXIT_MILLIS = 5_000;

    private final int threads;
    private final Object lock = new Object();
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    /** Job number; written under {@link #lock} after the job fields, read by the workers. */
    private volatile long generation;
    private RangeBody jobBody;
    private int jobN, jobParts;
    /** How the running job hands out indices: {@link #RANGE}, {@link #DYNAMIC} or {@link #AFFINE}. */
    private int jobMode;
    private static final int RANGE = 0, DYNAMIC = 1, AFFINE = 2;
    /** Next index to claim in a {@link #forEach} job. */
    private final AtomicInteger next = new AtomicInteger();
    /**
     * Per part of a {@link #forEachAffine} job, at index {@code 16 * part} (a cache line of its own):
     * its next unclaimed index from the front (high 32 bits) and one past its last unclaimed index
     * (low 32 bits); the part is exhausted when they meet.
     */
    private final java.util.concurrent.atomic.AtomicLongArray cursors;
    private volatile Thread waiter;
    private volatile Throwable failure;
    private volatile boolean closed;

    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
        this.workers = new Worker[this.threads - 1];
        this.cursors = new java.util.concurrent.atomic.AtomicLongArray(16 * this.threads);
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over [0, n) in up to {@link #threads()} contiguous chunks; runs inline when
     * one thread is configured, when {@code n * costPerIndex} is too small to be worth splitting, or
     * when called again while a parallel section of this object is running (nested or concurrent use).
     */
    public void forRange(int n, long costPerIndex, RangeBody body) {
        run(n, costPerIndex, body, RANGE);
    }

    /**
     * Runs {@code body(i, i + 1, worker)} for every i in [0, n), the threads claiming indices in
     * ascending order as they become free; inline (one call over [0, n)) under the same conditions as
     * {@link #forRange}. Which thread computes an index varies from run to run, so the body must not
     * let the result depend on it (worker only selects scratch buffers).
     */
    public void forEach(int n, long costPerIndex, RangeBody body) {
        run(n, costPerIndex, body, DYNAMIC);
    }

    /**
     * Runs {@code body(i, i + 1, worker)} for every i in [0, n): thread k first takes the indices of
     * chunk k (as {@link #forRange} would cut it) in ascending order, then, when its chunk is done,
     * takes the other chunks' remaining indices from their ends; inline under the same conditions as
     * {@link #forRange}. Balances like {@link #forEach} when a thread is slowed down, and otherwise
     * keeps each index on the same thread from call to call (its data stays in that core's cache).
     * Which thread computes an index may still vary, so the body must not let the result depend on it.
     */
    public void forEachAffine(int n, long costPerIndex, RangeBody body) {
        run(n, costPerIndex, body, AFFINE);
    }

    private void run(int n, long costPerIndex, RangeBody body, int mode) {
        if (threads == 1 || n < 2 || n * costPerIndex < 20_000 || closed || !busy.compareAndSet(false, true)) {
            body.run(0, n, 0);
            return;
        }
        try {
            final int p = Math.min(threads, n);
            failure = null;
            waiter = Thread.currentThread();
            pending.set(p - 1);
            next.set(0);
            if (mode == AFFINE) {
                for (int k = 0; k < p; k++) {
                    cursors.set(16 * k, ((long) chunk(n, p, k) << 32) | chunk(n, p, k + 1));
                }
            }
            synchronized (lock) {
                jobBody = body;
                jobN = n;
                jobParts = p;
                jobMode = mode;
                for (int k = 0; k < p - 1; k++) {
                    if (workers[k] == null || !workers[k].alive) {
                        workers[k] = new Worker(k + 1, generation);
                        workers[k].start();
                    }
                }
                generation++;
            }
            for (int k = 0; k < p - 1; k++) {
                LockSupport.unpark(workers[k]);
            }
            Throwable mine = null;
            try {
                work(body, mode, n, p, 0);
            } catch (RuntimeException | Error e) {
                mine = e;
            }
            awaitWorkers();
            Throwable f = mine != null ? mine : failure;
            failure = null;
            synchronized (lock) {
                jobBody = null;
            }
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error er) {
                throw er;
            }
        } finally {
            busy.set(false);
        }
    }

    /** Part {@code k} of a job of {@code p} parts, run by worker k. */
    private void work(RangeBody body, int mode, int n, int p, int k) {
        switch (mode) {
            case DYNAMIC -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    body.run(i, i + 1, k);
                }
            }
            case AFFINE -> {
                for (int i = takeFront(k); i >= 0; i = takeFront(k)) {
                    body.run(i, i + 1, k);
                }
                for (int d = 1; d < p; d++) {
                    final int other = (k + d) % p;
                    for (int i = takeBack(other); i >= 0; i = takeBack(other)) {
                        body.run(i, i + 1, k);
                    }
                }
            }
            default -> body.run(chunk(n, p, k), chunk(n, p, k + 1), k);
        }
    }

    /** The next unclaimed index of part k from its front, or -1 when the part is exhausted. */
    private int takeFront(int k) {
        while (true) {
            final long c = cursors.get(16 * k);
            final int lo = (int) (c >>> 32), hi = (int) c;
            if (lo >= hi) {
                return -1;
            }
            if (cursors.compareAndSet(16 * k, c, ((long) (lo + 1) << 32) | hi)) {
                return lo;
            }
        }
    }

    /** The last unclaimed index of part k (taken from its end), or -1 when the part is exhausted. */
    private int takeBack(int k) {
        while (true) {
            final long c = cursors.get(16 * k);
            final int lo = (int) (c >>> 32), hi = (int) c;
            if (lo >= hi) {
                return -1;
            }
            if (cursors.compareAndSet(16 * k, c, ((long) lo << 32) | (hi - 1))) {
                return hi - 1;
            }
        }
    }

    private void awaitWorkers() {
        long start = System.nanoTime();
        while (pending.get() != 0) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, 1_000_000);
            }
        }
    }

    private final class Worker extends Thread {
        private final int index;
        private long seen;
        /** Cleared (under the lock) when the worker exits for idleness. */
        volatile boolean alive = true;

        Worker(int index, long seen) {
            super("spinflow-parallel-" + index);
            this.index = index;
            this.seen = seen;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                if (!awaitJob()) {
                    return;
                }
                RangeBody b;
                int n, p, mode;
                synchronized (lock) {
                    // the job and its number together: a late worker may see a newer job than the
                    // generation that woke it, and must not run that one twice
                    b = jobBody;
                    n = jobN;
                    p = jobParts;
                    mode = jobMode;
                    seen = generation;
                }
                if (b != null && index < p) {
                    try {
                        work(b, mode, n, p, index);
                    } catch (RuntimeException | Error e) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(waiter);
                    }
                }
            }
        }

        /** Waits for the next generation; false when the worker should exit (closed or idle). */
        private boolean awaitJob() {
            long start = System.nanoTime();
            while (true) {
                if (generation != seen) {
                    return !closed;
                }
                if (closed) {
                    return false;
                }
                long idle = System.nanoTime() - start;
                if (idle < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else if (idle < IDLE_EXIT_MILLIS * 1_000_000L) {
                    LockSupport.parkNanos(this, 50_000_000L);
                } else {
                    synchronized (lock) {
                        if (generation == seen) {
                            alive = false;
                            return false;
                        }
                    }
                }
            }
        }
    }

    private static int chunk(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            for (Worker w : workers) {
                if (w != null) {
                    LockSupport.unpark(w);
                }
            }
        }
    }
}
