package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.data.Dataset;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.Schedule;

/**
 * The crossbar commit fuses SGD and momentum with the ideal conductance-pair update; its result must
 * be, bit for bit, {@link Optimiser#delta} followed by the separate update (half the change on each
 * device, clipped to [gMin, gMax], weight re-read as (G+ - G-) / G_scale).
 */
class CommitFusionTest {

    @Test
    void fusedCommitEqualsOptimiserDeltaThenPairUpdate() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.MOMENTUM, OptimizerKind.SGD}) {
            for (double decay : new double[] {1e-3, 0}) { // with weight decay, and without (its own momentum loop)
                for (int threads = 1; threads <= 2; threads++) {
                    Network n = TestNetworks.mlp(2, new int[] {64}, 2, null, GradientMode.EXACT);
                    Dataset ds = TestNetworks.xor(16);
                    RunConfig cfg = TestNetworks.config(GradientMode.EXACT, false, threads);
                    Optimiser opt = new Optimiser(kind, 0.5, 0.9, 0.9, 0.999, 1e-8, decay, Schedule.CONSTANT, 1, 1);
                    try (Plan plan = Plan.compile(n, null, cfg, opt)) {
                        plan.initialise(64, 3);
                        int changed = 0;
                        for (int step = 1; step <= 3; step++) {
                            plan.load(ds.features(), 2, ds.labels(), Splits.range(64), 0, 64);
                            plan.forward(step);
                            plan.gradients();
                            CrossbarExec c = (CrossbarExec) plan.nodes().get(1);
                            float[] g = c.gradient();
                            float[][] st = c.state();
                            float[] w0 = c.weights().clone();
                            int len = (c.hasBias() ? c.rows() + 1 : c.rows()) * c.cols();
                            float[] s1 = st[2].clone();
                            float[] delta = new float[w0.length];
                            Step s = new Step(opt, null, cfg);
                            s.learningRate = 0.05;
                            s.optimiserStep = step;
                            opt.delta(w0, g, s1, st[3].clone(), delta, 0, len, s);
                            CrossbarExec.Settings set = c.settings();
                            float gMin = (float) set.gMin(), gMax = (float) set.gMax();
                            float gScale = (float) ((set.gMax() - set.gMin()) / set.weightRange());
                            float half = gScale / 2, inv = 1f / gScale;
                            float[] gp = st[0].clone(), gm = st[1].clone(), w = w0.clone();
                            for (int i = 0; i < len; i++) {
                                float d = delta[i] * half;
                                gp[i] = Math.min(gMax, Math.max(gMin, gp[i] + d));
                                gm[i] = Math.min(gMax, Math.max(gMin, gm[i] - d));
                                w[i] = (gp[i] - gm[i]) * inv;
                                changed += delta[i] != 0 ? 1 : 0;
                            }
                            plan.commit(0.05);
                            float[][] after = c.state();
                            String m = kind + " decay " + decay + " threads " + threads + " step " + step;
                            assertArrayEquals(gp, after[0], m + " G+");
                            assertArrayEquals(gm, after[1], m + " G-");
                            assertArrayEquals(s1, after[2], m + " momentum");
                            assertArrayEquals(w, c.weights(), m + " weights");
                        }
                        assertTrue(changed > 100, "the steps changed " + changed + " weights");
                    }
                }
            }
        }
    }
}
