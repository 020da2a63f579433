package org.spinflow.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Network;

/** Two writers of one file never interleave, and the last writer is detected. */
class ConcurrentSaveTest {
    @TempDir
    Path dir;

    @Test
    void aSaveAfterSomeoneElseWroteTheFileIsRefusedAndWritesNothing() {
        Path file = dir.resolve("m.spinflow");
        ModelIO.save(TestModels.iris(), file);
        FileStamp loaded = FileStamp.of(file);          // editor A loads
        Network other = TestModels.iris();
        other.setName("written-by-B");
        ModelIO.save(other, file);                      // B (a training run) writes meanwhile
        byte[] afterB = readAll(file);
        Network a = TestModels.iris();
        a.setName("written-by-A");
        ModelChangedException e = assertThrows(ModelChangedException.class, () -> ModelIO.saveIfUnchanged(a, file, loaded));
        assertTrue(e.getMessage().startsWith(file + ": changed on disk since it was loaded"), e.getMessage());
        assertArrayEquals(afterB, readAll(file), "B's version is not overwritten");
        FileStamp now = FileStamp.of(file);              // A reloads (or the user says overwrite)
        FileStamp next = ModelIO.saveIfUnchanged(a, file, now);
        assertEquals("written-by-A", ModelIO.load(file).getName());
        assertEquals(FileStamp.of(file), next);
    }

    @Test
    void concurrentSavesNeverInterleave() throws Exception {
        Path file = dir.resolve("c.spinflow");
        List<Network> versions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Network n = i % 2 == 0 ? TestModels.iris() : TestModels.mnist(1);
            n.setName("v" + i);
            versions.add(n);
        }
        List<byte[]> expected = new ArrayList<>();
        for (Network n : versions) {
            expected.add(ModelIO.toBytes(n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Network n : versions) {
                    fs.add(pool.submit(() -> ModelIO.save(n, file)));
                    fs.add(pool.submit(() -> {
                        byte[] seen = readAll(file);
                        // whatever a reader sees is one complete version, never a mix
                        assertTrue(seen.length == 0 || expected.stream().anyMatch(v -> java.util.Arrays.equals(seen, v)),
                                "a reader saw a mixed or partial file of " + seen.length + " bytes");
                    }));
                }
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(ModelIO.load(file).getName().startsWith("v"));
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
