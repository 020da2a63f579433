package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.data.Dataset;
import org.spinflow.devices.macrospin.MacrospinArray;
import org.spinflow.devices.superparamagnetic.SuperparamagneticDevice;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowFactory;

/**
 * Devices that carry a state between passes (hysteresis, docs/PHYSICS.md A.7; model B's telegraph
 * state, B.1) have it in the checkpoint: a run stopped after epoch 1, resumed, stopped after epoch 2,
 * resumed (and one stopped mid-epoch) ends bit for bit where an uninterrupted run ends: weights,
 * per-epoch losses and accuracies, outputs of every node and the hardware totals.
 */
class DeviceStateResumeTest {
    @TempDir
    Path tmp;

    private static void stateful(MtjNeuronArray m) {
        if (m.getVariability() == null) {
            m.setVariability(SpinflowFactory.eINSTANCE.createVariabilitySpec());
        }
        if (m.getNoise() == null) {
            m.setNoise(SpinflowFactory.eINSTANCE.createNoiseSpec());
        }
        m.getVariability().setEnabled(true);
    }

    /** Iris 4-32-3 with hysteretic devices at 80 % spread (bistable devices kept). */
    static Network hysteresis() {
        Network n = TestNetworks.mlp(4, new int[] {32}, 3, "mtj-f-default", GradientMode.ANALOG_CENTRAL);
        MtjNeuronArray m = CalibrationTest.mtj(n);
        StatefulDeviceTest.param(m, "hysteresis", 1);
        StatefulDeviceTest.param(m, "allowInvalid", 1);
        stateful(m);
        m.getVariability().setScale(8);
        return setup(n);
    }

    /** Iris 4-16-3 on model B with a read window of one correlation time (the state carries over). */
    static Network modelB() {
        Network n = TestNetworks.mlp(4, new int[] {16}, 3, "mtj-superparamagnetic", GradientMode.ANALOG_CENTRAL);
        MtjNeuronArray m = CalibrationTest.mtj(n);
        StatefulDeviceTest.param(m, "window", 11e-6);
        stateful(m);
        return setup(n);
    }

    private static Network setup(Network n) {
        n.getTraining().getSplit().setKind(org.spinflow.model.SplitKind.KFOLD);
        n.getTraining().getSplit().setFolds(2);
        n.getTraining().setEpochs(3);
        n.getTraining().setBatchSize(8);
        n.getTraining().getOptimizer().setLearningRate(0.05);
        return n;
    }

