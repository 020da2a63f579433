package org.spinflow.interpreter.bench;

import java.util.concurrent.CyclicBarrier;

/**
 * What two threads can gain on this machine before any Spinflow code runs: the same fixed work (a
 * vectorisable multiply-add pass, {@code y[j] = y[j] * a + x[j]} over eight rows of {@code n} floats,
 * repeated) timed on one thread, then on two threads at once (each its own arrays, started together
 * by a barrier), in rounds. A working set that fits in a core's L1 or L2 shows whether the two vCPUs
 * have their own vector units (about 2x) or share one physical core (about 1x); one much larger than
 * L2 shows what the shared cache and memory give two streams. Prints per round the one-thread time,
 * both threads' times and the scaling {@code 2 x one / slower of the two}.
 *
 * <p>Arguments: working set sizes in KB (default {@code 8,256,8192}), rounds (default 5), milliseconds
 * of work per timing (default 100). Run with the classpath of {@link StepTiming}:
 * {@code java -cp ... org.spinflow.interpreter.bench.CoreScaling 8,256,8192 5 100}.
 */
public final class CoreScaling {
    private static volatile float sink;

    private CoreScaling() {
    }

    /** Work on eight rows of {@code n} floats, {@code reps} passes; returns nanoseconds. */
    private static long work(float[][] y, float[] x, int reps) {
        final int n = x.length;
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < y.length; k++) {
                final float[] yk = y[k];
                final float a = 0.999f + k * 1e-5f;
                for (int j = 0; j < n; j++) {
                    yk[j] = yk[j] * a + x[j];
                }
            }
        }
        long t = System.nanoTime() - t0;
        sink += y[3][n / 2];
        return t;
    }

    private static float[][] rows(int n) {
        return new float[8][n];
    }

    private static float[] input(int n) {
        float[] x = new float[n];
        for (int j = 0; j < n; j++) {
            x[j] = j * 1e-7f;
        }
        return x;
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "8,256,8192").split(",");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double ms = args.length > 2 ? Double.parseDouble(args[2]) : 100;
        for (String s : sizes) {
            final int n = Math.max(16, Integer.parseInt(s.trim()) * 1024 / 4 / 8);
            final float[][] y0 = rows(n), y1 = rows(n);
            final float[] x0 = input(n), x1 = input(n);
            // warm-up until compiled, then size the work to about ms milliseconds
            int reps = 1;
            long t = 0;
            for (int i = 0; i < 30 || t < 5_000_000L; i++) {
                t = work(y0, x0, reps);
                if (t < 5_000_000L) {
                    reps *= 2;
                }
            }
            final int r = (int) Math.max(1, reps * (ms * 1e6 / t));
            for (int round = 1; round <= rounds; round++) {
                long one = work(y0, x0, r);
                long[] two = new long[2];
                CyclicBarrier start = new CyclicBarrier(2);
                Thread other = new Thread(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    two[1] = work(y1, x1, r);
                });
                other.start();
                start.await();
                two[0] = work(y0, x0, r);
                other.join();
                long slower = Math.max(two[0], two[1]);
                System.out.printf("%6d KB per thread, round %d: 1 thread %.1f ms; 2 threads %.1f / %.1f ms; scaling %.2fx%n",
                        n * 8 * 4 / 1024, round, one / 1e6, two[0] / 1e6, two[1] / 1e6, 2.0 * one / slower);
            }
        }
    }
}
