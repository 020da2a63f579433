package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/** Checkpoints are atomic and resuming is bit-identical to an uninterrupted run. */
class CheckpointTest {
    @TempDir
    Path tmp;

    private static Network net() {
        Network n = MtjTrainingTest.irisNet(GradientMode.ANALOG_CENTRAL);
        n.getTraining().setEpochs(6);
        n.getTraining().getSplit().setFolds(3);
        return n;
    }

    private static RunConfig cfg() {
        return new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 9, 8, 1, true, true);
    }

    @Test
    void resumeAfterAnInterruptionReachesTheSameWeights() {
        Trainer.Result full = new Trainer(net(), null, cfg(), new Trainer.Options(null, null, true), null)
                .run(MtjTrainingTest.iris());
        Map<String, float[][]> expected = full.finalPlan().state();
        full.finalPlan().close();

        Path ckpt = tmp.resolve("run.ckpt");
        int[] batches = {0};
        Trainer.Result cut = new Trainer(net(), null, cfg(), new Trainer.Options(null, null, true, ckpt, 4, false),
                new Trainer.Listener() {
                    @Override
                    public void batch(int fold, int epoch, int batch, int n) {
                        batches[0]++;
                    }

                    @Override
                    public boolean cancelled() {
                        return batches[0] >= 97; // stop mid-epoch of the second fold
                    }
                }).run(MtjTrainingTest.iris());
        assertTrue(cut.cancelled());
        cut.finalPlan().close();
        Checkpoint c = Checkpoint.load(ckpt);
        assertEquals(1, c.fold(), "interrupted in the second fold");
        assertTrue(c.nextBatch() > 0, "mid-epoch checkpoint");

        Trainer.Result resumed = new Trainer(net(), null, cfg(), new Trainer.Options(null, null, true, ckpt, 4, true), null)
                .run(MtjTrainingTest.iris());
        Map<String, float[][]> got = resumed.finalPlan().state();
        resumed.finalPlan().close();
        assertEquals(expected.keySet(), got.keySet());
        for (String k : expected.keySet()) {
            for (int i = 0; i < expected.get(k).length; i++) {
                assertArrayEquals(expected.get(k)[i], got.get(k)[i], k + "[" + i + "]");
            }
        }
        assertEquals(full.mean(), resumed.mean());
        assertEquals(full.history().size(), resumed.history().size());
    }

    @Test
    void damagedOrForeignCheckpointsAreRefusedWithAClearMessage() throws Exception {
        Path ckpt = tmp.resolve("x.ckpt");
        new Trainer(net(), null, cfg(), new Trainer.Options(2, null, false, ckpt, 0, false), null)
                .run(MtjTrainingTest.iris()).finalPlan().close();
        byte[] b = Files.readAllBytes(ckpt);
        b[b.length / 2] ^= 0x5A;
        Files.write(ckpt, b);
        InterpreterException e = assertThrows(InterpreterException.class, () -> Checkpoint.load(ckpt));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        Path other = tmp.resolve("other.ckpt");
        new Trainer(net(), null, cfg(), new Trainer.Options(2, null, false, other, 0, false), null)
                .run(MtjTrainingTest.iris()).finalPlan().close();
        e = assertThrows(InterpreterException.class, () -> new Trainer(net(), null, cfg().withSeed(10),
                new Trainer.Options(2, null, false, other, 0, true), null).run(MtjTrainingTest.iris()));
        assertTrue(e.getMessage().contains("another model or other settings"), e.getMessage());
    }
}
