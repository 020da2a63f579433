package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/**
 * In a training step the MTJ arrays take the perturbation's device reads during the forward pass
 * (right after each block's forward read); the derivatives and weight gradients are bit-identical to
 * those of a separate forward pass followed by {@link Plan#gradients()}, which reads in the
 * perturbation pass.
 */
class EarlyPerturbationTest {

    private static List<float[]> measure(GradientMode mode, int repeats, int threads, boolean fused) {
        Network n = TestNetworks.mlp(64, new int[] {24, 12}, 4, "mtj-f-default", mode);
        RunConfig cfg = new RunConfig(mode, 0.1, repeats, 7, 20, threads, true, true);
        SplittableRandom r = new SplittableRandom(9);
        float[] x = new float[20 * 64];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() < 0.5 ? (float) (2 * r.nextDouble() - 1) : 0f;
        }
        int[] y = TestNetworks.labels(r, 20, 4);
        int[] order = TestNetworks.identity(20);
        try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            plan.initialise(20, 1);
            plan.load(x, 64, y, order, 0, 20);
            if (fused) {
                plan.trainStep(42);
            } else {
                plan.forward(42);
                plan.gradients();
            }
            List<float[]> out = new ArrayList<>();
            for (ExecNode e : plan.nodes()) {
                if (e instanceof MtjExec m) {
                    out.add(java.util.Arrays.copyOf(m.derivatives(), 20 * m.outputSize()));
                } else if (e instanceof CrossbarExec c) {
                    out.add(c.gradient());
                }
            }
            return out;
        }
    }

    @ParameterizedTest
    @CsvSource({"analog-central, 1, 1", "analog-central, 2, 2", "analog-forward, 1, 2", "analog-forward, 3, 1"})
    void trainStepDerivativesEqualThoseOfASeparatePerturbationPass(String m, int repeats, int threads) {
        GradientMode mode = GradientMode.get(m);
        List<float[]> fused = measure(mode, repeats, threads, true);
        List<float[]> separate = measure(mode, repeats, threads, false);
        assertTrue(fused.size() == 5, "two MTJ arrays and three crossbars");
        boolean nonZero = false;
        for (int i = 0; i < fused.size(); i++) {
            assertArrayEquals(separate.get(i), fused.get(i), "array " + i);
            for (float v : fused.get(i)) {
                nonZero |= v != 0;
            }
        }
        assertTrue(nonZero, "derivatives and gradients were measured");
    }
}
