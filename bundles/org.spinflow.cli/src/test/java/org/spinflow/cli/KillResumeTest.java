package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.interpreter.Checkpoint;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.model.Crossbar;
import org.spinflow.model.EpochMetrics;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.codec.ConductanceCodec;
import org.spinflow.model.io.ModelIO;

/**
 * Crash safety: a training process killed with SIGKILL at several points (mid-epoch in epoch 0,
 * mid-epoch after epoch 0, at an epoch end, after a fold, in the middle of writing a checkpoint)
 * leaves the model and the last checkpoint intact, and --resume reaches the full state of an
 * uninterrupted run: every conductance of both arrays of every crossbar bit for bit, and the
 * per-epoch losses and accuracies.
 *
 * <p>The child pauses after each checkpoint it writes (test hook
 * {@code spinflow.test.afterCheckpointPauseMillis}) so that the test can kill it at a checkpoint it
 * chose; the kill is a real SIGKILL ({@link Process#destroyForcibly()}).
 */
class KillResumeTest {
    @TempDir
    Path tmp;

    private Path model;

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Starts {@code train} in a child JVM; {@code pauseMidWrite} pauses halfway through each checkpoint write. */
    private Process start(List<String> trainArgs, long pauseAfter, long pauseMidWrite, String log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dspinflow.test.afterCheckpointPauseMillis=" + pauseAfter,
                "-Dspinflow.test.checkpointPauseMillis=" + pauseMidWrite, "org.spinflow.cli.Main"));
        cmd.addAll(trainArgs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
    }

    /** Copies the Iris example and its data into the temporary folder; {@link #model} is the copy. */
    private void copyIrisModel() throws IOException {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        model = tmp.resolve("iris-mtj.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris-mtj.spinflow"), model);
    }

    /** Trains {@link #model} uninterrupted in this JVM with {@code common}; returns the trained model's file. */
    private Path trainReference(List<String> common) {
        Path reference = tmp.resolve("reference.spinflow");
        List<String> ref = args("train", model.toString(), "--out", reference.toString());
        ref.addAll(common);
        CliTest.Run r = CliTest.run(ref.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return reference;
    }

    /** Kills the child with SIGKILL at the first checkpoint that satisfies {@code when}; returns that checkpoint. */
    private Checkpoint killAt(Process p, Path ckpt, Predicate<Checkpoint> when, String log) throws Exception {
        long end = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(ckpt)) {
                Checkpoint c;
                try {
                    c = Checkpoint.load(ckpt);
                } catch (InterpreterException e) {
                    throw new AssertionError("a checkpoint on disk was damaged: " + e.getMessage());
                }
                if (when.test(c)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    return c;
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("the run ended before the kill point; log: " + Files.readString(tmp.resolve(log)));
            }
            Thread.sleep(10);
        }
        p.destroyForcibly();
        throw new AssertionError("kill point not reached in time; log: " + Files.readString(tmp.resolve(log)));
    }

    /** Everything a trained model file holds that the arithmetic produced: conductances and per-epoch metrics. */
    record State(List<int[]> conductances, List<double[]> epochs, double mean) {
    }

    private static State state(Path file) {
        Network n = ModelIO.load(file);
        List<int[]> g = new ArrayList<>();
        for (Node node : n.getNodes()) {
            if (node instanceof Crossbar c) {
                for (float[][] arrays : List.of(ConductanceCodec.getGPlus(c), ConductanceCodec.getGMinus(c))) {
                    for (float[] row : arrays) {
                        int[] bits = new int[row.length];
                        for (int i = 0; i < row.length; i++) {
                            bits[i] = Float.floatToRawIntBits(row[i]);
                        }
                        g.add(bits);
                    }
                }
            }
        }
        TrainingRun run = n.getRuns().get(n.getRuns().size() - 1);
        List<double[]> epochs = new ArrayList<>();
        for (EpochMetrics m : run.getEpochs()) {
            epochs.add(new double[] {m.getFold(), m.getEpoch(), m.getLoss(), m.getTrainAccuracy(), m.getValidationAccuracy()});
        }
        return new State(g, epochs, run.getAccuracyMean());
    }

    private static void assertSameState(State expected, State actual) {
        assertFalse(expected.conductances().isEmpty(), "the reference holds conductances");
        assertEquals(expected.conductances().size(), actual.conductances().size());
        for (int i = 0; i < expected.conductances().size(); i++) {
            assertArrayEquals(expected.conductances().get(i), actual.conductances().get(i),
                    "conductance row " + i + " differs from the uninterrupted run");
        }
        assertEquals(expected.epochs().size(), actual.epochs().size(), "epochs in the history");
        for (int i = 0; i < expected.epochs().size(); i++) {
            assertArrayEquals(expected.epochs().get(i), actual.epochs().get(i), "epoch metrics " + i);
        }
        assertEquals(expected.mean(), actual.mean(), 0.0, "mean accuracy");
    }

    private static List<String> args(String... a) {
        return new ArrayList<>(List.of(a));
    }

    /**
     * MNIST (a 2,400-image subset of the training set, 400 test images), 3 epochs, 2 threads: killed
     * mid-epoch 0, then mid-epoch 1 (after epoch 0: the sample order has been shuffled twice), then
     * at the end of epoch 2 (the final checkpoint), each time resumed.
     */
    @Test
    void mnistKilledAtSeveralPointsResumesToTheUninterruptedWeights() throws Exception {
        Path mnist = DataDir.require("mnist");
        Path data = tmp.resolve("mnist-subset");
        Files.createDirectories(data);
        subset(mnist, data, "train", 2400);
        subset(mnist, data, "t10k", 400);
        model = tmp.resolve("mnist-mtj.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("mnist/mnist-mtj.spinflow"), model);
        byte[] modelBefore = Files.readAllBytes(model);
        List<String> common = List.of("--data", data.toString(), "--epochs", "3", "--seed", "5", "--threads", "2",
                "--quiet");

        State expected = state(trainReference(common));

        Path out = tmp.resolve("trained.spinflow");
        Path ckpt = tmp.resolve("trained.ckpt");
        List<String> train = args("train", model.toString(), "--out", out.toString(), "--checkpoint", ckpt.toString(),
                "--checkpoint-every", "10");
        train.addAll(common);
        List<String> resume = new ArrayList<>(train);
        resume.add("--resume");

        // 75 batches per epoch; checkpoints after batches 10, 20, ..., 70 and at each epoch end
        Checkpoint k1 = killAt(start(train, 500, 0, "k1.log"), ckpt, c -> c.epoch() == 0 && c.nextBatch() >= 20, "k1.log");
        assertEquals(0, k1.epoch());
        assertFalse(Files.exists(out), "no half-trained model was written");
        Checkpoint k2 = killAt(start(resume, 500, 0, "k2.log"), ckpt, c -> c.epoch() == 1 && c.nextBatch() >= 30, "k2.log");
        assertEquals(1, k2.epoch(), "killed mid-epoch after epoch 0");
        assertTrue(k2.nextBatch() > 0 && k2.nextBatch() < 75);
        Checkpoint k3 = killAt(start(resume, 500, 0, "k3.log"), ckpt, c -> c.epoch() == 2 && c.nextBatch() == 0, "k3.log");
        assertEquals(2, k3.epoch(), "killed at the end of epoch 1");
        assertFalse(Files.exists(out), "no half-trained model was written");

        CliTest.Run done = CliTest.run(resume.toArray(String[]::new));
        assertEquals(0, done.code(), done.err());
        assertSameState(expected, state(out));
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the input model is never modified");
    }

    /**
     * Iris, 3-fold cross-validation with the final fit: killed mid-epoch after epoch 0 in fold 1,
     * then in the middle of writing a checkpoint, then mid-epoch in a later fold; resumed to the end.
     */
    @Test
    void irisKFoldKilledMidEpochMidSaveAndInALaterFoldResumesToTheSameState() throws Exception {
        copyIrisModel();
        byte[] modelBefore = Files.readAllBytes(model);
        List<String> common = List.of("--epochs", "12", "--folds", "3", "--seed", "3", "--threads", "1", "--quiet");

        State expected = state(trainReference(common));

        Path out = tmp.resolve("trained.spinflow");
        Path ckpt = tmp.resolve("trained.ckpt");
        List<String> train = args("train", model.toString(), "--out", out.toString(), "--checkpoint", ckpt.toString(),
                "--checkpoint-every", "3");
        train.addAll(common);
        List<String> resume = new ArrayList<>(train);
        resume.add("--resume");

        // 1. mid-epoch after epoch 0 in the first fold (13 batches of 8 per epoch)
        Checkpoint k1 = killAt(start(train, 300, 0, "k1.log"), ckpt,
                c -> c.fold() == 0 && c.epoch() >= 2 && c.nextBatch() > 0, "k1.log");
        assertTrue(k1.epoch() >= 2 && k1.nextBatch() > 0);

        // 2. resume, and SIGKILL while a checkpoint is half written (the write pauses halfway)
        String tmpPrefix = "." + ckpt.getFileName() + ".";
        Process q = start(resume, 0, 3000, "k2.log");
        Path tmpFile = waitForTemporary(ckpt.getParent(), tmpPrefix, 60_000);
        Thread.sleep(200);
        q.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(tmpFile), "killed while the temporary checkpoint was half written");
        Checkpoint k2 = Checkpoint.load(ckpt); // the previous checkpoint is still intact
        assertEquals(k1.epoch(), k2.epoch());
        assertEquals(k1.nextBatch(), k2.nextBatch());

        // 3. mid-epoch in a later fold
        Checkpoint k3 = killAt(start(resume, 300, 0, "k3.log"), ckpt,
                c -> c.fold() == 1 && c.epoch() >= 1 && c.nextBatch() > 0, "k3.log");
        assertEquals(1, k3.fold());
        assertFalse(Files.exists(out), "no half-trained model was written");

        CliTest.Run done = CliTest.run(resume.toArray(String[]::new));
        assertEquals(0, done.code(), done.err());
        assertSameState(expected, state(out));
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the input model is never modified");
    }

    /**
     * Devices that carry a state between reads (docs/PHYSICS.md A.7 hysteresis at 80 % spread; B.1
     * model B's telegraph state): the state is in the checkpoint (format version 3), so a run killed
     * after epoch 1, resumed, killed after epoch 2 and resumed ends with the uninterrupted run's
     * conductances and per-epoch metrics bit for bit.
     */
    @Test
    void statefulDevicesKilledAfterEpochOneAndTwoResumeToTheUninterruptedState() throws Exception {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        for (String example : List.of("iris-mtj-hysteresis", "iris-mtj-modelb")) {
            model = tmp.resolve(example + ".spinflow");
            String xml = Files.readString(CliTest.EXAMPLES.resolve("iris/" + example + ".spinflow"));
            // 80 % spread: bistable devices at the idle drive (hysteresis), a wide spread of Delta (model B)
            Files.writeString(model, xml.replace("<variability/>", "<variability scale=\"8.0\"/>"));
            List<String> common = List.of("--epochs", "3", "--folds", "2", "--seed", "2", "--threads", "2", "--quiet");
            State expected = state(trainReference(common));
            Files.delete(tmp.resolve("reference.spinflow"));

            Path out = tmp.resolve(example + "-trained.spinflow");
            Path ckpt = tmp.resolve(example + ".ckpt");
            List<String> train = args("train", model.toString(), "--out", out.toString(), "--checkpoint", ckpt.toString());
            train.addAll(common);
            List<String> resume = new ArrayList<>(train);
            resume.add("--resume");
            Checkpoint k1 = killAt(start(train, 300, 0, "s1.log"), ckpt, c -> c.fold() == 0 && c.epoch() == 1, "s1.log");
            assertFalse(k1.devices().isEmpty(), example + ": the checkpoint holds the device state");
            Checkpoint k2 = killAt(start(resume, 300, 0, "s2.log"), ckpt, c -> c.fold() == 0 && c.epoch() == 2, "s2.log");
            assertEquals(0, k2.nextBatch(), "killed after epoch 2");
            assertFalse(Files.exists(out), "no half-trained model was written");
            CliTest.Run done = CliTest.run(resume.toArray(String[]::new));
            assertEquals(0, done.code(), done.err());
            assertSameState(expected, state(out));
        }
    }

    /**
     * A final save that fails (here: the --out folder does not exist yet) loses nothing: the
     * checkpoint keeps the final weights, and --resume writes the same model as an uninterrupted run.
     */
    @Test
    void failedFinalSaveKeepsAResumableCheckpointWithTheFinalWeights() throws Exception {
        copyIrisModel();
        List<String> common = List.of("--epochs", "5", "--folds", "2", "--seed", "4", "--threads", "1", "--quiet");
        Path reference = trainReference(common);

        Path out = tmp.resolve("missing-folder").resolve("trained.spinflow");
        Path ckpt = tmp.resolve("trained.ckpt");
        List<String> train = args("train", model.toString(), "--out", out.toString(), "--checkpoint", ckpt.toString());
        train.addAll(common);
        CliTest.Run failed = CliTest.run(train.toArray(String[]::new));
        assertEquals(1, failed.code(), "the final save fails");
        assertFalse(Files.exists(out));
        assertFalse(Checkpoint.load(ckpt).state().isEmpty(), "the last checkpoint holds the final weights");

        Files.createDirectories(out.getParent());
        train.add("--resume");
        CliTest.Run resumed = CliTest.run(train.toArray(String[]::new));
        assertEquals(0, resumed.code(), resumed.err());
        assertSameState(state(reference), state(out));
    }

    private static Path waitForTemporary(Path dir, String prefix, long timeoutMillis) throws Exception {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            try (var s = Files.list(dir)) {
                var found = s.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(".tmp")).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no temporary checkpoint " + prefix + "*.tmp appeared");
    }

    /** Writes the first {@code n} images and labels of an MNIST part as raw IDX files. */
    static void subset(Path from, Path to, String part, int n) throws IOException {
        copyHead(from.resolve(part + "-images-idx3-ubyte.gz"), to.resolve(part + "-images-idx3-ubyte"), 16, n, 28 * 28);
        copyHead(from.resolve(part + "-labels-idx1-ubyte.gz"), to.resolve(part + "-labels-idx1-ubyte"), 8, n, 1);
    }

    private static void copyHead(Path gz, Path out, int headerBytes, int n, int itemBytes) throws IOException {
        try (InputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(gz)))) {
            byte[] header = in.readNBytes(headerBytes);
            ByteBuffer.wrap(header).putInt(4, n);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(header);
            b.writeBytes(in.readNBytes(n * itemBytes));
            Files.write(out, b.toByteArray());
        }
    }
}
