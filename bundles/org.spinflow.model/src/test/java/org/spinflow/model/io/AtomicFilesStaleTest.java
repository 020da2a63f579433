package org.spinflow.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Left-overs of a killed write are cleaned up; special files are never replaced. */
class AtomicFilesStaleTest {
    @TempDir
    Path tmp;

    @Test
    void temporaryFilesOfAKilledWriteAreRemovedWhenTheTargetIsWrittenAgain() throws IOException {
        Path target = tmp.resolve("m.spinflow.ckpt");
        Path stale = Files.writeString(tmp.resolve(".m.spinflow.ckpt.12345.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path young = Files.writeString(tmp.resolve(".m.spinflow.ckpt.67890.tmp"), "a writer still at work");
        Path other = Files.writeString(tmp.resolve(".other.spinflow.1.tmp"), "another target");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        assertFalse(Files.exists(stale), "the killed write's file is gone");
        assertTrue(Files.exists(young), "a young temporary file may belong to a live writer");
        assertTrue(Files.exists(other), "another target's files are not touched");
    }

    @Test
    void aFifoOrFolderIsNeverReplaced() throws Exception {
        Path fifo = tmp.resolve("out.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(fifo, "x"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
        Path dir = Files.createDirectories(tmp.resolve("dir.xmi"));
        assertThrows(IOException.class, () -> AtomicFiles.writeString(dir, "x"));
        assertTrue(Files.isDirectory(dir));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
