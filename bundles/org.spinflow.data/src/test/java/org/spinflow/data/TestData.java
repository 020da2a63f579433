package org.spinflow.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Locates the shared data folder and writes small synthetic files. */
final class TestData {

    private TestData() {
    }

    /** {@code shared/data/<sub>}, found by walking up from the working directory; skips the test if absent. */
    static Path shared(String sub) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("shared").resolve("data").resolve(sub);
            if (Files.exists(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        assumeTrue(false, "shared/data/" + sub + " not found above the working directory");
        return null;
    }

    static byte[] idxImages(int magic, int count, int rows, int cols, byte[] pixels) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        be32(b, magic);
        be32(b, count);
        be32(b, rows);
        be32(b, cols);
        b.writeBytes(pixels);
        return b.toByteArray();
    }

    static byte[] idxLabels(int magic, int count, byte[] labels) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        be32(b, magic);
        be32(b, count);
        b.writeBytes(labels);
        return b.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(raw);
        }
        return b.toByteArray();
    }

    private static void be32(ByteArrayOutputStream b, int v) {
        b.write(v >>> 24);
        b.write(v >>> 16);
        b.write(v >>> 8);
        b.write(v);
    }
}
