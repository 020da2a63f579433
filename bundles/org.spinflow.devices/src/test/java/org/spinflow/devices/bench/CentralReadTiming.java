package org.spinflow.devices.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.table.TableDevice;

/**
 * The three noisy reads of a central difference as analog training takes them: an {@code mtj-f-default}
 * population (variability 1, read noise), blocks of 4 samples, 8 blocks a step, new drives every step
 * (every device at its own mean drive with a spread, so the reads reach into the whole table), read by
 * {@link TableDevice#readCentral} with a reused scratch and, alternated step by step in the same JVM, by three
 * {@link TableDevice#read}s of the shifted drives (the read-by-read path, the arithmetic readCentral had
 * before its passes). Timed on the calling thread's CPU clock; prints the shortest, 10th percentile and
 * median in ns per read of each, and whether both gave the same bits. Arguments: population size (256),
 * timed steps (4000, after as many warm-up steps). Run with the classpath of {@link DeviceBenchmark}:
 * {@code java -cp ... org.spinflow.devices.bench.CentralReadTiming 256 4000}.
 */
public final class CentralReadTiming {

    private CentralReadTiming() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        TableDevice d = (TableDevice) DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), size, 42, 7, 1.0, true, null));
        int block = 4 * size, blocks = 8, batches = 64;
        SplittableRandom r = new SplittableRandom(3);
        double mid = 0.5 * (d.inputMin() + d.inputMax()), span = d.inputMax() - d.inputMin();
        double[] devMid = new double[size];
        for (int j = 0; j < size; j++) {
            devMid[j] = mid + 0.1 * span * r.nextGaussian();
        }
        float[][] x = new float[batches][blocks * block];
        for (float[] b : x) {
            for (int k = 0; k < b.length; k++) {
                b[k] = (float) (devMid[k % size] + 0.1 * span * r.nextGaussian());
            }
        }
        float h = (float) (0.02 * span);
        float[][][] shifted = new float[batches][3][blocks * block];
        for (int b = 0; b < batches; b++) {
            for (int k = 0; k < x[b].length; k++) {
                shifted[b][0][k] = x[b][k] + 0f;
                shifted[b][1][k] = x[b][k] + h;
                shifted[b][2][k] = x[b][k] - h;
            }
        }
        TableDevice.CentralScratch sc = new TableDevice.CentralScratch();
        float[][] fused = new float[3][block], single = new float[3][block];
        float[] part = new float[block];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] t = new long[2][steps];
        boolean same = true;
        for (int s = 0; s < 2 * steps; s++) {
            int b = s % batches;
            long t0 = threads.getCurrentThreadCpuTime();
            for (int q = 0; q < blocks; q++) {
                d.readCentral(x[b], q * block, block, h, fused[0], fused[1], fused[2], key(s, q, 0), key(s, q, 1),
                        key(s, q, 2), sc);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int q = 0; q < blocks; q++) {
                for (int j = 0; j < 3; j++) {
                    System.arraycopy(shifted[b][j], q * block, part, 0, block);
                    d.read(part, single[j], block, key(s, q, j));
                }
            }
            long t2 = threads.getCurrentThreadCpuTime();
            if (s >= steps) {
                t[0][s - steps] = t1 - t0;
                t[1][s - steps] = t2 - t1;
            }
            for (int j = 0; j < 3; j++) { // the last block of the step
                same &= Arrays.equals(fused[j], single[j]);
            }
        }
        double reads = 3.0 * blocks * block;
        String[] names = {"readCentral (passes)", "3 x read (read by read)"};
        for (int v = 0; v < 2; v++) {
            Arrays.sort(t[v]);
            System.out.printf("%-24s %.2f / %.2f / %.2f ns per read (shortest / p10 / median of %d steps, cpu clock)%n",
                    names[v], t[v][0] / reads, t[v][steps / 10] / reads, t[v][steps / 2] / reads, steps);
        }
        System.out.println("same bits: " + same);
    }

    private static long key(int step, int block, int kind) {
        return (step * 8L + block) * 3 + kind;
    }
}
