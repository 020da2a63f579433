package org.spinflow.interpreter.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits index ranges over a fixed number of worker threads. Every index is always computed by
 * exactly one task in a fixed order, so results never depend on the number of threads.
 *
 * <p>The calling thread computes chunk 0 itself and only chunks 1..p-1 go to the pool (one
 * wake-up fewer per call than invoking a root task while the caller sleeps). Workers park when
 * idle: a spin-then-park worker pair was tried and dropped, because on a shared 2-core machine the
 * spinning thread takes the core the other one needs (2 threads ran slower than 1 at load 6).
 */
public final class Parallel implements AutoCloseable {

    /** Body over a half-open index range; {@code worker} is in [0, threads) and selects scratch buffers. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to, int worker);
    }

    private final int threads;
    private final ForkJoinPool pool;

    public Parallel(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads > 1 ? new ForkJoinPool(this.threads) : null;
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over [0, n) in up to {@link #threads()} contiguous chunks; runs inline when
     * one thread is configured or when {@code n * costPerIndex} is too small to be worth splitting.
     */
    public void forRange(int n, long costPerIndex, RangeBody body) {
        int parts = threads;
        if (pool == null || n < 2 || n * costPerIndex < 20_000) {
            body.run(0, n, 0);
            return;
        }
        parts = Math.min(parts, n);
        final int p = parts;
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[p - 1];
        for (int k = 1; k < p; k++) {
            final int w = k;
            tasks[k - 1] = pool.submit(() -> body.run(chunk(n, p, w), chunk(n, p, w + 1), w));
        }
        Throwable failure = null;
        try {
            body.run(0, chunk(n, p, 1), 0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> t : tasks) {
            try {
                t.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error er) {
            throw er;
        }
    }

    private static int chunk(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
