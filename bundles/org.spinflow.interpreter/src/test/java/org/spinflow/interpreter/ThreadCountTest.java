package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/**
 * Training steps large enough that the slices and the fused commit really run on two threads (the
 * small networks of the other tests stay below the threshold and run inline) give bit-identical
 * learned state, losses and device reads for 1, 2 and 3 threads; with momentum (the fused commit),
 * Adam, and a non-ideal synapse write model (write noise and nonlinearity: the per-device path); and a network
 * of three crossbars of odd sizes, whose commits run in one parallel section. With two or more threads
 * the first crossbar's forward pass is split by rows between the threads (a pipeline of parts over tiles
 * of samples): the same bits, in training steps and in a forward pass alone.
 */
class ThreadCountTest {

    static final int IN = 196, HIDDEN = 64, OUT = 10, BATCH = 32, STEPS = 12;

    private static Object[] train(GradientMode mode, int threads, String variant) {
        // "deep": three crossbars of odd sizes, whose row blocks (4, 1 and 1) share one parallel commit section
        int[] hidden = variant.equals("deep") ? new int[] {37, 23} : new int[] {HIDDEN};
        Network n = TestNetworks.mlp(IN, hidden, OUT, mode == GradientMode.EXACT ? null : "mtj-f-default", mode);
        if (variant.equals("adam")) {
            n.getTraining().getOptimizer().setKind(org.spinflow.model.OptimizerKind.ADAM);
            n.getTraining().getOptimizer().setLearningRate(0.01);
        } else if (variant.equals("write-model")) {
            for (org.spinflow.model.Node node : n.getNodes()) {
                if (node instanceof org.spinflow.model.Crossbar c) {
                    if (c.getSynapse() == null) {
                        c.setSynapse(org.spinflow.model.SpinflowFactory.eINSTANCE.createSynapseSpec());
                    }
                    c.getSynapse().setWriteNoise(0.02);
                    c.getSynapse().setNonlinearity(0.5);
                }
            }
        }
        RunConfig cfg = new RunConfig(mode, 0.1, 1, 7, BATCH, threads, true, true);
        SplittableRandom r = new SplittableRandom(3);
        int samples = BATCH * 4;
        float[] x = new float[samples * IN];
        for (int i = 0; i < x.length; i++) {
            // sparse and uneven: some samples nearly empty, some dense
            double density = ((i / IN) % 5) * 0.2;
            x[i] = r.nextDouble() < density ? (float) r.nextDouble() : 0f;
        }
        int[] y = TestNetworks.labels(r, samples, OUT);
        int[] order = TestNetworks.identity(samples);
        try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            plan.initialise(BATCH, 1);
            // the first crossbar (196 x 64) is split by rows between the threads; the deep network's (196 x 37) is not
            assertEquals(threads > 1 && !variant.equals("deep"), plan.splitsForward(), "split forward, " + threads + " threads");
            double[] losses = new double[STEPS + 1];
            for (int s = 0; s < STEPS; s++) {
                int from = (s * BATCH) % samples;
                plan.load(x, IN, y, order, from, from + BATCH);
                plan.trainStep(Keys.mix(0, s));
                losses[s] = plan.lossSum();
                plan.commit(0.05);
            }
            // a forward pass alone (evaluation), on a batch of an odd size
            plan.load(x, IN, y, order, 3, 3 + BATCH - 5);
            plan.forward(Keys.mix(1, 0));
            losses[STEPS] = plan.lossSum();
            return new Object[] {plan.state(), losses};
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"exact, momentum", "analog-central, momentum", "exact, adam",
        "analog-central, write-model", "exact, deep", "analog-central, deep"})
    void learnedStateAndLossesDoNotDependOnTheThreadCount(String m, String variant) {
        GradientMode mode = GradientMode.get(m);
        Object[] one = train(mode, 1, variant);
        Map<String, float[][]> s1 = (Map<String, float[][]>) one[0];
        for (int t = 2; t <= 3; t++) {
            Object[] other = train(mode, t, variant);
            Map<String, float[][]> st = (Map<String, float[][]>) other[0];
            assertEquals(s1.keySet(), st.keySet());
            for (String k : s1.keySet()) {
                for (int i = 0; i < s1.get(k).length; i++) {
                    assertArrayEquals(s1.get(k)[i], st.get(k)[i], k + " array " + i + ", " + t + " threads");
                }
            }
            assertArrayEquals((double[]) one[1], (double[]) other[1], t + " threads");
        }
        // the steps did learn something: the loss changed
        double[] l = (double[]) one[1];
        assertNotEquals(l[0], l[STEPS - 1]);
        assertTrue(l[STEPS] > 0, "the evaluation pass computed a loss");
    }
}
