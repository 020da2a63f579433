package org.spinflow.interpreter.bench;

import java.util.Arrays;

import org.spinflow.data.Dataset;
import org.spinflow.data.IdxDatasets;
import org.spinflow.data.Normaliser;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.kernel.Parallel;
import org.spinflow.model.DataFormat;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.build.NetworkBuilder;

/**
 * The network every bench tool of this package trains, as {@code spinflow bench} does: a dense MLP (tanh
 * neurons for {@code exact}, the default MTJ neuron otherwise) on MNIST IDX data scaled by 255, trained by
 * momentum SGD (learning rate 0.05, momentum 0.9) in batches of the given size. Keep it equal to
 * {@code org.spinflow.cli.BenchCommand.network}, which this bundle cannot call (the CLI depends on the interpreter).
 */
final class BenchNetworks {

    private BenchNetworks() {
    }

    /** The MNIST training set of {@code -Dmnist=DIR} (default {@code ../shared/data/mnist}), scaled by 255. */
    static Dataset mnist() {
        Dataset raw = IdxDatasets.loadDir(java.nio.file.Path.of(System.getProperty("mnist", "../shared/data/mnist")), true);
        return Normaliser.SCALE255.fit(raw).apply(raw);
    }

    /**
     * MNIST as the step-timing tools train on it: the data set, its features and labels (each copied once) and
     * one fixed shuffled sample order.
     */
    record Mnist(Dataset ds, float[] x, int[] y, int[] order) {
        static Mnist load() {
            Dataset ds = mnist();
            return new Mnist(ds, ds.features(), ds.labels(), Splits.shuffle(Splits.range(ds.n()), 1));
        }

        /**
         * One training step on the {@code batch} samples from {@code pos} of the order (learning rate 0.05), timed:
         * when {@code train} is not null, {@code train[i]} and {@code commit[i]} get the nanoseconds of
         * {@link Plan#trainStep} and {@link Plan#commit}; a non-null {@code probe} is told the step starts.
         * Returns the next position (0 after the last sample).
         */
        int step(Plan plan, int batch, int pos, long[] train, long[] commit, int i, Parallel.Probe probe) {
            int to = Math.min(ds.n(), pos + batch);
            plan.load(x, ds.d(), y, order, pos, to);
            if (probe != null) {
                probe.nextStep();
            }
            long t0 = System.nanoTime();
            plan.trainStep(Keys.mix(7, pos));
            long t1 = System.nanoTime();
            plan.commit(0.05);
            long t2 = System.nanoTime();
            if (train != null) {
                train[i] = t1 - t0;
                commit[i] = t2 - t1;
            }
            return to >= ds.n() ? 0 : to;
        }
    }

    /** Mean, 10th, 50th and 90th percentile and maximum of nanosecond times, in microseconds. */
    static String stats(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0);
        int n = s.length;
        return String.format("mean %.0f p10 %.0f p50 %.0f p90 %.0f max %.0f", mean / 1e3, s[n / 10] / 1e3, s[n / 2] / 1e3,
                s[n * 9 / 10] / 1e3, s[n - 1] / 1e3);
    }

    /** The hidden layer sizes of a shape {@code IN-H1-...-OUT} (e.g. {@code 784-256-10} gives {256}). */
    static int[] hidden(String shape) {
        String[] p = shape.split("-");
        int[] hidden = new int[p.length - 2];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Integer.parseInt(p[i + 1]);
        }
        return hidden;
    }

    /**
     * The plan the bench tools time: the {@link #mlp} of {@code shape} (784 inputs, 10 classes, batch 32) compiled for
     * {@code threads} threads with the bench's overrides (as {@code spinflow bench}) and initialised with seed 1.
     */
    static Plan plan(GradientMode g, String shape, int threads) {
        Network n = mlp(g, 784, hidden(shape), 10, 32);
        Plan p = org.spinflow.interpreter.TrainingSession.of(n, null,
                new org.spinflow.interpreter.TrainingSession.Overrides(g, 0.1, 1L, 1, threads), null).compile();
        p.initialise(32, 1);
        return p;
    }

    /** The bench network with its training settings ({@link Network#getTraining()}). */
    static Network mlp(GradientMode g, int in, int[] hidden, int out, int batch) {
        Network n = NetworkBuilder.mlp("bench", in, hidden, out, g == GradientMode.EXACT ? null : "mtj-f-default", null);
        TrainingSpec ts = NetworkBuilder.training(n, "mnist", DataFormat.IDX, Normalisation.SCALE255);
        ts.setBatchSize(batch);
        ts.setGradientMode(g);
        ts.getOptimizer().setKind(OptimizerKind.MOMENTUM);
        ts.getOptimizer().setLearningRate(0.05);
        ts.getOptimizer().setMomentum(0.9);
        return n;
    }
}
