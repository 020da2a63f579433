package org.spinflow.devices.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.SplittableRandom;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * Noisy batched reads of an {@code mtj-f-default} population (variability 1, read noise), timed on
 * the calling thread's CPU clock: the shortest of 2,500 batches of 32 samples after 500 warm-up
 * batches, in ns per read. A batch is shorter than a scheduler time slice, so the shortest is the
 * least disturbed by other processes: a way to compare two builds back to back on a busy machine
 * ({@link DeviceBenchmark#readNoisy} is the JMH figure). Argument: population size (default 100).
 * Run with the classpath of {@link DeviceBenchmark}:
 * {@code java -cp ... org.spinflow.devices.bench.ReadTiming 256}.
 */
public final class ReadTiming {

    private ReadTiming() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Device d = DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), size, 42, 7, 1.0, true, null));
        int count = 32 * size;
        float[] x = new float[count], y = new float[count];
        SplittableRandom r = new SplittableRandom(3);
        double mid = 0.5 * (d.inputMin() + d.inputMax()), span = d.inputMax() - d.inputMin();
        for (int k = 0; k < count; k++) {
            x[k] = (float) (mid + 0.15 * span * r.nextGaussian());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        double sink = 0;
        for (int rep = 0; rep < 3000; rep++) {
            long t0 = threads.getCurrentThreadCpuTime();
            d.read(x, y, count, rep);
            long t = threads.getCurrentThreadCpuTime() - t0;
            if (rep >= 500) {
                best = Math.min(best, t);
            }
            sink += y[rep % count];
        }
        System.out.printf("%d devices: %.2f ns per noisy read (cpu clock, shortest of 2,500 batches of %d; checksum %.3f)%n",
                size, best / (double) count, count, sink);
    }
}
