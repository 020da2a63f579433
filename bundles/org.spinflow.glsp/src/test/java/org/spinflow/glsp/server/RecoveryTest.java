package org.spinflow.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.FileStamp;
import org.spinflow.model.io.ModelIO;

/** The recovery copy of unsaved edits (survives a server restart) and the model read ahead while the page loads. */
class RecoveryTest {
    private static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow");
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @BeforeEach
    void useTempFolder() {
        System.setProperty(Recovery.PROPERTY, dir.resolve("recovery").toString());
    }

    @AfterEach
    void reset() {
        System.clearProperty(Recovery.PROPERTY);
    }

    @Test
    void editsComeBackWithTheirLayoutAndBaseStamp() throws Exception {
        Network net = ModelIO.load(IRIS);
        Node readout = net.getNodes().stream().filter(n -> "readout".equals(n.getName())).findFirst().orElseThrow();
        readout.setName("answer");
        Map<Node, Bounds> layout = new java.util.IdentityHashMap<>();
        layout.put(readout, new Bounds(123.5, 456, 190, 74));
        FileStamp base = FileStamp.of(IRIS);
        Recovery.keep(ID, "iris/iris-mtj.spinflow", base, net, layout);
        Recovery.flush();
        assertTrue(Files.isRegularFile(dir.resolve("recovery").resolve(ID + ".json")));

        Recovery.Recovered r = Recovery.recover(ID, "iris/iris-mtj.spinflow").orElseThrow();
        Node back = r.network().getNodes().stream().filter(n -> "answer".equals(n.getName())).findFirst().orElse(null);
        assertNotNull(back, "the rename is back");
        assertEquals(new Bounds(123.5, 456, 190, 74), r.layout().get(back));
        assertEquals(base, r.base());
        // another model, another page or a malformed id: nothing
        assertTrue(Recovery.recover(ID, "iris/other.spinflow").isEmpty());
        assertTrue(Recovery.recover("fedcba9876543210fedcba9876543210", "iris/iris-mtj.spinflow").isEmpty());
        assertTrue(Recovery.recover("../../etc/passwd", "iris/iris-mtj.spinflow").isEmpty());
        // saved: forgotten
        Recovery.forget(ID);
        Recovery.flush();
        assertFalse(Files.exists(dir.resolve("recovery").resolve(ID + ".json")));
        assertTrue(Recovery.recover(ID, "iris/iris-mtj.spinflow").isEmpty());
        // no temporary file left behind
        try (var s = Files.list(dir.resolve("recovery"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aDamagedCopyIsIgnored() throws Exception {
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(dir.resolve("recovery").resolve(ID + ".json"), "{\"model\": \"iris/iris-mtj.spinflow\", \"xmi\": \"<not");
        assertTrue(Recovery.recover(ID, "iris/iris-mtj.spinflow").isEmpty());
    }

    @Test
    void aModelReadAheadIsHandedOutOnceAndOnlyWhileTheFileIsUnchanged() throws Exception {
        Path model = dir.resolve("m.spinflow");
        Files.copy(IRIS, model);
        Preload p = new Preload();
        p.start(model);
        Preload.Loaded l = p.take(model, FileStamp.of(model));
        assertNotNull(l);
        assertEquals(5, l.network().getNodes().size());
        assertEquals(5, l.layout().size(), "every node has bounds");
        assertNull(p.take(model, FileStamp.of(model)), "handed out once");
        p.start(model);
        Files.writeString(model, Files.readString(model).replace("name=\"readout\"", "name=\"out\""));
        assertNull(p.take(model, FileStamp.of(model)), "the file changed after it was read");
    }
}
