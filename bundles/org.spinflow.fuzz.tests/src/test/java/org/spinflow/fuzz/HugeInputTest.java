package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.data.CsvDatasets;
import org.spinflow.data.DataException;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * Inputs within the byte limits that still exhaust the heap (found while writing the limit tests and
 * by the CSV fuzz corpus): each must be refused with Spinflow's own error before a large allocation.
 * Kept apart from {@link ResourceLimitsTest} because an OutOfMemoryError can take the whole test JVM
 * down; the module runs one JVM per test class.
 */
@Timeout(60)
class HugeInputTest {

    private static final long TWO_GB = 2L << 30;

    @TempDir
    Path dir;

    private final ResourceLimitsTest limits = new ResourceLimitsTest();

    private Path sparse(String name, long length, byte[] head) throws IOException {
        limits.dir = dir;
        return limits.sparse(name, length, head);
    }

    private static <T extends RuntimeException> String refusedCheaply(Class<T> type,
            org.junit.jupiter.api.function.Executable body) {
        return ResourceLimitsTest.refusedCheaply(type, body);
    }

    @Test
    void twoGigabyteTabulatedDeviceCurveIsRefusedBeforeReading() throws IOException {
        sparse("curve.csv", TWO_GB, "current_A,voltage_V\n".getBytes(StandardCharsets.US_ASCII));
        DeviceSpec spec = new DeviceSpec("tabulated", Map.of(), 1, 1, 0, 0, false, dir);
        String m = refusedCheaply(DeviceException.class,
                () -> DeviceRegistry.getDefault().create(spec, Map.of("file", "curve.csv")));
        assertTrue(m.contains("curve.csv"), m);
    }

    @Test
    void singleHugeCsvLineUnderTheByteLimitIsRefusedWithoutRunningOutOfMemory() throws IOException {
        // 1000 MB (below the 1 GiB default of spinflow.maxDataBytes) of NUL characters and no line break
        Path line = sparse("oneline.csv", 1000L << 20, new byte[0]);
        String m = refusedCheaply(DataException.class, () -> CsvDatasets.load(line));
        assertTrue(m.startsWith("oneline.csv"), m);
    }

    @Test
    void wideCsvHeaderIsRefusedBeforeAllocation() throws IOException {
        // 300,000 column names: the loader must not reserve 1024 rows x 300,000 floats (1.2 GB)
        Path wide = Files.writeString(dir.resolve("wide.csv"), "c,".repeat(300_000) + "label\n");
        String m = refusedCheaply(DataException.class, () -> CsvDatasets.load(wide));
        assertTrue(m.startsWith("wide.csv"), m);
    }
}
