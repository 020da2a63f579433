package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

/** A command-line training that writes over its model never overwrites an edit made meanwhile. */
class ConcurrentWriteTest {
    @TempDir
    Path tmp;

    @Test
    void inPlaceTrainingRefusesToOverwriteAModelEditedDuringTraining() throws Exception {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        Path model = tmp.resolve("m.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris-tanh.spinflow"), model);
        Thread editor = new Thread(() -> {
            try {
                Thread.sleep(300);
                Network n = ModelIO.load(model);
                n.setDescription("edited in the studio while training ran");
                ModelIO.save(n, model);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        editor.start();
        CliTest.Run r = CliTest.run("train", model.toString(), "--epochs", "400", "--folds", "3", "--quiet",
                "--threads", "1", "--out", model.toString());
        editor.join();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("changed on disk during training"), r.err());
        assertEquals("edited in the studio while training ran", ModelIO.load(model).getDescription(),
                "the edit survives");
        List<Path> side;
        try (var s = Files.list(tmp)) {
            side = s.filter(p -> p.getFileName().toString().startsWith("m.trained-")).toList();
        }
        assertEquals(1, side.size(), "the trained result is kept in a sibling file");
        assertEquals(1, ModelIO.load(side.get(0)).getRuns().size());
    }

    @Test
    void inPlaceTrainingOfAnUnchangedModelWritesIt() throws Exception {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        Path model = tmp.resolve("m.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris-tanh.spinflow"), model);
        byte[] before = Files.readAllBytes(model);
        CliTest.Run r = CliTest.run("train", model.toString(), "--epochs", "3", "--folds", "2", "--quiet", "--out",
                model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(model)));
        assertEquals(1, ModelIO.load(model).getRuns().size());
    }
}
