package org.spinflow.interpreter.bench;

import org.spinflow.data.Dataset;
import org.spinflow.data.IdxDatasets;
import org.spinflow.data.Normaliser;
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

    /** The hidden layer sizes of a shape {@code IN-H1-...-OUT} (e.g. {@code 784-256-10} gives {256}). */
    static int[] hidden(String shape) {
        String[] p = shape.split("-");
        int[] hidden = new int[p.length - 2];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Integer.parseInt(p[i + 1]);
        }
        return hidden;
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
