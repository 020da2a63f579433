package org.spinflow.interpreter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.kernel.Parallel;
import org.spinflow.model.GradientMode;

/**
 * Where the time of a multi-threaded training step goes (as {@code spinflow bench}: MNIST, batch 32, momentum
 * SGD): per parallel section of a step (section 0 the fused forward/backward, then the commits), the caller's
 * own work, its wait for the workers, the workers' delay from the post to their start and their work, and the
 * indices each ran ({@link Parallel.Probe}); and, from Linux's {@code /proc/self/task/}{@code *}{@code /schedstat},
 * how long each thread of the JVM ran and waited for a core during the timed steps (compiler and GC threads
 * competing with the workers show up there); and, before and after the timed steps, the round trip of a cache
 * line between two threads ({@link org.spinflow.interpreter.kernel.CoreRoundTrip}), which tells where the virtual machine's two cores were placed on
 * the host at the time: measured on this machine (2 vCPUs, KVM), from one JVM to the next, 36-80 ns (neighbouring
 * cores) or 460-500 ns (distant ones), the placement changing from run to run.
 *
 * <p>Arguments: mode, shape, threads, warm-up samples, timed steps, e.g.
 * {@code java -cp ... org.spinflow.interpreter.bench.SectionTiming exact 784-256-10 2 60000 1000}.
 * {@code -Dmnist=DIR} names the MNIST IDX folder.
 */
public final class SectionTiming {
    private static final int BATCH = 32;

    private SectionTiming() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String shape = args[1];
        int threads = Integer.parseInt(args[2]);
        int warm = Integer.parseInt(args[3]);
        int steps = Integer.parseInt(args[4]);
        BenchNetworks.Mnist data = BenchNetworks.Mnist.load();
        GradientMode g = GradientMode.get(mode);
        try (Plan plan = BenchNetworks.plan(g, shape, threads)) {
            int pos = 0;
            // the warm-up runs the probed code paths too, so that attaching the timing probe does not make the JIT
            // recompile the step (and compete with the workers for the two cores) during the timed steps
            Parallel.Probe warmProbe = new Parallel.Probe(1);
            plan.step().parallel.probe(warmProbe);
            long[] warmTimes = new long[1];
            for (int s = 0; s < warm / BATCH; s++) {
                pos = data.step(plan, BATCH, pos, warmTimes, warmTimes, 0, warmProbe);
            }
            Parallel.Probe probe = new Parallel.Probe(steps);
            plan.step().parallel.probe(probe);
            long[] train = new long[steps];
            long[] commit = new long[steps];
            double rt0 = org.spinflow.interpreter.kernel.CoreRoundTrip.nanos(40);
            Map<String, long[]> before = schedstat();
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                pos = data.step(plan, BATCH, pos, train, commit, s, probe);
            }
            long wall = System.nanoTime() - t0;
            Map<String, long[]> after = schedstat();
            plan.step().parallel.probe(null);
            double rt1 = org.spinflow.interpreter.kernel.CoreRoundTrip.nanos(40);
            System.out.printf("%s %s T=%d: %.0f samples/s over %d steps; trainStep %s; commit %s (us)%n", mode, shape, threads,
                    (double) BATCH * steps / (wall / 1e9), steps, BenchNetworks.stats(train), BenchNetworks.stats(commit));
            for (int sec = 0; sec < Parallel.Probe.SECTIONS; sec++) {
                int c = probe.count[sec];
                if (c == 0) {
                    continue;
                }
                System.out.printf("  section %d (%d runs; median / mean, us): caller work %s wait %s, indices %s; worker delay %s work %s, indices %s%n",
                        sec, c, mm(probe.callerWork[sec], c, 1e3), mm(probe.callerWait[sec], c, 1e3), mm(probe.callerIndices[sec], c, 1),
                        mm(probe.workerDelay[sec], c, 1e3), mm(probe.workerWork[sec], c, 1e3), mm(probe.workerIndices[sec], c, 1));
            }
            System.out.printf("  parks: caller %d, workers %d; workers shut out of a job (the caller did their share) %d; core-to-core round trip %.0f ns before, %.0f ns after%n",
                    probe.callerParks, probe.workerParks, probe.shutOuts, rt0, rt1);
            System.out.printf("  threads over the timed steps (%.0f ms wall): name run-ms runqueue-wait-ms slices%n", wall / 1e6);
            for (Map.Entry<String, long[]> e : after.entrySet()) {
                long[] a = e.getValue();
                long[] b = before.getOrDefault(e.getKey(), new long[3]);
                long run = a[0] - b[0];
                if (run > 1_000_000 || a[1] - b[1] > 1_000_000) {
                    System.out.printf("    %-32s %8.1f %8.1f %6d%n", e.getKey(), run / 1e6, (a[1] - b[1]) / 1e6, a[2] - b[2]);
                }
            }
        }
    }

    /** Per thread of this JVM ("name/tid"): run time, run-queue wait (ns) and time slices, from schedstat. */
    private static Map<String, long[]> schedstat() throws IOException {
        Map<String, long[]> m = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).trim();
                    String[] f = Files.readString(t.resolve("schedstat")).trim().split(" ");
                    m.put(name + "/" + t.getFileName(), new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return m;
    }

    private static String mm(long[] v, int n, double unit) {
        long[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        double mean = 0;
        for (long q : s) {
            mean += q;
        }
        return String.format("%.1f/%.1f", s[n / 2] / unit, mean / n / unit);
    }
}
