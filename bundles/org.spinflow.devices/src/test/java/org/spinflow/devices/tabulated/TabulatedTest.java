package org.spinflow.devices.tabulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.TransferCurves;

class TabulatedTest {

    @TempDir
    Path dir;

    DeviceSpec spec(int count) {
        return new DeviceSpec("tabulated", Map.of(), count, 1, 0, 1.0, false, dir);
    }

    Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void goodCsvInterpolatesThroughTheDataAndIsMonotone() throws IOException {
        write("iv.csv", "I (A),V1,V2\n# comment\n0,0.05,0.06\n0.001,0.06,0.07\n0.002,0.08,0.071\n0.004,0.09,0.09\n\n0.005,0.091,0.095\n");
        Device d = DeviceRegistry.getDefault().create(spec(3), Map.of("file", "iv.csv"));
        TabulatedDevice t = (TabulatedDevice) d;
        assertEquals(2, t.columns());
        assertEquals(0, d.inputMin());
        assertEquals(0.005, d.inputMax());
        assertEquals(0.08, t.value(0, 0.002), 1e-15);
        assertEquals(0.071, t.value(1, 0.002), 1e-15);
        float[] x = {0.002f, 0.002f, 0.002f}, y = new float[3];
        d.read(x, y, 3, 0);
        assertEquals(0.08f, y[0], 1e-7);
        assertEquals(0.071f, y[1], 1e-7);
        assertEquals(0.08f, y[2], 1e-7); // device 2 uses column 0 again
        double prev = -1;
        for (int i = 0; i <= 500; i++) {
            double v = t.value(0, 0.005 * i / 500);
            assertTrue(v >= prev - 1e-15, "PCHIP must stay monotone");
            prev = v;
        }
        assertEquals(1.0, t.neuronMapping().get("neuron.outputGain") * 0.041 / 2, 1e-12);
        TransferCurves.Curve c = TransferCurves.nominal("tabulated", 0, 0.005, 11, Map.of(), Map.of("file", "iv.csv"), dir);
        assertEquals(0.09, c.y()[8], 1e-15);
        assertEquals(0.05, TabulatedKind.create(spec(1), dir.resolve("iv.csv")).inputMax() * 10, 1e-15);
    }

    private String error(String text) throws IOException {
        write("bad.csv", text);
        DeviceException e = assertThrows(DeviceException.class,
                () -> DeviceRegistry.getDefault().create(spec(1), Map.of("file", "bad.csv")));
        return e.getMessage();
    }

    @Test
    void badCsvNamesFileAndLine() throws IOException {
        assertEquals("bad.csv:3: expected a number in column 2, got 'abc'",
                error("x,y\n0,1\n1,abc\n2,3\n3,4\n"));
        assertTrue(error("x,y\n0,1\n2,2\n1,3\n3,4\n").startsWith("bad.csv:4: inputs must be sorted"));
        assertTrue(error("x,y\n0,1\n1,2\n1,3\n3,4\n").startsWith("bad.csv:4: duplicate input 1"));
        assertTrue(error("x,y\n0,1\n1,2\n2,3\n").contains("at least 4 data rows, got 3"));
        assertTrue(error("x,y\n0,1\n1,2,5\n2,3\n3,4\n").startsWith("bad.csv:3: expected 2 columns, got 3"));
        DeviceException missing = assertThrows(DeviceException.class,
                () -> DeviceRegistry.getDefault().create(spec(1), Map.of("file", "nope.csv")));
        assertTrue(missing.getMessage().startsWith("nope.csv: cannot read"), missing.getMessage());
        DeviceException noFile = assertThrows(DeviceException.class, () -> DeviceRegistry.getDefault().create(spec(1)));
        assertTrue(noFile.getMessage().contains("'file'"));
    }

    @Test
    void noiseSpec() throws IOException {
        write("n.csv", "x,y\n0,1\n1,2\n2,3\n3,4\n");
        DeviceSpec s = new DeviceSpec("tabulated", Map.of("noiseSigma", 0.003, "noiseRelative", 0.004), 1, 1, 0, 0,
                true, dir);
        Device d = DeviceRegistry.getDefault().create(s, Map.of("file", "n.csv"));
        assertEquals(Math.sqrt(0.003 * 0.003 + 0.008 * 0.008), d.readNoiseSigma(0, 1.0), 1e-12);
    }
}
