package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.data.CsvDatasets;
import org.spinflow.data.DataException;
import org.spinflow.data.DataLimits;
import org.spinflow.data.IdxDatasets;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.ModelLimits;
import org.spinflow.model.io.SpinflowException;

/**
 * Resource limits with the <em>default</em> settings, checked before memory is allocated: huge files
 * (sparse, so they take no disk space) and a deeply nested XMI. Complements the limit tests of the
 * model, data and interpreter modules (which use small explicit limits, or 10^6 x 10^6 crossbars and
 * 10^9 neurons). "Before allocation" is measured: the bytes the test thread allocated while the
 * loader ran (HotSpot's per-thread allocation counter) stay far below the size of the input.
 */
@Timeout(60)
class ResourceLimitsTest {

    private static final long TWO_GB = 2L << 30;
    /** What a refusal may allocate: messages, buffers, the parser; nothing the size of the input. */
    private static final long SMALL = 32L << 20;

    @TempDir
    Path dir;

    @BeforeEach
    void defaultLimits() {
        ModelIO.register(); // class initialisation (EMF registries) is not part of a refusal
        for (String p : new String[] {DataLimits.MAX_BYTES_PROPERTY, DataLimits.MAX_VALUES_PROPERTY,
            ModelLimits.MAX_BYTES_PROPERTY, ModelLimits.MAX_DEPTH_PROPERTY}) {
            System.clearProperty(p);
        }
    }

    Path sparse(String name, long length, byte[] head) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(head);
            f.setLength(length);
        }
        return p;
    }

    /** Runs {@code body}, expecting {@code type}; returns the message and checks the allocation stayed small. */
    static <T extends RuntimeException> String refusedCheaply(Class<T> type, Executable body) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(tid);
        T e = assertThrows(type, body);
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(allocated < SMALL, "allocated " + allocated + " bytes before refusing: " + m);
        return m;
    }

    @Test
    void twoGigabyteCsvIsRefusedBeforeReading() throws IOException {
        Path big = sparse("big.csv", TWO_GB, "a,b,label\n".getBytes(StandardCharsets.US_ASCII));
        String m = refusedCheaply(DataException.class, () -> CsvDatasets.load(big));
        assertTrue(m.startsWith("big.csv: file has 2147483648 bytes"), m);
        assertTrue(m.contains("limit spinflow.maxDataBytes=1073741824"), m);
        assertTrue(m.contains("raise it with -Dspinflow.maxDataBytes=N"), m);
    }

    @Test
    void twoGigabyteIdxImageFileIsRefusedBeforeReading() throws IOException {
        Path labels = Files.write(dir.resolve("train-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 7});
        Path images = sparse("train-images-idx3-ubyte", TWO_GB, new byte[] {0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 28});
        String m = refusedCheaply(DataException.class, () -> IdxDatasets.load(images, labels));
        assertTrue(m.startsWith("train-images-idx3-ubyte: file has 2147483648 bytes"), m);
        assertTrue(m.contains("raise it with -Dspinflow.maxDataBytes=N"), m);
    }

    @Test
    void twoGigabyteModelIsRefusedBeforeParsing() throws IOException {
        Path big = sparse("big.spinflow", TWO_GB, "<?xml version=\"1.0\"?>\n".getBytes(StandardCharsets.US_ASCII));
        String m = refusedCheaply(SpinflowException.class, () -> ModelIO.load(big));
        assertTrue(m.contains("big.spinflow: file is 2147483648 bytes, larger than the limit of 268435456 bytes"), m);
        assertTrue(m.contains("-Dspinflow.maxModelBytes="), m);
    }

    @Test
    void millionLevelNestingIsRefusedWithoutStackOverflow() throws IOException {
        int levels = 1_000_000;
        StringBuilder b = new StringBuilder(30 * levels);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<spinflow:Network xmi:version=\"2.0\"")
                .append(" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:spinflow=\"http://spinflow.org/spinflow/1.0\" name=\"deep\">\n");
        b.append("<nodes>".repeat(levels)).append("</nodes>".repeat(levels)).append("\n</spinflow:Network>\n");
        Path deep = Files.writeString(dir.resolve("deep.spinflow"), b);
        b = null;
        long t0 = System.nanoTime();
        SpinflowException e = assertThrows(SpinflowException.class, () -> ModelIO.load(deep));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String m = e.getMessage();
        assertTrue(m.contains("deep.spinflow: XML elements are nested deeper than 64 levels"), m);
        assertTrue(m.contains("raise it with -Dspinflow.maxXmlDepth=N"), m);
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }
}
