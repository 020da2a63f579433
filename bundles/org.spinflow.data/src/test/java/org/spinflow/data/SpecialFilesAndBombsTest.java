package org.spinflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loaders never block on special files, bound gzip input by its decompressed size, and check a
 * data set against the readout it will train.
 */
class SpecialFilesAndBombsTest {
    @TempDir
    Path tmp;

    /** A FIFO with no writer would block a reader forever: refused at once. Generous timeout: it only guards the hang. */
    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = tmp.resolve("data.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        DataException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DataException.class, () -> CsvDatasets.load(fifo)));
        assertTrue(e.getMessage().startsWith("data.csv: not a regular file"), e.getMessage());
        DataException idx = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DataException.class, () -> IdxDatasets.load(fifo, fifo)));
        assertTrue(idx.getMessage().contains("not a regular file"), idx.getMessage());
    }

    @Test
    void devicesAreRefusedAndNotCalledEmpty() {
        DataException e = assertThrows(DataException.class, () -> CsvDatasets.load(Path.of("/dev/zero")));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(e.getMessage().contains("empty"), e.getMessage());
    }

    private static byte[] zeros(long bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            for (long done = 0; done < bytes; done += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - done));
            }
        }
        return b.toByteArray();
    }

    /** The gzip trailer declares 64 MiB against a 1 MiB limit: refused before decompressing anything. */
    @Test
    void aGzipBombIsRefusedByItsDeclaredSize() throws IOException {
        Path bomb = tmp.resolve("bomb.csv.gz");
        Files.write(bomb, zeros(64L << 20));
        DataLimits limits = new DataLimits(DataLimits.DEFAULT_MAX_VALUES, 1 << 20);
        DataException e = assertThrows(DataException.class, () -> CsvDatasets.load(bomb, limits));
        assertTrue(e.getMessage().contains("decompresses to 67108864 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains(DataLimits.MAX_BYTES_PROPERTY), e.getMessage());
    }

    /** A trailer that lies (claims 10 bytes) does not help: decompression stops at the limit. */
    @Test
    void aGzipBombWithAFalseTrailerStopsAtTheLimit() throws IOException {
        byte[] gz = zeros(64L << 20);
        gz[gz.length - 4] = 10;
        gz[gz.length - 3] = 0;
        gz[gz.length - 2] = 0;
        gz[gz.length - 1] = 0;
        Path bomb = tmp.resolve("liar.idx.gz");
        Files.write(bomb, gz);
        DataLimits limits = new DataLimits(DataLimits.DEFAULT_MAX_VALUES, 1 << 20);
        DataException e = assertThrows(DataException.class, () -> CsvDatasets.load(bomb, limits));
        assertTrue(e.getMessage().contains("decompresses to more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void aGzipFileWithinTheLimitStillLoads() throws IOException {
        Path ok = tmp.resolve("ok.csv.gz");
        Files.write(ok, TestData.gzip("1,2,0\n3,4,1\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(2, CsvDatasets.load(ok, new DataLimits(1000, 1000)).n());
    }

    // ---- against the readout ----

    private static Dataset ds(int classes, int... labels) {
        String[] names = new String[classes];
        for (int i = 0; i < classes; i++) {
            names[i] = "c" + i;
        }
        return new Dataset(new float[labels.length], labels, labels.length, 1, classes, names, "test.csv");
    }

    @Test
    void labelsBeyondTheReadoutAreRefused() {
        DataException e = assertThrows(DataException.class, () -> DataChecks.againstReadout(ds(10, 0, 1, 9), 3, "x.csv"));
        assertTrue(e.getMessage().startsWith("x.csv: label 9"), e.getMessage());
        assertTrue(e.getMessage().contains("readout of 3 classes"), e.getMessage());
        DataException names = assertThrows(DataException.class, () -> DataChecks.againstReadout(ds(5, 0, 1, 2), 3, "x.csv"));
        assertTrue(names.getMessage().contains("names 5 classes but the model's readout has 3"), names.getMessage());
        DataException idx = assertThrows(DataException.class, () -> DataChecks.againstReadout(ds(250, 0, 249), 10, "mnist"));
        assertTrue(idx.getMessage().contains("label 249"), idx.getMessage());
    }

    @Test
    void oneClassAndMissingClassesAreWarnings() {
        List<String> one = DataChecks.againstReadout(ds(3, 1, 1, 1), 3, "x.csv");
        assertEquals(1, one.size());
        assertTrue(one.get(0).contains("only 1 class present"), one.get(0));
        List<String> missing = DataChecks.againstReadout(ds(3, 0, 1, 0), 3, "x.csv");
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).contains("1 of the readout's 3 classes have no sample [2]"), missing.get(0));
        assertTrue(DataChecks.againstReadout(ds(3, 0, 1, 2), 3, "x.csv").isEmpty());
    }

    @Test
    void controlCharactersInClassNamesAreEscaped() {
        Dataset d = new Dataset(new float[2], new int[] {0, 4}, 2, 1, 5,
                new String[] {"a", "b", "c", "d", "e\u001b]0;x\u0007"}, "t.csv");
        DataException e = assertThrows(DataException.class, () -> DataChecks.againstReadout(d, 3, "t.csv"));
        assertFalse(e.getMessage().chars().anyMatch(c -> c == 0x1b || c == 0x07), e.getMessage());
        assertTrue(e.getMessage().contains("\\u001b"), e.getMessage());
    }
}
