package org.spinflow.devices.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * Noisy batched reads of an {@code mtj-f-default} population (variability 1, read noise), timed on
 * the calling thread's CPU clock: the shortest and the median of 2,500 batches of 32 samples after 500
 * warm-up batches, in ns per read. A batch is shorter than a scheduler time slice, so the shortest is
 * the least disturbed by other processes: a way to compare two builds back to back on a busy machine
 * ({@link DeviceBenchmark#readNoisy} is the JMH figure). Arguments: population size (default 100) and
 * the number of different drive batches read in turn (default 1: the same drives every time, so the
 * table lines they use stay in cache; e.g. 64: every device at its own mean drive with a spread, new
 * drives each batch as in training, so the reads reach into the whole table as training's do).
 * Run with the classpath of {@link DeviceBenchmark}:
 * {@code java -cp ... org.spinflow.devices.bench.ReadTiming 256 64}.
 */
public final class ReadTiming {

    private ReadTiming() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int batches = args.length > 1 ? Math.max(1, Integer.parseInt(args[1])) : 1;
        Device d = DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), size, 42, 7, 1.0, true, null));
        int count = 32 * size;
        float[][] x = new float[batches][count];
        float[] y = new float[count];
        SplittableRandom r = new SplittableRandom(3);
        double mid = 0.5 * (d.inputMin() + d.inputMax()), span = d.inputMax() - d.inputMin();
        double[] devMid = new double[size];
        for (int j = 0; j < size; j++) {
            devMid[j] = batches == 1 ? mid : mid + 0.1 * span * r.nextGaussian();
        }
        for (float[] b : x) {
            for (int k = 0; k < count; k++) {
                b[k] = (float) (devMid[k % size] + (batches == 1 ? 0.15 : 0.1) * span * r.nextGaussian());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] t = new long[2500];
        double sink = 0;
        for (int rep = 0; rep < 3000; rep++) {
            long t0 = threads.getCurrentThreadCpuTime();
            d.read(x[rep % batches], y, count, rep);
            long dt = threads.getCurrentThreadCpuTime() - t0;
            if (rep >= 500) {
                t[rep - 500] = dt;
            }
            sink += y[rep % count];
        }
        Arrays.sort(t);
        System.out.printf("%d devices, %d drive batch(es): %.2f ns per noisy read shortest, %.2f median (cpu clock, 2,500 batches of %d; checksum %.3f)%n",
                size, batches, t[0] / (double) count, t[t.length / 2] / (double) count, count, sink);
    }
}
