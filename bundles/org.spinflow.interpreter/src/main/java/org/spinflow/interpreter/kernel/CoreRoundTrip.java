package org.spinflow.interpreter.kernel;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far apart two threads' cores are right now: the mean round trip of a cache line between the calling thread
 * and a second one, each waiting for the other's write before writing its own. A two-thread training step hands
 * cache lines between its threads (the split forward pass's sums, the output gradients the commit reads), so its
 * speed follows this figure. On the 2-vCPU virtual machines Spinflow is measured on, it reads 60-170 ns when the
 * host runs the two vCPUs on neighbouring cores and 310-440 ns at other times (the host moves them), and in the
 * latter state a 2-thread step takes about as long as a 1-thread one (docs/PERFORMANCE.md, session 13).
 * {@code spinflow bench} reports it before and after its runs, and {@code bench/compare-torch.sh} counts a
 * 2-thread round for the 2-thread verdicts only when both readings were near.
 */
public final class CoreRoundTrip {

    private CoreRoundTrip() {
    }

    /**
     * The mean round trip in nanoseconds over {@code millis} milliseconds (after a tenth of that to warm up), or NaN
     * on a machine with fewer than two processors (the two threads would take turns on one core) or when the second
     * thread did not answer within a second (the machine is too busy to tell).
     */
    public static double nanos(long millis) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return Double.NaN;
        }
        final AtomicLong line = new AtomicLong();
        final Thread partner = new Thread(() -> {
            for (long i = 1; ; i += 2) {
                long seen;
                while ((seen = line.get()) != i) {
                    if (seen < 0) {
                        return;
                    }
                    Thread.onSpinWait();
                }
                if (!line.compareAndSet(i, i + 1)) {
                    return; // the measurement ended meanwhile
                }
            }
        }, "spinflow-core-probe");
        partner.setDaemon(true);
        partner.start();
        try {
            final long warm = Math.max(1, millis / 10) * 1_000_000L, span = Math.max(1, millis) * 1_000_000L;
            final long begin = System.nanoTime();
            long t0 = 0, counted = 0;
            boolean timing = false;
            for (long i = 0; ; i += 2) {
                line.set(i + 1);
                for (int spins = 1; line.get() != i + 2; spins++) {
                    if ((spins & 0xFFFF) == 0 && System.nanoTime() - begin > span + warm + 1_000_000_000L) {
                        return Double.NaN; // the partner thread did not get a core
                    }
                    Thread.onSpinWait();
                }
                if ((++counted & 127) == 0) { // the clock every 128 round trips, so that reading it costs little
                    final long now = System.nanoTime();
                    if (!timing && now - begin >= warm) {
                        timing = true;
                        t0 = now;
                        counted = 0;
                    } else if (timing && now - t0 >= span) {
                        return (now - t0) / (double) counted;
                    }
                }
            }
        } finally {
            line.set(Long.MIN_VALUE); // the partner returns
        }
    }
}
