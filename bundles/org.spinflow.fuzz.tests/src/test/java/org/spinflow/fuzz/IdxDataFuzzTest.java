package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinflow.data.DataException;
import org.spinflow.data.Dataset;
import org.spinflow.data.IdxDatasets;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the IDX loader ({@link IdxDatasets#load(Path, Path)}, raw or gzip). One input makes
 * both files: its first two bytes (big-endian) are the length L of the label file, the next L bytes
 * the label file and the rest the image file (see {@link #split(byte[])}). Every input either loads
 * or is refused with a one-line {@link DataException} naming one of the two files.
 */
class IdxDataFuzzTest {

    private static final FuzzSupport.Counter COUNTER = new FuzzSupport.Counter("idx");
    private static Path dir;

    @BeforeAll
    static void setUp() {
        dir = FuzzSupport.scratch("idx");
    }

    @AfterAll
    static void tearDown() {
        COUNTER.report();
        FuzzSupport.deleteRecursively(dir);
    }

    /** Splits a fuzz input into {label file, image file}. */
    static byte[][] split(byte[] data) {
        if (data.length < 2) {
            return new byte[][] {data, new byte[0]};
        }
        int len = Math.min(((data[0] & 0xFF) << 8) | (data[1] & 0xFF), data.length - 2);
        return new byte[][] {Arrays.copyOfRange(data, 2, 2 + len), Arrays.copyOfRange(data, 2 + len, data.length)};
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "idx.dict")
    void load(byte[] data) {
        COUNTER.start();
        byte[][] parts = split(data);
        Path labels = dir.resolve("fuzz-labels-idx1-ubyte");
        Path images = dir.resolve("fuzz-images-idx3-ubyte");
        FuzzSupport.write(labels, parts[0]);
        FuzzSupport.write(images, parts[1]);
        Dataset d;
        try {
            d = IdxDatasets.load(images, labels);
        } catch (DataException e) {
            String m = String.valueOf(e.getMessage());
            FuzzSupport.assertCleanMessage(e, m.contains(images.getFileName().toString())
                    ? images.getFileName().toString() : labels.getFileName().toString());
            COUNTER.refused.incrementAndGet();
            return;
        }
        assertTrue(d.n() > 0 && d.d() > 0, "empty data set loaded");
        assertEquals(d.n(), d.labels().length);
        COUNTER.loaded.incrementAndGet();
    }
}
