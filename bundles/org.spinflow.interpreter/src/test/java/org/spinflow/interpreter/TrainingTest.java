package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.data.Normaliser;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.SplitKind;

class TrainingTest {

    private static Trainer.Result trainXor(GradientMode mode, String preset, int threads, long seed) {
        Network n = TestNetworks.mlp(2, new int[] {8}, 2, preset, mode);
        n.getTraining().getSplit().setKind(SplitKind.KFOLD);
        n.getTraining().getSplit().setFolds(2);
        n.getTraining().setEpochs(150);
        n.getTraining().getOptimizer().setLearningRate(0.1);
        RunConfig cfg = new RunConfig(mode, 0.1, 1, seed, 4, threads, true, true);
        DataSource.Loaded data = new DataSource.Loaded(TestNetworks.xor(8), null, Normaliser.NONE);
        return new Trainer(n, null, cfg, Trainer.Options.defaults(), null).run(data);
    }

    @Test
    void xorConvergesWithTanh() {
        Trainer.Result r = trainXor(GradientMode.EXACT, null, 1, 3);
        assertEquals(1.0, r.mean(), 1e-9);
        var h = r.history();
        assertTrue(h.get(h.size() - 1).loss() < 0.2 * h.get(0).loss(), "loss fell");
    }

    @Test
    void sameSeedGivesIdenticalResultsAndThreadsDoNotMatter() {
        Trainer.Result a = trainXor(GradientMode.EXACT, null, 1, 5);
        Trainer.Result b = trainXor(GradientMode.EXACT, null, 2, 5);
        Map<String, float[][]> sa = a.finalPlan().state();
        Map<String, float[][]> sb = b.finalPlan().state();
        assertEquals(sa.keySet(), sb.keySet());
        for (String k : sa.keySet()) {
            for (int i = 0; i < sa.get(k).length; i++) {
                assertArrayEquals(sa.get(k)[i], sb.get(k)[i], k);
            }
        }
        assertEquals(a.history().get(a.history().size() - 1).loss(), b.history().get(b.history().size() - 1).loss());
    }

    @Test
    void divergenceStopsWithAClearMessageAndKeepsTheLastGoodState() {
        Network n = TestNetworks.mlp(2, new int[] {8}, 2, null, GradientMode.EXACT);
        n.getTraining().getSplit().setKind(SplitKind.HOLDOUT);
        n.getTraining().setEpochs(50);
        n.getTraining().getOptimizer().setLearningRate(Double.NaN); // bounded conductances cannot blow up; a NaN update can
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 1, 4, 1, false, false);
        DataSource.Loaded data = new DataSource.Loaded(TestNetworks.xor(8), null, Normaliser.NONE);
        Trainer.DivergenceException e = assertThrows(Trainer.DivergenceException.class,
                () -> new Trainer(n, null, cfg, Trainer.Options.defaults(), null).run(data));
        assertTrue(e.getMessage().startsWith("training diverged"), e.getMessage());
        for (float[][] arrays : e.plan().state().values()) {
            for (float[] a : arrays) {
                for (float v : a) {
                    assertTrue(Float.isFinite(v));
                }
            }
        }
    }

    @Test
    void cancellationStopsBeforeTheNextBatch() {
        Network n = TestNetworks.mlp(2, new int[] {8}, 2, null, GradientMode.EXACT);
        n.getTraining().getSplit().setKind(SplitKind.HOLDOUT);
        n.getTraining().setEpochs(1000);
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 1, 4, 1, false, false);
        DataSource.Loaded data = new DataSource.Loaded(TestNetworks.xor(8), null, Normaliser.NONE);
        int[] epochs = {0};
        Trainer.Result r = new Trainer(n, null, cfg, Trainer.Options.defaults(), new Trainer.Listener() {
            @Override
            public void epoch(Trainer.EpochReport report) {
                epochs[0]++;
            }

            @Override
            public boolean cancelled() {
                return epochs[0] >= 3;
            }
        }).run(data);
        assertTrue(r.cancelled());
        assertEquals(3, r.history().size());
    }

    /** Cancel polled inside a batch: a batch of 64 samples (8 slices, 2 threads) is abandoned, not finished. */
    @Test
    void cancellationInsideABatchAbandonsItWithoutCommitting() {
        Trainer.Result cancelledInside = cancelAtCall(3);
        Trainer.Result cancelledBefore = cancelAtCall(1);
        assertTrue(cancelledInside.cancelled());
        assertTrue(cancelledBefore.cancelled());
        Map<String, float[][]> inside = cancelledInside.finalPlan().state();
        Map<String, float[][]> before = cancelledBefore.finalPlan().state();
        assertEquals(before.keySet(), inside.keySet());
        for (String k : before.keySet()) {
            for (int i = 0; i < before.get(k).length; i++) {
                assertArrayEquals(before.get(k)[i], inside.get(k)[i], k + ": the abandoned batch changed learned state");
            }
        }
    }

    private static Trainer.Result cancelAtCall(int call) {
        Network n = TestNetworks.mlp(2, new int[] {8}, 2, null, GradientMode.EXACT);
        n.getTraining().getSplit().setKind(SplitKind.HOLDOUT);
        n.getTraining().setEpochs(5);
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 1, 64, 2, false, false);
        DataSource.Loaded data = new DataSource.Loaded(TestNetworks.xor(64), null, Normaliser.NONE);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
        Trainer.Result r = new Trainer(n, null, cfg, Trainer.Options.defaults(), new Trainer.Listener() {
            @Override
            public void batch(int fold, int epoch, int batch, int count) {
                batches.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return calls.incrementAndGet() >= call;
            }
        }).run(data);
        assertEquals(0, batches.get(), "no batch completed after a cancel at poll " + call);
        assertTrue(calls.get() >= call);
        return r;
    }
}
