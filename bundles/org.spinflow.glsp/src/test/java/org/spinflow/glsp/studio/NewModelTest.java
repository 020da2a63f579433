package org.spinflow.glsp.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.glsp.server.StudioContext;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

class NewModelTest {
    @TempDir
    Path root;

    @Test
    void irisTemplatePointsAtTheExamplesCsvAndLoads() throws Exception {
        Files.createDirectories(root.resolve("iris"));
        Files.writeString(root.resolve("iris/iris.csv"), "a,b\n");
        NewModel.Created c = NewModel.create(new StudioContext(root), "iris-mtj", "mine/my-iris");
        assertEquals("mine/my-iris.spinflow", c.model());
        Network n = ModelIO.load(root.resolve("mine/my-iris.spinflow"));
        assertEquals("my-iris", n.getName());
        assertEquals("../iris/iris.csv", n.getTraining().getDataset().getPath());
        assertEquals(5, n.getNodes().size());
        assertFalse(Files.exists(root.resolve("mine/iris.csv")), "no copy when the examples' data is there");
    }

    @Test
    void irisTemplateWithoutDataWritesTheBundledCsvBesideIt() throws Exception {
        NewModel.create(new StudioContext(root), "iris-mtj", "m.spinflow");
        Network n = ModelIO.load(root.resolve("m.spinflow"));
        assertEquals("iris.csv", n.getTraining().getDataset().getPath());
        assertEquals(151, Files.readAllLines(root.resolve("iris.csv")).stream().filter(l -> !l.isBlank()).count());
    }

    @Test
    void mnistTemplateFindsAnIdxFolder() throws Exception {
        Files.createDirectories(root.resolve("data/mnist"));
        Files.writeString(root.resolve("data/mnist/train-images-idx3-ubyte"), "");
        NewModel.create(new StudioContext(root), "mnist-mtj", "nets/m.spinflow");
        assertEquals("../data/mnist", ModelIO.load(root.resolve("nets/m.spinflow")).getTraining().getDataset().getPath());
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Files.writeString(root.resolve("x.spinflow"), "mine");
        NewModel.Refused e = assertThrows(NewModel.Refused.class, () -> NewModel.create(new StudioContext(root), "empty", "x.spinflow"));
        assertTrue(e.getMessage().contains("x.spinflow already exists"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("mine", Files.readString(root.resolve("x.spinflow")));
        try (var s = Files.list(root)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    @Test
    void pathsOutsideTheFolderAndUnknownTemplatesAreRefused() {
        StudioContext ctx = new StudioContext(root);
        assertThrows(NewModel.Refused.class, () -> NewModel.create(ctx, "empty", "../outside.spinflow"));
        assertThrows(NewModel.Refused.class, () -> NewModel.create(ctx, "empty", "/etc/x.spinflow"));
        assertThrows(NewModel.Refused.class, () -> NewModel.create(ctx, "nope", "a.spinflow"));
        assertThrows(NewModel.Refused.class, () -> NewModel.create(ctx, "empty", " "));
    }

    @Test
    void emptyTemplateOpens() {
        NewModel.create(new StudioContext(root), "empty", "e.spinflow");
        Network n = ModelIO.load(root.resolve("e.spinflow"));
        assertEquals("e", n.getName());
        assertTrue(n.getNodes().isEmpty());
    }
}
