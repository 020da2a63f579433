package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.interpreter.Checkpoint;
import org.spinflow.model.Crossbar;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.ModelIO;

/**
 * Crash safety: a training process killed with SIGKILL mid-epoch, or in the middle of writing a
 * checkpoint, leaves the model and the last checkpoint intact, and --resume reaches the same
 * final conductances as an uninterrupted run.
 */
class KillResumeTest {
    @TempDir
    Path tmp;

    private Path model;

    private Path setUp() throws Exception {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        model = tmp.resolve("iris-mtj.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris-mtj.spinflow"), model);
        return model;
    }

    private static final String[] TRAIN = {"--epochs", "40", "--folds", "3", "--seed", "3", "--threads", "1", "--quiet"};

    private Process start(Path out, Path ckpt, long pauseMillis) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dspinflow.test.checkpointPauseMillis=" + pauseMillis,
                "org.spinflow.cli.Main", "train", model.toString(), "--out", out.toString(), "--checkpoint",
                ckpt.toString(), "--checkpoint-every", "3"));
        cmd.addAll(List.of(TRAIN));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private static float[] conductances(Path file) {
        Network n = ModelIO.load(file);
        List<Float> all = new ArrayList<>();
        for (Node node : n.getNodes()) {
            if (node instanceof Crossbar c) {
                for (float[] row : org.spinflow.model.codec.ConductanceCodec.getGPlus(c)) {
                    for (float v : row) {
                        all.add(v);
                    }
                }
            }
        }
        float[] a = new float[all.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = all.get(i);
        }
        return a;
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

    private static void waitFor(Path p, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!Files.exists(p) && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        assertTrue(Files.exists(p), p + " did not appear");
    }

    @Test
    void killedMidEpochAndMidSaveThenResumedGivesTheSameWeights() throws Exception {
        setUp();
        byte[] modelBefore = Files.readAllBytes(model);
        Path reference = tmp.resolve("reference.spinflow");
        CliTest.Run r = CliTest.run(concat(new String[] {"train", model.toString(), "--out", reference.toString()}, TRAIN));
        assertEquals(0, r.code(), r.err());
        float[] expected = conductances(reference);

        // 1. SIGKILL mid-epoch, after some checkpoints were written
        Path out = tmp.resolve("trained.spinflow");
        Path ckpt = tmp.resolve("trained.ckpt");
        Process p = start(out, ckpt, 0);
        waitFor(ckpt, 60_000);
        Thread.sleep(150);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Checkpoint first = Checkpoint.load(ckpt); // intact: loads and its checksum holds

        // 2. resume, and SIGKILL again while a checkpoint is being written (the write pauses halfway)
        // AtomicFiles names its temporary file .NAME.<random>.tmp beside the target
        String tmpPrefix = "." + ckpt.getFileName() + ".";
        Process q = new ProcessBuilder(resumeCommand(out, ckpt, 3000)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child2.log").toFile()).start();
        Path tmpFile = waitForTemporary(ckpt.getParent(), tmpPrefix, 60_000);
        Thread.sleep(200);
        q.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(tmpFile), "killed while the temporary checkpoint was half written");
        Checkpoint second = Checkpoint.load(ckpt); // the previous checkpoint is still intact
        assertTrue(second.fold() > first.fold() || second.epoch() > first.epoch() || second.nextBatch() >= first.nextBatch());
        assertTrue(!Files.exists(out), "no half-trained model was written");

        // 3. resume to the end
        CliTest.Run done = CliTest.run(concat(new String[] {"train", model.toString(), "--out", out.toString(),
                "--checkpoint", ckpt.toString(), "--checkpoint-every", "3", "--resume"}, TRAIN));
        assertEquals(0, done.code(), done.err());
        assertArrayEquals(expected, conductances(out), "resumed run reaches the uninterrupted run's conductances");
        assertArrayEquals(modelBefore, Files.readAllBytes(model), "the input model is never modified");
    }

    private List<String> resumeCommand(Path out, Path ckpt, long pause) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dspinflow.test.checkpointPauseMillis=" + pause,
                "org.spinflow.cli.Main", "train", model.toString(), "--out", out.toString(), "--checkpoint",
                ckpt.toString(), "--checkpoint-every", "3", "--resume"));
        cmd.addAll(List.of(TRAIN));
        return cmd;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
