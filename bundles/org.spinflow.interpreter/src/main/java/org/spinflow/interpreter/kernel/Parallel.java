package org.spinflow.interpreter.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Splits index ranges over a fixed number of worker threads. Every index is always computed by
 * exactly one task in a fixed order, so results never depend on the number of threads.
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
        pool.invoke(new RecursiveAction() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void compute() {
                ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[p - 1];
                for (int k = 1; k < p; k++) {
                    final int w = k;
                    tasks[k - 1] = ForkJoinTask.adapt(() -> body.run(chunk(n, p, w), chunk(n, p, w + 1), w)).fork();
                }
                body.run(0, chunk(n, p, 1), 0);
                for (int k = p - 2; k >= 0; k--) {
                    tasks[k].join();
                }
            }
        });
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
