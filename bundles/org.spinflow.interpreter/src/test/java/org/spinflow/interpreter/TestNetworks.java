package org.spinflow.interpreter;

import java.util.List;

import org.spinflow.data.Dataset;
import org.spinflow.model.DataFormat;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.build.NetworkBuilder;

/** Small networks and data sets for interpreter tests. */
final class TestNetworks {
    private TestNetworks() {
    }

    static Network mlp(int in, int[] hidden, int out, String preset, GradientMode mode) {
        Network n = NetworkBuilder.mlp("test", in, hidden, out, preset, null);
        TrainingSpec t = NetworkBuilder.training(n, "unused.csv", DataFormat.CSV, Normalisation.NONE);
        t.getSplit().setKind(SplitKind.HOLDOUT);
        t.setGradientMode(mode);
        t.setBatchSize(4);
        t.getOptimizer().setKind(OptimizerKind.MOMENTUM);
        return n;
    }

    /** XOR with inputs in {-1, 1}, repeated {@code copies} times. */
    static Dataset xor(int copies) {
        float[] x = new float[copies * 4 * 2];
        int[] y = new int[copies * 4];
        int k = 0;
        for (int c = 0; c < copies; c++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    x[2 * k] = a == 0 ? -1 : 1;
                    x[2 * k + 1] = b == 0 ? -1 : 1;
                    y[k] = a ^ b;
                    k++;
                }
            }
        }
        return new Dataset(x, y, k, 2, 2, new String[] {"0", "1"}, "xor");
    }

    /** {@code n} class labels below {@code classes}, drawn from {@code r} in order. */
    static int[] labels(java.util.SplittableRandom r, int n, int classes) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
        }
        return y;
    }

    /** The sample order 0, 1, ..., n - 1. */
    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    static RunConfig config(GradientMode mode, boolean noise, int threads) {
        return new RunConfig(mode, 0.1, 1, 7, 4, threads, noise, noise);
    }

    static List<String> none() {
        return List.of();
    }

    /**
     * Compares every crossbar weight's backpropagated gradient (from the last {@code plan.gradients()} over
     * 4 loaded samples) with a central numerical gradient of the mean loss; returns how many weights were checked.
     */
    static int checkWeightGradientsNumerically(Plan plan) {
        int checked = 0;
        for (ExecNode e : plan.nodes()) {
            if (e instanceof org.spinflow.interpreter.nodes.CrossbarExec c) {
                float[] w = c.weights();
                float[] g = c.gradient().clone();
                for (int k = 0; k < w.length; k++) {
                    float orig = w[k];
                    float eps = 1e-2f;
                    w[k] = orig + eps;
                    c.weightsChanged();
                    plan.forward(1);
                    double lp = plan.lossSum() / 4;
                    w[k] = orig - eps;
                    c.weightsChanged();
                    plan.forward(1);
                    double lm = plan.lossSum() / 4;
                    w[k] = orig;
                    c.weightsChanged();
                    double num = (lp - lm) / (2 * eps);
                    org.junit.jupiter.api.Assertions.assertEquals(num, g[k], 2e-4 + 2e-3 * Math.abs(num), c.name() + " weight " + k);
                    checked++;
                }
            }
        }
        return checked;
    }
}
