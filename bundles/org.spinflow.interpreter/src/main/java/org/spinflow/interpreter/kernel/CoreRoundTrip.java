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
     * Waits a little: a spin-wait hint, and after 10,000 fruitless spins (far longer than a round trip between two
     * running threads) also gives up the core now and then, so that on a machine whose cores are all busy the other
     * thread gets one (the reading is then large, which is what it should say).
     */
    private static void pause(int spins) {
        if (spins > 10_000 && (spins & 1023) == 0) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
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
                for (int spins = 1; (seen = line.get()) != i; spins++) {
                    if (seen < 0) {
                        return;
                    }
                    pause(spins);
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
                    pause(spins);
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
