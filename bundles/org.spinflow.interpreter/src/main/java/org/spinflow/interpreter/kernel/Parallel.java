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
 *
 * <p>A worker joins each job before it takes any of its work. When the caller has done its own part
 * (and, for {@link #forEach} and {@link #forEachAffine}, every index left to take), it shuts the job to the
 * workers that have not joined yet: they skip it, and the caller runs their chunks of a {@link #forRange}
 * itself, with their worker numbers. So a worker whose core the host has taken away for a while (or one
 * still waking from a park) delays a section only when it has already begun work in it; the caller waits
 * only for workers that joined. Which thread runs a chunk never changes what the chunk computes.
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
    private final Runnable beforeJoin;
    private final Object lock = new Object();
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    /**
     * The last job posted, with its number: one immutable object published by a volatile write (under
     * {@link #lock}, which only the caller and an exiting worker take), so a spinning worker picks it up with
     * one read and no lock. A late worker may see a newer job than the one that woke it, and never runs a
     * job twice (it remembers the number it ran).
     */
    private volatile Job job = new Job(null, 0, 0, 0, 0, null);
    private static final int RANGE = 0, DYNAMIC = 1, AFFINE = 2;

    /**
     * A parallel section: its body, size, parts, how it hands out indices ({@link #RANGE}, {@link #DYNAMIC},
     * {@link #AFFINE}), number, and per worker k (at k - 1) whether it has joined ({@link #JOINED}), may still
     * join ({@link #OPEN}) or was shut out by the caller ({@link #SHUT}).
     */
    private record Job(RangeBody body, int n, int parts, int mode, long generation,
            java.util.concurrent.atomic.AtomicIntegerArray joins) {
    }
    private static final int OPEN = 0, JOINED = 1, SHUT = 2;
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
    /** Timing instrumentation for the bench tools ({@link Probe}); null (off) in production. */
    private volatile Probe probe;
    /** When the running job was posted (System.nanoTime), set only while a probe is attached. */
    private volatile long postedAt;

    /**
     * Where the time of the parallel sections goes, for the bench tools (test code attaches one with
     * {@link #probe(Probe)}; production code never does, and then nothing is timed). Per section number
     * {@code s} within a step (the tool calls {@link #nextStep()} before each step) and run: the caller's
     * own work and its wait for the workers after it, the first worker's delay from the post to its start
     * and its work (nanoseconds), and the indices each of the two ran; and counts of worker and caller parks.
     */
    public static final class Probe {
        public static final int SECTIONS = 8;
        int section;
        /** [section]: runs recorded. */
        public final int[] count = new int[SECTIONS];
        /** [section][run]. */
        public final long[][] callerWork, callerWait, workerDelay, workerWork, callerIndices, workerIndices;
        public long workerParks, callerParks;
        /** Workers shut out of a job because they had not joined it when the caller was done (see the class comment). */
        public long shutOuts;
        volatile int current;

        public Probe(int runs) {
            callerWork = new long[SECTIONS][runs];
            callerWait = new long[SECTIONS][runs];
            workerDelay = new long[SECTIONS][runs];
            workerWork = new long[SECTIONS][runs];
            callerIndices = new long[SECTIONS][runs];
            workerIndices = new long[SECTIONS][runs];
        }

        /** Starts a new step: the next parallel section is section 0. */
        public void nextStep() {
            section = 0;
        }
    }

    /** Attaches (or with null detaches) a timing {@link Probe}; for bench tools only. */
    public void probe(Probe p) {
        this.probe = p;
    }

    public Parallel(int threads) {
        this(threads, null);
    }

    /**
     * Tests only: {@code beforeJoin} runs on a worker each time it has seen a new job and is about to join it
     * (a test holds a worker there to make it late).
     */
    Parallel(int threads, Runnable beforeJoin) {
        this.beforeJoin = beforeJoin;
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
            final java.util.concurrent.atomic.AtomicIntegerArray joins = new java.util.concurrent.atomic.AtomicIntegerArray(p - 1);
            if (mode == AFFINE) {
                for (int k = 0; k < p; k++) {
                    cursors.set(16 * k, ((long) chunk(n, p, k) << 32) | chunk(n, p, k + 1));
                }
            }
            synchronized (lock) {
                final long generation = job.generation();
                for (int k = 0; k < p - 1; k++) {
                    if (workers[k] == null || !workers[k].alive) {
                        workers[k] = new Worker(k + 1, generation);
                        workers[k].start();
                    }
                }
                final Probe pr = probe;
                if (pr != null) {
                    pr.current = Math.min(pr.section++, Probe.SECTIONS - 1);
                    postedAt = System.nanoTime();
                }
                job = new Job(body, n, p, mode, generation + 1, joins);
            }
            for (int k = 0; k < p - 1; k++) {
                LockSupport.unpark(workers[k]);
            }
            final Probe pr = probe;
            final long c0 = pr == null ? 0 : System.nanoTime();
            Throwable mine = null;
            try {
                work(body, mode, n, p, 0);
            } catch (RuntimeException | Error e) {
                mine = e;
            }
            // the workers that have not joined by now skip this job: the caller runs their chunks of a range job
            // (all indices of the other modes are taken by now)
            for (int k = 1; k < p; k++) {
                if (joins.compareAndSet(k - 1, OPEN, SHUT)) {
                    if (mode == RANGE && mine == null) {
                        try {
                            body.run(chunk(n, p, k), chunk(n, p, k + 1), k);
                        } catch (RuntimeException | Error e) {
                            mine = e;
                        }
                    }
                    if (pr != null) {
                        pr.shutOuts++;
                    }
                    pending.decrementAndGet();
                }
            }
            final long c1 = pr == null ? 0 : System.nanoTime();
            awaitWorkers();
            if (pr != null) {
                final int sec = pr.current;
                final int run = pr.count[sec];
                if (run < pr.callerWork[sec].length) {
                    pr.callerWork[sec][run] = c1 - c0;
                    pr.callerWait[sec][run] = System.nanoTime() - c1;
                    pr.callerIndices[sec][run] = indicesRun[0];
                    pr.count[sec]++;
                }
            }
            Throwable f = mine != null ? mine : failure;
            failure = null;
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

    /** Indices each thread ran in its last job (probe only; element k written by thread k alone). */
    private final long[] indicesRun = new long[16 * 64];

    /** Part {@code k} of a job of {@code p} parts, run by worker k. */
    private void work(RangeBody body, int mode, int n, int p, int k) {
        int ran = 0;
        switch (mode) {
            case DYNAMIC -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    body.run(i, i + 1, k);
                    ran++;
                }
            }
            case AFFINE -> {
                for (int i = takeFront(k); i >= 0; i = takeFront(k)) {
                    body.run(i, i + 1, k);
                    ran++;
                }
                for (int d = 1; d < p; d++) {
                    final int other = (k + d) % p;
                    for (int i = takeBack(other); i >= 0; i = takeBack(other)) {
                        body.run(i, i + 1, k);
                        ran++;
                    }
                }
            }
            default -> {
                body.run(chunk(n, p, k), chunk(n, p, k + 1), k);
                ran = chunk(n, p, k + 1) - chunk(n, p, k);
            }
        }
        if (k < 64 && probe != null) { // only a bench tool's probe reads it
            indicesRun[16 * k] = ran;
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
                final Probe pr = probe;
                if (pr != null) {
                    pr.callerParks++;
                }
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
                final Job j = awaitJob();
                if (j == null) {
                    return;
                }
                seen = j.generation();
                final RangeBody b = j.body();
                final int n = j.n(), p = j.parts(), mode = j.mode();
                if (b != null && index < p && join(j)) {
                    final Probe pr = probe;
                    final long w0 = pr == null ? 0 : System.nanoTime();
                    try {
                        work(b, mode, n, p, index);
                    } catch (RuntimeException | Error e) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                    if (pr != null && index == 1) {
                        final int sec = pr.current;
                        final int run = pr.count[sec];
                        if (run < pr.workerWork[sec].length) {
                            pr.workerDelay[sec][run] = w0 - postedAt;
                            pr.workerWork[sec][run] = System.nanoTime() - w0;
                            pr.workerIndices[sec][run] = indicesRun[16 * index];
                        }
                    }
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(waiter);
                    }
                }
            }
        }

        /** Joins job {@code j} (after the test hook, if any); false when the caller has shut this worker out of it. */
        private boolean join(Job j) {
            if (beforeJoin != null) {
                beforeJoin.run();
            }
            return j.joins().compareAndSet(index - 1, OPEN, JOINED);
        }

        /** Waits for the next job and returns it; null when the worker should exit (closed or idle). */
        private Job awaitJob() {
            long start = System.nanoTime();
            while (true) {
                final Job j = job;
                if (j.generation() != seen) {
                    return closed ? null : j;
                }
                if (closed) {
                    return null;
                }
                long idle = System.nanoTime() - start;
                if (idle < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else if (idle < IDLE_EXIT_MILLIS * 1_000_000L) {
                    final Probe pr = probe;
                    if (pr != null) {
                        pr.workerParks++;
                    }
                    LockSupport.parkNanos(this, 50_000_000L);
                } else {
                    synchronized (lock) {
                        if (job.generation() == seen) {
                            alive = false;
                            return null;
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
