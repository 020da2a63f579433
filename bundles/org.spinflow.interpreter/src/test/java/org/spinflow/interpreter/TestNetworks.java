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

    static RunConfig config(GradientMode mode, boolean noise, int threads) {
        return new RunConfig(mode, 0.1, 1, 7, 4, threads, noise, noise);
    }

    static List<String> none() {
        return List.of();
    }
}
