package org.spinflow.interpreter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

import org.spinflow.data.Dataset;
import org.spinflow.data.IdxDatasets;
import org.spinflow.data.Normaliser;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/**
 * Where a {@code spinflow bench} epoch's time goes, step by step: the same network, data order, warm-up and
 * timed epoch as {@code BenchCommand.epoch} (MNIST, batch 32, momentum SGD, one warm-up epoch), with every
 * step of the timed epoch timed on its own (wall clock and the calling thread's CPU time), then a replay of
 * every batch of the epoch three times in a row, whose shortest run is that batch's own cost (its data: the
 * zero-skipping kernels do less work on sparser images). So the timed epoch's mean step splits into the
 * shortest step, what the data adds (mean of the per-batch replay minima minus the shortest), and the rest
 * (mean minus that: disturbances, cache state, code quality). Also prints the mean step per tenth of the
 * epoch (a drift, e.g. a recompilation, shows there) and the correlation of step time with the batch's
 * non-zero input count. Not a throughput figure of its own: {@code spinflow bench} is.
 *
 * <p>Arguments: MNIST folder, modes ({@code exact,analog-central}, run one after another in this JVM as
 * {@code spinflow bench} does), shape ({@code 784-100-10}), threads (1), samples (all 60,000). System
 * properties: {@code -Dprobe=true} times a fixed vectorised loop over 32 KB (in L1, about 30 us) after every
 * timed step and prints its distribution, the median step over the median loop (the code's speed relative to
 * the core's at that moment: the same in every JVM when the JIT made the same code) and, with
 * {@code -Dtrace=true}, the busy jiffies of each CPU per 125 steps (/proc/stat); {@code -Dtrace=true} prints
 * the mean step per 125 steps of the timed epoch and the replay (and of the loop); {@code -Dnoreplay=true}
 * leaves the replay out. Run with the classpath of {@link InterpreterBenchmark}, e.g.
 * {@code java -XX:+UseParallelGC -Dprobe=true -Dtrace=true -cp ... org.spinflow.interpreter.bench.EpochTiming
 * ../shared/data/mnist exact 784-100-10 1}.
 */
public final class EpochTiming {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCH = 32;
    /** With -Dprobe=true: a fixed loop timed after every timed step (the machine's speed at that moment). */
    private static final boolean PROBE = Boolean.getBoolean("probe");
    private static final float[] PX = new float[4000];
    private static final float[] PY = new float[4000];
    private static long[] probe;
    private static final long[][] STAT = new long[64][];

