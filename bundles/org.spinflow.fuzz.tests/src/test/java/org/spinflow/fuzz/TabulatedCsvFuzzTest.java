package org.spinflow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the tabulated-device CSV reader, through the public path a model takes
 * ({@code DeviceRegistry.getDefault().create(spec, Map.of("file", ...))}), followed by one read of
 * the device. Every input either yields a device or is refused with a one-line
 * {@link DeviceException} naming the file.
 */
class TabulatedCsvFuzzTest {

    private static final FuzzSupport.Counter COUNTER = new FuzzSupport.Counter("tabulated");
    private static Path dir;

    @BeforeAll
    static void setUp() {
        dir = FuzzSupport.scratch("tabulated");
    }

    @AfterAll
    static void tearDown() {
        COUNTER.report();
        FuzzSupport.deleteRecursively(dir);
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "tabulated.dict")
    void create(byte[] data) {
        COUNTER.start();
        Path file = dir.resolve("curve.csv");
        FuzzSupport.write(file, data);
        Device device;
        try {
            device = DeviceRegistry.getDefault().create(new DeviceSpec("tabulated", Map.of(), 1, 1, 0, 0, false, dir),
                    Map.of("file", "curve.csv"));
        } catch (DeviceException e) {
            FuzzSupport.assertCleanMessage(e, file.getFileName().toString());
            COUNTER.refused.incrementAndGet();
            return;
        }
        assertEquals(1, device.size());
        float[] drive = {0f};
        float[] out = new float[1];
        device.read(drive, out, 1, 0L);
        assertTrue(out.length == 1);
        COUNTER.loaded.incrementAndGet();
    }
}
