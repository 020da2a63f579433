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

    /** System property naming the data sets folder (relative paths from the repository root). */
    static final String PROPERTY = "spinflow.data.dir";

    /**
     * {@code DIR/<sub>} with DIR from {@value #PROPERTY} (default {@code ../shared/data} from the
     * repository root); skips the test with a message naming the property when it is absent.
     */
    static Path shared(String sub) {
        Path repo = Path.of("../..").toAbsolutePath().normalize();
        Path p = repo.resolve(System.getProperty(PROPERTY, "../shared/data")).resolve(sub).normalize();
        assumeTrue(Files.exists(p), () -> "SKIPPED: data set " + p + " not found; set -D" + PROPERTY
                + "=DIR to the folder holding " + sub + "/ (default ../shared/data from the repository root)");
        return p;
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