    /** Busy jiffies of each CPU (/proc/stat). */
    private static long[] busy() {
        try {
            return java.nio.file.Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.matches("cpu[0-9].*"))
                    .mapToLong(l -> {
                        String[] f = l.trim().split(" +");
                        long sum = 0;
                        for (int i = 1; i < f.length; i++) {
                            if (i != 4 && i != 5) {
                                sum += Long.parseLong(f[i]);
                            }
                        }
                        return sum;
                    }).toArray();
        } catch (java.io.IOException e) {
            return new long[0];
        }
    }

    /** A fixed vectorised loop over 32 KB in L1, about 50 us: its time tracks the core's speed, not the JIT. */
    private static void probe() {
        for (int r = 0; r < 100; r++) {
            for (int j = 0; j < PX.length; j++) {
                PY[j] = PY[j] * 0.999f + PX[j];
            }
        }
    }

    private EpochTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String modes = args.length > 1 ? args[1] : "exact,analog-central";
        String shape = args.length > 2 ? args[2] : "784-100-10";
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int[] hidden = BenchNetworks.hidden(shape);
        Dataset raw = IdxDatasets.loadDir(dir, true);
        if (args.length > 4) {
            raw = raw.head(Integer.parseInt(args[4]));
        }
        Dataset ds = Normaliser.SCALE255.fit(raw).apply(raw);
        float[] x = ds.features();
        int[] y = ds.labels();
        int d = ds.d();
        int n = ds.n();
        int[] order = Splits.shuffle(Splits.range(n), 1);
        int steps = (n + BATCH - 1) / BATCH;
        int[] nnz = new int[steps];
        for (int s = 0; s < steps; s++) {
            for (int k = s * BATCH; k < Math.min(n, (s + 1) * BATCH); k++) {
                for (int i = 0, o = order[k] * d; i < d; i++) {
                    nnz[s] += x[o + i] != 0f ? 1 : 0;
                }
            }
        }
        for (int i = 0; i < PX.length; i++) {
            PX[i] = i * 1e-3f;
        }
        for (int i = 0; PROBE && i < 3000; i++) {
            probe();
        }
        for (String m : modes.split(",")) {
            probe = new long[steps];
            GradientMode g = GradientMode.get(m);
            Network net = BenchNetworks.mlp(g, 784, hidden, 10, BATCH);
            TrainingSession session = TrainingSession.of(net, null, new TrainingSession.Overrides(g, 0.1, 1L, 1, threads), null);
            try (Plan plan = session.compile()) {
                plan.initialise(BATCH, 1);
                long w0 = System.nanoTime();
                run(plan, x, d, y, order, n, 0, null, null);
                double cold = n / ((System.nanoTime() - w0) / 1e9);
                long[] wall = new long[steps];
                long[] cpu = new long[steps];
                long t0 = System.nanoTime();
                long timedStart = ManagementFactory.getRuntimeMXBean().getUptime();
                run(plan, x, d, y, order, n, 1, wall, cpu);
                double sps = n / ((System.nanoTime() - t0) / 1e9);
                // replay: each batch three times in a row, the shortest kept
                long[] floor = new long[steps];
                long replayStart = ManagementFactory.getRuntimeMXBean().getUptime();
                for (int s = 0; s < steps && !Boolean.getBoolean("noreplay"); s++) {
                    int from = s * BATCH;
                    int to = Math.min(n, from + BATCH);
                    long best = Long.MAX_VALUE;
                    for (int r = 0; r < 3; r++) {
                        long a = System.nanoTime();
                        plan.load(x, d, y, order, from, to);
                        plan.trainStep(Keys.mix(2, s));
                        plan.commit(0.05);
                        best = Math.min(best, System.nanoTime() - a);
                    }
                    floor[s] = best;
                }
                report(m, shape, threads, sps, cold, wall, cpu, floor, nnz);
                if (PROBE) {
                    System.out.println("  probe " + stats(probe) + String.format("  corr(step, probe) %.2f", corr(wall, probe)));
                    System.out.println(String.format("  summary %s %s: epoch %.0f samples/s, median step %.0f us, p10 %.0f us, median probe %.1f us, step/probe %.1f, floor mean %.0f us",
                            m, shape, sps, median(wall) / 1e3, pct(wall, 10) / 1e3, median(probe) / 1e3, median(wall) / (double) median(probe), Arrays.stream(floor).average().orElse(0) / 1e3));
                }
                if (Boolean.getBoolean("trace")) {
                    trace("timed", wall, timedStart);
                    if (PROBE) {
                        trace("probe", probe, timedStart);
                        StringBuilder sb = new StringBuilder("  busy jiffies per 125 steps (cpu0/cpu1):");
                        for (int k = 1; k < STAT.length && STAT[k] != null; k++) {
                            sb.append(' ');
                            for (int c = 0; c < STAT[k].length; c++) {
                                sb.append(c > 0 ? "/" : "").append(STAT[k][c] - STAT[k - 1][c]);
                            }
                        }
                        System.out.println(sb);
                    }
                    trace("replay", floor, replayStart);
                }
            }
        }
    }

    private static void run(Plan plan, float[] x, int d, int[] y, int[] order, int n, long epoch, long[] wall, long[] cpu) {
        for (int from = 0, bi = 0; from < n; from += BATCH, bi++) {
            int to = Math.min(n, from + BATCH);
            long a = wall != null ? System.nanoTime() : 0;
            long c = cpu != null ? THREADS.getCurrentThreadCpuTime() : 0;
            plan.load(x, d, y, order, from, to);
            plan.trainStep(Keys.mix(epoch, bi));
            plan.commit(0.05);
            if (wall != null && bi % 125 == 0 && PROBE) {
                STAT[bi / 125] = busy();
            }
            if (wall != null) {
                wall[bi] = System.nanoTime() - a;
                cpu[bi] = THREADS.getCurrentThreadCpuTime() - c;
                if (PROBE) {
                    long q = System.nanoTime();
                    probe();
                    probe[bi] = System.nanoTime() - q;
                }
            }
        }
    }

    private static void report(String mode, String shape, int threads, double sps, double cold, long[] wall, long[] cpu,
            long[] floor, int[] nnz) {
        int steps = wall.length;
        StringBuilder sb = new StringBuilder(String.format("%-15s %s T=%d: epoch %.0f samples/s (cold %.0f)%n", mode, shape,
                threads, sps, cold));
        sb.append("  wall  ").append(stats(wall)).append('\n');
        sb.append("  cpu   ").append(stats(cpu)).append('\n');
        sb.append("  floor ").append(stats(floor)).append("  (per-batch min of 3 replays)\n");
        sb.append(String.format("  corr(step, nnz) %.2f, corr(floor, nnz) %.2f, corr(step, floor) %.2f%n", corr(wall, nnz),
                corr(floor, nnz), corr(wall, floor)));
        sb.append("  mean step per tenth (us):");
        for (int t = 0; t < 10; t++) {
            int a = t * steps / 10, b = (t + 1) * steps / 10;
            long s = 0;
            for (int i = a; i < b; i++) {
                s += wall[i];
            }
            sb.append(String.format(" %.0f", s / 1e3 / (b - a)));
        }
        long over = 0;
        int slow = 0;
        for (int i = 0; i < steps; i++) {
            if (wall[i] > 2 * floor[i]) {
                over += wall[i] - floor[i];
                slow++;
            }
        }
        sb.append(String.format("%n  steps over 2x their floor: %d, their excess %.1f%% of the epoch", slow,
                100.0 * over / Arrays.stream(wall).sum()));
        System.out.println(sb);
    }

    /** Mean step per run of 125 steps, from JVM uptime {@code start} ms on. */
    private static void trace(String what, long[] v, long start) {
        StringBuilder sb = new StringBuilder("  " + what + " from " + start + " ms, mean per 125 steps (us):");
        for (int a = 0; a < v.length; a += 125) {
            long s = 0;
            int b = Math.min(v.length, a + 125);
            for (int i = a; i < b; i++) {
                s += v[i];
            }
            sb.append(String.format(" %.0f", s / 1e3 / (b - a)));
        }
        System.out.println(sb);
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length * p / 100];
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String stats(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(v).average().orElse(0);
        int n = s.length;
        return String.format("min %.0f p10 %.0f p50 %.0f p90 %.0f p99 %.0f max %.0f mean %.0f us", s[0] / 1e3, s[n / 10] / 1e3,
                s[n / 2] / 1e3, s[n * 9 / 10] / 1e3, s[n * 99 / 100] / 1e3, s[n - 1] / 1e3, mean / 1e3);
    }

    private static double corr(long[] a, int[] b) {
        double[] bb = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            bb[i] = b[i];
        }
        return corr(a, bb);
    }

    private static double corr(long[] a, long[] b) {
        double[] bb = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            bb[i] = b[i];
        }
        return corr(a, bb);
    }

    private static double corr(long[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
