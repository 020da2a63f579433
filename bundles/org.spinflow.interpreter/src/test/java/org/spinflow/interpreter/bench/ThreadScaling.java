package org.spinflow.interpreter.bench;

import org.spinflow.interpreter.Plan;
import org.spinflow.model.GradientMode;

/**
 * Thread scaling measured in one JVM: plans of the same network at several thread counts (as
 * {@code spinflow bench}: MNIST, batch 32, momentum SGD) each train a warm-up, then run alternately in
 * blocks of steps (the order of the plans reversed every other block), so that all thread counts share
 * one JIT state and see the same machine drift. Separate JVMs do not: the same code settles at rates
 * up to 1.5x apart from one JVM to the next (exact 784-100-10 at 1 thread: 42-45k or 60-65k samples/s),
 * which swamps a ratio of two runs. Prints samples/s and the mean / p10 / p50 / p90 / max of the fused
 * training step ({@code trainStep}), the commit and the whole step per thread count, then each count's
 * rate over the first's.
 *
 * <p>Arguments: mode ({@code exact}, {@code analog-central}...), shape ({@code 784-256-10}), warm-up
 * samples per plan, blocks, steps per block, thread counts ({@code 1,2}). {@code -Dmnist=DIR} names the
 * MNIST IDX folder (default {@code ../shared/data/mnist}). Run with the classpath of {@link StepTiming}:
 * {@code java -cp ... org.spinflow.interpreter.bench.ThreadScaling exact 784-256-10 40000 10 150 1,2}.
 */
public final class ThreadScaling {
    private static final int BATCH = 32;

    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String shape = args[1];
        int warm = Integer.parseInt(args[2]);
        int blocks = Integer.parseInt(args[3]);
        int perBlock = Integer.parseInt(args[4]);
        String[] counts = (args.length > 5 ? args[5] : "1,2").split(",");
        BenchNetworks.Mnist data = BenchNetworks.Mnist.load();
        int c = counts.length;
        int[] threads = new int[c];
        Plan[] plans = new Plan[c];
        int[] pos = new int[c];
        GradientMode g = GradientMode.get(mode);
        for (int k = 0; k < c; k++) {
            threads[k] = Integer.parseInt(counts[k]);
            plans[k] = BenchNetworks.plan(g, shape, threads[k]);
        }
        int steps = blocks * perBlock;
        long[][] train = new long[c][steps];
        long[][] commit = new long[c][steps];
        long[] wall = new long[c];
        for (int k = 0; k < c; k++) {
            for (int s = 0; s < warm / BATCH; s++) {
                pos[k] = data.step(plans[k], BATCH, pos[k], null, null, 0, null);
            }
        }
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < c; i++) {
                int k = (b & 1) == 0 ? i : c - 1 - i;
                long t0 = System.nanoTime();
                for (int s = 0; s < perBlock; s++) {
                    pos[k] = data.step(plans[k], BATCH, pos[k], train[k], commit[k], b * perBlock + s, null);
                }
                wall[k] += System.nanoTime() - t0;
            }
        }
        double[] rate = new double[c];
        for (int k = 0; k < c; k++) {
            rate[k] = (double) BATCH * steps / (wall[k] / 1e9);
            long[] whole = new long[steps];
            for (int i = 0; i < steps; i++) {
                whole[i] = train[k][i] + commit[k][i];
            }
            System.out.printf("%s %s T=%d: %.0f samples/s; trainStep %s; commit %s; step %s (us)%n", mode, shape, threads[k], rate[k],
                    BenchNetworks.stats(train[k]), BenchNetworks.stats(commit[k]), BenchNetworks.stats(whole));
            plans[k].close();
        }
        for (int k = 1; k < c; k++) {
            System.out.printf("%s %s T=%d / T=%d = %.2f%n", mode, shape, threads[k], threads[0], rate[k] / rate[0]);
        }
    }
}