    private static RunConfig cfg() {
        return new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 5, 8, 2, true, true);
    }

    /** What a run ends with: weights, history, mean, hardware totals and every node's outputs on 64 samples. */
    private record End(Map<String, float[][]> weights, List<Trainer.EpochReport> history, double mean,
                       HardwareLedger.Report hardware, List<float[]> outputs, double[] evaluation) {
    }

    private static End end(Trainer.Result r) {
        Plan p = r.finalPlan();
        try {
            Dataset d = MtjTrainingTest.iris().train();
            double[] ev = Trainer.evaluate(p, d, 77);
            int[] idx = TestNetworks.identity(d.n());
            p.load(d.features(), d.d(), d.labels(), idx, 0, 64);
            p.forward(Keys.mix(78, 0));
            List<float[]> outs = new ArrayList<>();
            for (ExecNode n : p.nodes()) {
                outs.add(n.output().clone());
            }
            return new End(p.state(), r.history(), r.mean(), r.hardware(), outs, ev);
        } finally {
            p.close();
        }
    }

    private Trainer.Result run(Network n, Path ckpt, boolean resume, int stopAfterEpoch, int stopAfterBatches) {
        int[] seen = {0, 0};
        Trainer.Listener stop = new Trainer.Listener() {
            @Override
            public void epoch(Trainer.EpochReport r) {
                seen[0]++;
            }

            @Override
            public void batch(int fold, int epoch, int batch, int count) {
                seen[1]++;
            }

            @Override
            public boolean cancelled() {
                return (stopAfterEpoch > 0 && seen[0] >= stopAfterEpoch) || (stopAfterBatches > 0 && seen[1] >= stopAfterBatches);
            }
        };
        return new Trainer(n, null, cfg(), new Trainer.Options(null, null, false, ckpt, 4, resume), stop)
                .run(MtjTrainingTest.iris());
    }

    private static void assertSame(End a, End b) {
        assertEquals(a.weights().keySet(), b.weights().keySet());
        for (String k : a.weights().keySet()) {
            for (int i = 0; i < a.weights().get(k).length; i++) {
                assertArrayEquals(a.weights().get(k)[i], b.weights().get(k)[i], k + "[" + i + "]");
            }
        }
        assertEquals(a.history().size(), b.history().size());
        for (int i = 0; i < a.history().size(); i++) {
            Trainer.EpochReport x = a.history().get(i), y = b.history().get(i);
            assertEquals(x.loss(), y.loss(), 0.0, "loss of epoch report " + i);
            assertEquals(x.trainAccuracy(), y.trainAccuracy(), 0.0, "training accuracy of epoch report " + i);
            assertEquals(x.validationAccuracy(), y.validationAccuracy(), 0.0, "validation accuracy of epoch report " + i);
        }
        assertEquals(a.mean(), b.mean(), 0.0);
        assertArrayEquals(a.evaluation(), b.evaluation(), 0.0, "evaluation of the final plan");
        for (int i = 0; i < a.outputs().size(); i++) {
            assertArrayEquals(a.outputs().get(i), b.outputs().get(i), "outputs of node " + i);
        }
        for (HardwareLedger.Totals[] t : new HardwareLedger.Totals[][] {
            {a.hardware().training(), b.hardware().training()}, {a.hardware().inference(), b.hardware().inference()}}) {
            assertEquals(t[0].steps, t[1].steps);
            assertEquals(t[0].samples, t[1].samples);
            assertEquals(t[0].reads, t[1].reads);
            assertEquals(t[0].writes, t[1].writes);
            assertEquals(t[0].hostMacs, t[1].hostMacs);
            assertEquals(t[0].energy(), t[1].energy(), 0.0);
            assertEquals(t[0].deviceTime, t[1].deviceTime, 0.0);
        }
    }

    /**
     * Uninterrupted vs stopped after epoch 1 (a checkpoint at the epoch end), resumed, stopped after
     * epoch 2, resumed to the end; and vs stopped after 14 batches (mid-epoch 2, at its checkpoint after 4 batches), resumed.
     *
     * @return the device state in the checkpoint after epoch 1
     */
    private byte[] resumesBitIdentically(Network net, String label) {
        End full = end(run(net, null, false, 0, 0));

        Path ckpt = tmp.resolve(label + ".ckpt");
        Trainer.Result a = run(net, ckpt, false, 1, 0);
        assertTrue(a.cancelled());
        a.finalPlan().close();
        Checkpoint c1 = Checkpoint.load(ckpt);
        assertEquals(0, c1.fold());
        assertEquals(1, c1.epoch(), "stopped after epoch 1");
        assertEquals(0, c1.nextBatch());
        byte[] saved = c1.devices().get("hidden1");
        Trainer.Result b = run(net, ckpt, true, 1, 0); // one more epoch: stops after epoch 2
        assertTrue(b.cancelled());
        b.finalPlan().close();
        Checkpoint c2 = Checkpoint.load(ckpt);
        assertEquals(2, c2.epoch(), "stopped after epoch 2");
        assertTrue(c2.devices().containsKey("hidden1"), label + ": device state after epoch 2");
        assertSame(full, end(run(net, ckpt, true, 0, 0)));

        Path mid = tmp.resolve(label + "-mid.ckpt");
        Trainer.Result m = run(net, mid, false, 0, 14);
        assertTrue(m.cancelled());
        m.finalPlan().close();
        Checkpoint cm = Checkpoint.load(mid);
        assertTrue(cm.epoch() == 1 && cm.nextBatch() > 0, "mid-epoch checkpoint: epoch " + cm.epoch() + ", batch " + cm.nextBatch());
        assertSame(full, end(run(net, mid, true, 0, 0)));
        return saved;
    }

    @Test
    void hysteresisBranchesAreCheckpointedAndTheResumedRunIsBitIdentical() {
        byte[] saved = resumesBitIdentically(hysteresis(), "hysteresis");
        // the test means something only if some device left the initial (up) branch before the checkpoint
        ByteBuffer b = ByteBuffer.wrap(saved);
        assertEquals(1, b.get(), "hysteresis state only");
        assertEquals(32, b.getInt());
        int down = 0;
        while (b.hasRemaining()) {
            down += b.get() == MacrospinArray.DOWN ? 1 : 0;
        }
        assertTrue(down > 0, "devices on the down branch at the checkpoint: " + down);
    }

    @Test
    void telegraphStateAndPassCountAreCheckpointedAndTheResumedRunIsBitIdentical() {
        byte[] saved = resumesBitIdentically(modelB(), "modelb");
        ByteBuffer b = ByteBuffer.wrap(saved);
        assertEquals(2, b.get(), "telegraph state only");
        assertEquals(16, b.getInt());
        assertTrue(b.getLong() > 0, "pass count");
        assertTrue(b.getDouble() > 0, "device time of the recorded state");
        while (b.hasRemaining()) {
            byte s = b.get();
            assertTrue(s == SuperparamagneticDevice.P || s == SuperparamagneticDevice.AP, "recorded state " + s);
        }
    }

    @Test
    void statelessDevicesAddNothingToTheCheckpoint() {
        Network n = MtjTrainingTest.irisNet(GradientMode.ANALOG_CENTRAL);
        n.getTraining().setEpochs(1);
        n.getTraining().getSplit().setFolds(2);
        Path ckpt = tmp.resolve("plain.ckpt");
        new Trainer(n, null, cfg(), new Trainer.Options(null, null, true, ckpt, 0, false), null).run(MtjTrainingTest.iris())
                .finalPlan().close();
        Checkpoint c = Checkpoint.load(ckpt);
        assertTrue(c.devices().isEmpty(), "device state of a stateless model: " + c.devices().keySet());
        assertTrue(c.hardwareDone().training().steps > 0, "hardware totals of the finished folds");
    }

    /** A version 2 file (before device state was recorded), written here byte for byte as that version did. */
    private static void writeVersion2(Checkpoint c, Path file) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x53464350);
        out.writeInt(2);
        out.writeUTF(c.configKey());
        out.writeInt(c.fold());
        out.writeInt(c.epoch());
        out.writeInt(c.nextBatch());
        out.writeLong(c.optimiserStep());
        out.writeDouble(c.lossSum());
        out.writeInt(c.correct());
        out.writeInt(c.finished().size());
        for (Trainer.FoldResult f : c.finished()) {
            out.writeInt(f.fold());
            out.writeDouble(f.accuracy());
            out.writeDouble(f.loss());
        }
        out.writeInt(c.history().size());
        for (Trainer.EpochReport r : c.history()) {
            out.writeInt(r.fold());
            out.writeInt(r.folds());
            out.writeInt(r.epoch());
            out.writeInt(r.epochs());
            out.writeDouble(r.loss());
            out.writeDouble(r.trainAccuracy());
            out.writeDouble(r.validationAccuracy());
            out.writeDouble(r.seconds());
        }
        out.writeInt(c.state().size());
        for (Map.Entry<String, float[][]> e : c.state().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            for (float[] a : e.getValue()) {
                out.writeInt(a.length);
                for (float v : a) {
                    out.writeFloat(v);
                }
            }
        }
        out.writeInt(c.order().length);
        for (int v : c.order()) {
            out.writeInt(v);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        Files.write(file, bytes.toByteArray());
    }

    @Test
    void versionTwoCheckpointsLoadAndAreRefusedOnlyWhereTheDevicesCarryAState() throws Exception {
        // a stateless model resumes from a version 2 checkpoint as before (bit-identically)
        Network plain = setup(TestNetworks.mlp(4, new int[] {8}, 3, "mtj-f-default", GradientMode.ANALOG_CENTRAL));
        End full = end(run(plain, null, false, 0, 0));
        Path v3 = tmp.resolve("plain.ckpt");
        run(plain, v3, false, 1, 0).finalPlan().close();
        Path v2 = tmp.resolve("plain-v2.ckpt");
        writeVersion2(Checkpoint.load(v3), v2);
        Checkpoint old = Checkpoint.load(v2);
        assertNull(old.devices());
        assertNull(old.hardwareDone());
        End resumed = end(run(plain, v2, true, 0, 0));
        for (String k : full.weights().keySet()) {
            for (int i = 0; i < full.weights().get(k).length; i++) {
                assertArrayEquals(full.weights().get(k)[i], resumed.weights().get(k)[i], k + "[" + i + "]");
            }
        }
        assertEquals(full.mean(), resumed.mean(), 0.0);

        // a hysteretic model is refused with a one-line error naming the file
        Network hys = hysteresis();
        Path h3 = tmp.resolve("hys.ckpt");
        run(hys, h3, false, 1, 0).finalPlan().close();
        Path h2 = tmp.resolve("hys-v2.ckpt");
        writeVersion2(Checkpoint.load(h3), h2);
        InterpreterException e = assertThrows(InterpreterException.class, () -> run(hys, h2, true, 0, 0));
        assertTrue(e.getMessage().startsWith(h2 + ": a checkpoint of version 2 has no device state"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        // an unknown version is refused by name
        byte[] b = Files.readAllBytes(h3);
        ByteBuffer.wrap(b).putInt(4, 9);
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 8);
        ByteBuffer.wrap(b).putLong(b.length - 8, crc.getValue());
        Path h9 = tmp.resolve("hys-v9.ckpt");
        Files.write(h9, b);
        e = assertThrows(InterpreterException.class, () -> Checkpoint.load(h9));
        assertTrue(e.getMessage().equals(h9 + ": a Spinflow checkpoint of version 9, this version reads 2 to 3"), e.getMessage());
    }
}
