package org.spinflow.devices.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * JMH benchmarks: building 10,000 per-device mtj-f-default tables with variability (parallel,
 * common ForkJoin pool), and the batched read path (ns per element). Run, after
 * {@code mvn test-compile}, with
 * {@code java -cp target/test-classes:target/classes:<jmh-core jars> org.openjdk.jmh.Main DeviceBenchmark}.
 * Not run by the unit tests.
 */
@State(Scope.Benchmark)
@Fork(1)
public class DeviceBenchmark {

    static final int BATCH = 64, NEURONS = 256;

    Device population;
    float[] drive, out;
    long key;

    @Setup(Level.Trial)
    public void setup() {
        population = DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), NEURONS, 42, 7, 1.0, true, null));
        drive = new float[BATCH * NEURONS];
        out = new float[drive.length];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < drive.length; i++) {
            drive[i] = (float) (1.62e-3 + 3.74e-3 * r.nextGaussian());
        }
    }

    /** 10,000 per-device tables (161 points each, variability 1, read-noise sigma per point). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public Device build10kTables() {
        return DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), 10_000, 42, 7, 1.0, true, null));
    }

    /** Noisy batched reads; the score is per element. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH * NEURONS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 3, time = 1)
    public float[] readNoisy() {
        population.read(drive, out, drive.length, key++);
        return out;
    }
}
