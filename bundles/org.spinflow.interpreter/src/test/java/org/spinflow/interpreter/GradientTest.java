package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.data.Dataset;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/** Backpropagated weight gradients against a numerical gradient of the whole loss. */
class GradientTest {

    @Test
    void tanhNetworkGradientsMatchNumericalGradientOfTheLoss() {
        Network n = TestNetworks.mlp(2, new int[] {3}, 2, null, GradientMode.EXACT);
        RunConfig cfg = TestNetworks.config(GradientMode.EXACT, false, 1);
        Dataset ds = TestNetworks.xor(1);
        try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            plan.initialise(4, 3);
            int[] idx = Splits.range(4);
            plan.load(ds.features(), 2, ds.labels(), idx, 0, 4);
            plan.forward(1);
            plan.gradients();
            int checked = TestNetworks.checkWeightGradientsNumerically(plan);
            assertEquals((2 + 1) * 3 + (3 + 1) * 2, checked);
        }
    }

    @Test
    void gradientsAreIndependentOfThreadCount() {
        Network n = TestNetworks.mlp(2, new int[] {64}, 2, null, GradientMode.EXACT);
        Dataset ds = TestNetworks.xor(16);
        float[][] g = new float[2][];
        for (int t = 1; t <= 2; t++) {
            RunConfig cfg = TestNetworks.config(GradientMode.EXACT, false, t);
            try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
                plan.initialise(64, 3);
                plan.load(ds.features(), 2, ds.labels(), Splits.range(64), 0, 64);
                plan.forward(1);
                plan.gradients();
                g[t - 1] = ((CrossbarExec) plan.nodes().get(1)).gradient().clone();
            }
        }
        assertTrue(java.util.Arrays.equals(g[0], g[1]));
    }
}
