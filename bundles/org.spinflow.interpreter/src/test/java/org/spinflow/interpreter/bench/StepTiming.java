package org.spinflow.interpreter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.spinflow.interpreter.Optimiser;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingSpec;

/**
 * Times single training steps (batch 32, momentum SGD, as {@code spinflow bench}) phase by phase:
 * load + forward, perturbation + backward, commit, and the whole step; then the step as
 * {@code spinflow bench} runs it ({@code trainStep}: the first two phases in one parallel section).
 * Prints the shortest and the 10th percentile of each over the timed steps, after as many warm-up steps (and the
 * mean of the fused step: with the {@code cpu} clock, the step's cost including cache misses but not the time
 * the thread waited for a core). A step is shorter than a
 * scheduler time slice, so the shortest is the least disturbed by other processes: a way to compare
 * two versions back to back on a busy machine (not a throughput figure).
 *
 * <p>Arguments (all optional, in this order): modes ({@code exact,analog-central}), threads (1),
 * shape ({@code 784-100-10}), steps (6000), clock ({@code wall}, or {@code cpu}: the calling thread's
 * CPU time, which leaves out the time the thread waited for a core; meaningful with 1 thread only).
 * The inputs are the first 8,192 MNIST training images when {@code -Dmnist=DIR} names an IDX folder,
 * else random sparse inputs (19 % non-zero). Run with the classpath of {@link InterpreterBenchmark}:
 * {@code java -cp ... org.spinflow.interpreter.bench.StepTiming exact,analog-central 1 784-100-10 6000 cpu}.
 */
public final class StepTiming {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StepTiming() {
    }

    public static void main(String[] args) throws Exception {
        String modes = args.length > 0 ? args[0] : "exact,analog-central";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String shape = args.length > 2 ? args[2] : "784-100-10";
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 6000;
        boolean cpu = args.length > 4 && args[4].equals("cpu");
        String[] p = shape.split("-");
        int in = Integer.parseInt(p[0]);
        int out = Integer.parseInt(p[p.length - 1]);
        int[] hidden = BenchNetworks.hidden(shape);
        final int batch = 32;
        float[] data;
        int[] labels;
        String mnist = System.getProperty("mnist");
        if (mnist != null && in == 784) {
            org.spinflow.data.Dataset raw = org.spinflow.data.IdxDatasets.loadDir(java.nio.file.Path.of(mnist), true)
                    .head(8192);
            org.spinflow.data.Dataset ds = org.spinflow.data.Normaliser.SCALE255.fit(raw).apply(raw);
            data = ds.features();
            labels = ds.labels();
        } else {
            SplittableRandom r = new SplittableRandom(1);
            data = new float[8192 * in];
            for (int i = 0; i < data.length; i++) {
                data[i] = r.nextDouble() < 0.81 ? 0f : (float) r.nextDouble();
            }
            labels = new int[8192];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = r.nextInt(out);
            }
        }
        int samples = labels.length;
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        for (String mode : modes.split(",")) {
            GradientMode g = GradientMode.get(mode);
            Network n = BenchNetworks.mlp(g, in, hidden, out, batch);
            TrainingSpec ts = n.getTraining();
            try (Plan plan = Plan.compile(n, null, new RunConfig(g, 0.1, 1, 1, batch, threads, true, true),
                    new Optimiser(ts.getOptimizer()))) {
                plan.initialise(batch, 1);
                long[][] t = new long[4][steps];
                long step = 0;
                for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                    for (int i = 0; i < steps; i++, step++) {
                        int from = (int) ((step * batch) % (samples - batch));
                        long t0 = now(cpu);
                        plan.load(data, in, labels, order, from, from + batch);
                        plan.forward(Keys.mix(0, step));
                        long t1 = now(cpu);
                        plan.gradients();
                        long t2 = now(cpu);
                        plan.commit(0.05);
                        long t3 = now(cpu);
                        t[0][i] = t1 - t0;
                        t[1][i] = t2 - t1;
                        t[2][i] = t3 - t2;
                        t[3][i] = t3 - t0;
                    }
                }
                // the step as spinflow bench runs it: forward, perturbation and backward in one parallel section
                long[] fused = new long[steps];
                for (int i = 0; i < steps; i++, step++) {
                    int from = (int) ((step * batch) % (samples - batch));
                    long t0 = now(cpu);
                    plan.load(data, in, labels, order, from, from + batch);
                    plan.trainStep(Keys.mix(0, step));
                    plan.commit(0.05);
                    fused[i] = now(cpu) - t0;
                }
                long fusedSum = 0;
                for (long f : fused) {
                    fusedSum += f;
                }
                Arrays.sort(fused);
                String[] names = {"load+forward", "perturb+backward", "commit", "step"};
                StringBuilder sb = new StringBuilder(String.format("%-15s %s T=%d (%s clock, shortest/p10 of %d, us):", mode,
                        shape, threads, cpu ? "cpu" : "wall", steps));
                for (int k = 0; k < 4; k++) {
                    Arrays.sort(t[k]);
                    sb.append(String.format("  %s %.1f/%.1f", names[k], t[k][0] / 1e3, t[k][steps / 10] / 1e3));
                }
                sb.append(String.format("  | fused step %.1f/%.1f, mean %.1f", fused[0] / 1e3, fused[steps / 10] / 1e3,
                        fusedSum / 1e3 / steps));
                System.out.println(sb);
            }
        }
    }

    private static long now(boolean cpu) {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
