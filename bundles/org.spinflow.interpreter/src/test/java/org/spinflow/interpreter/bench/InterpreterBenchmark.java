package org.spinflow.interpreter.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.interpreter.Optimiser;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingSpec;

/**
 * JMH benchmarks of the interpreter hot paths on the {@code spinflow bench} shape (MNIST
 * 784-100-10, batch 32):
 * <ul>
 * <li>the crossbar kernels are in {@link KernelBenchmark} (GFLOP/s against naive loops).</li>
 * <li>{@code deviceRead}: the mtj-f-default table read path (variability, read noise) for a 32 x 100
 *     block; the score is per element.</li>
 * <li>{@code trainStep}: one whole training step (load, forward, perturbation, backward, commit) of a
 *     32-sample batch in the {@code exact} and {@code analog-central} modes, 1 thread.</li>
 * </ul>
 * Run (not part of the unit tests), from the repository root:
 * <pre>
 * ./mvnw -B -q -o -f bundles/org.spinflow.interpreter/pom.xml test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/interp.cp -Dmdep.includeScope=test
 * java -cp bundles/org.spinflow.interpreter/target/test-classes:bundles/org.spinflow.interpreter/target/classes:$(cat /tmp/interp.cp) \
 *     org.openjdk.jmh.Main InterpreterBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InterpreterBenchmark {

    static final int IN = 784, HIDDEN = 100, OUT = 10, SLICE = 16, BATCH = 32;

    @Param({"exact", "analog-central"})
    public String mode;

    float[] x, w, z, dz, dx, dw, acc;
    Device device;
    float[] drive, volts;
    long key;
    Plan plan;
    float[] data;
    int[] labels, order;
    long step;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        x = new float[SLICE * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() < 0.81 ? 0f : (float) r.nextDouble();
        }
        w = new float[(IN + 1) * HIDDEN];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.1 * (2 * r.nextDouble() - 1));
        }
        z = new float[SLICE * HIDDEN];
        dz = new float[SLICE * HIDDEN];
        for (int i = 0; i < dz.length; i++) {
            dz[i] = (float) (1e-3 * (2 * r.nextDouble() - 1));
        }
        dx = new float[SLICE * IN];
        dw = new float[w.length];
        acc = new float[HIDDEN];

        device = DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", Map.of(), HIDDEN, 42, 7, 1.0, true, null));
        drive = new float[BATCH * HIDDEN];
        volts = new float[drive.length];
        for (int i = 0; i < drive.length; i++) {
            drive[i] = (float) (1.62e-3 + 3.74e-3 * r.nextGaussian());
        }

        GradientMode g = GradientMode.get(mode);
        Network n = BenchNetworks.mlp(g, IN, new int[] {HIDDEN}, OUT, BATCH);
        TrainingSpec ts = n.getTraining();
        plan = Plan.compile(n, null, new RunConfig(g, 0.1, 1, 1, BATCH, 1, true, true), new Optimiser(ts.getOptimizer()));
        plan.initialise(BATCH, 1);
        int samples = 1024;
        data = new float[samples * IN];
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextDouble() < 0.81 ? 0f : (float) r.nextDouble();
        }
        labels = new int[samples];
        order = new int[samples];
        for (int i = 0; i < samples; i++) {
            labels[i] = r.nextInt(OUT);
            order[i] = i;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        plan.close();
    }

    /** Noisy table read of 32 x 100 MTJ neurons; per element. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH * HIDDEN)
    public float[] deviceRead() {
        device.read(drive, volts, drive.length, key++);
        return volts;
    }

    /** One training step of a 32-sample batch (load, forward, perturbation, backward, commit). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Plan trainStep() {
        int from = (int) ((step * BATCH) % order.length);
        plan.load(data, IN, labels, order, from, from + BATCH);
        plan.trainStep(Keys.mix(0, step++));
        plan.commit(0.05);
        return plan;
    }
}
