package org.spinflow.devices.tabulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.noise.CounterRng;

/** docs/PHYSICS.md B.2: the fitted-tanh nominal model of measured curves. */
class TanhFitTest {

    @TempDir
    Path dir;

    @Test
    void recoversTheParametersOfANoisyTanh() {
        int n = 81;
        double[] x = new double[n];
        double[][] y = new double[3][n];
        for (int i = 0; i < n; i++) {
            x[i] = -8e-3 + 16e-3 * i / (n - 1);
            for (int c = 0; c < 3; c++) {
                y[c][i] = 0.072 + 0.03 * Math.tanh((x[i] - 1.6e-3) / 3.7e-3) + 1e-4 * CounterRng.normal(5, c, i);
            }
        }
        TanhFit f = TanhFit.fit(x, y);
        assertEquals(0.072, f.c(), 1e-4);
        assertEquals(0.03, f.a(), 2e-4);
        assertEquals(1.6e-3, f.x0(), 2e-5);
        assertEquals(3.7e-3, f.s(), 5e-5);
        assertEquals(1e-4, f.rms(), 2e-5, "residual = the added noise");
    }

    @Test
    void isALeastSquaresMinimumForANonTanhCurve() {
        int n = 41;
        double[] x = new double[n];
        double[][] y = new double[1][n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / (n - 1);
            y[0][i] = x[i] / Math.sqrt(1 + x[i] * x[i]) + 0.1 * x[i] * x[i]; // not a tanh
        }
        TanhFit f = TanhFit.fit(x, y);
        assertTrue(f.rms() > 1e-3, "a non-tanh curve leaves a residual");
        double best = f.rms();
        double[][] steps = {{1e-3, 0, 0, 0}, {0, 1e-3, 0, 0}, {0, 0, 1e-3, 0}, {0, 0, 0, 1e-3}};
        for (double[] d : steps) {
            for (int sgn = -1; sgn <= 1; sgn += 2) {
                TanhFit g = new TanhFit(f.c() + sgn * d[0], f.a() + sgn * d[1], f.x0() + sgn * d[2], f.s() + sgn * d[3], 0);
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Math.pow(y[0][i] - g.value(x[i]), 2);
                }
                assertTrue(Math.sqrt(s / n) >= best - 1e-12, "perturbed parameters fit worse");
            }
        }
    }

    @Test
    void tabulatedDeviceUsesTheFitAsItsNominalModel() throws IOException {
        StringBuilder csv = new StringBuilder("x,a,b\n");
        for (int i = 0; i <= 40; i++) {
            double x = -4 + 0.2 * i;
            csv.append(x).append(',').append(Math.tanh(x - 0.5) * 2 + 1).append(',').append(Math.tanh(x + 0.5) * 2 + 1)
                    .append('\n');
        }
        Files.writeString(dir.resolve("lab.csv"), csv);
        DeviceSpec spec = new DeviceSpec("tabulated", Map.of("nominalModel", 1.0), 2, 1, 0, 1.0, false, dir);
        TabulatedDevice d = (TabulatedDevice) DeviceRegistry.getDefault().create(spec, Map.of("file", "lab.csv"));
        TanhFit f = d.nominalFit();
        assertEquals(1.0, f.c(), 1e-6);
        assertEquals(0.0, f.x0(), 1e-6);
        assertTrue(f.s() > 1.0, "the fit to two shifted curves is wider than each");
        assertEquals(f.derivative(0.3), d.nominalDerivative(0.3), 1e-12);
        float[] g = new float[2];
        d.derivative(new float[] {0.3f, 0.3f}, g, 2, true);
        assertEquals(f.derivative(0.3f), g[1], 1e-6);
        d.derivative(new float[] {0.3f, 0.3f}, g, 2, false);
        assertEquals(d.derivativeAt(1, 0.3f), g[1], 1e-6, "per-device derivative is the measured curve's");
        Map<String, Double> m = d.neuronMapping();
        assertEquals(f.s(), m.get("neuron.inputGain"), 0);
        assertEquals(1 / f.a(), m.get("neuron.outputGain"), 0);
        DeviceSpec plain = new DeviceSpec("tabulated", Map.of(), 2, 1, 0, 1.0, false, dir);
        assertNull(((TabulatedDevice) DeviceRegistry.getDefault().create(plain, Map.of("file", "lab.csv"))).nominalFit());
    }
}
