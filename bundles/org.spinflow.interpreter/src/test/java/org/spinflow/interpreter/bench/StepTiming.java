package org.spinflow.interpreter.bench;

/**
 * Times single training steps of {@link InterpreterBenchmark}'s plan (784-100-10, batch 32, 1
 * thread) with {@code System.nanoTime()} and prints the shortest, the 10th percentile and the median
 * of 6,000 steps after 4,000 warm-up steps. A step is shorter than a scheduler time slice, so the
 * shortest is the least disturbed by other processes: a way to compare two versions back to back on
 * a busy machine (not a throughput figure). Run with the classpath of {@link InterpreterBenchmark}:
 * {@code java -cp ... org.spinflow.interpreter.bench.StepTiming exact,analog-central}.
 */
public final class StepTiming {

    private StepTiming() {
    }

    public static void main(String[] args) {
        for (String mode : (args.length > 0 ? args[0] : "exact,analog-central").split(",")) {
            InterpreterBenchmark b = new InterpreterBenchmark();
            b.mode = mode;
            b.setup();
            for (int i = 0; i < 4000; i++) {
                b.trainStep();
            }
            int n = 6000;
            long[] t = new long[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                b.trainStep();
                t[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(t);
            System.out.printf("%-15s shortest %6.1f us  p10 %6.1f us  median %6.1f us per step of 32%n", mode, t[0] / 1e3,
                    t[n / 10] / 1e3, t[n / 2] / 1e3);
            b.close();
        }
    }
}
