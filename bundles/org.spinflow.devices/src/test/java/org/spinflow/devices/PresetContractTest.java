package org.spinflow.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinflow.devices.macrospin.MacrospinKind;
import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.devices.macrospin.Variability;
import org.spinflow.devices.table.TableDevice;

/** The device contract, run over every registered preset. */
class PresetContractTest {

    @TempDir
    static Path dir;

    static Stream<String> presets() {
        return DeviceRegistry.getDefault().presets().stream().map(Preset::name);
    }

    static Path csv() throws IOException {
        Path f = dir.resolve("curve.csv");
        if (!Files.exists(f)) {
            StringBuilder sb = new StringBuilder("current,dev1,dev2\n");
            for (int i = 0; i <= 40; i++) {
                double x = -4e-3 + 8e-3 * i / 40;
                sb.append(x).append(',').append(0.07 + 0.03 * Math.tanh(x / 2e-3)).append(',')
                        .append(0.072 + 0.028 * Math.tanh((x - 0.2e-3) / 2.1e-3)).append('\n');
            }
            Files.writeString(f, sb.toString());
        }
        return f;
    }

    /** A population; noisy variants get a non-zero noise parameter where the preset has none by default. */
    static Device create(String preset, int count, boolean noise) throws IOException {
        Preset p = DeviceRegistry.getDefault().preset(preset);
        Map<String, Double> over = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        if (p.kind().equals("tabulated")) {
            text.put("file", csv().getFileName().toString());
            if (noise) {
                over.put("noiseSigma", 20e-6);
                over.put("noiseRelative", 1e-3);
            }
        }
        if (p.kind().equals("ideal") && noise) {
            over.put("noiseSigma", 0.01);
        }
        DeviceSpec spec = new DeviceSpec(preset, over, count, 42, 1234, 1.0, noise, dir);
        return DeviceRegistry.getDefault().create(spec, text);
    }

    static float[] drives(Device d, int samples) {
        float[] x = new float[samples * d.size()];
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < d.size(); k++) {
                double f = (s + 0.37 * k) / samples;
                x[s * d.size() + k] = (float) (d.inputMin() + (d.inputMax() - d.inputMin()) * (f - Math.floor(f)));
            }
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetCarriesSourceAndNeuronMapping(String preset) {
        Preset p = DeviceRegistry.getDefault().preset(preset);
        assertFalse(p.source().isBlank());
        for (String k : Parameters.NEURON_KEYS) {
            assertTrue(p.parameters().containsKey(k), preset + " lacks " + k);
            assertTrue(Double.isFinite(p.parameters().get(k)));
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void readsAreFiniteAndDeterministicWithoutNoise(String preset) throws IOException {
        Device d = create(preset, 3, false);
        float[] x = drives(d, 200);
        float[] a = new float[x.length], b = new float[x.length];
        d.read(x, a, x.length, 1);
        d.read(x, b, x.length, 2);
        for (float v : a) {
            assertTrue(Float.isFinite(v));
        }
        assertArrayEquals(a, b);
        assertEquals(0, d.readNoiseSigma(0, 0.5 * (d.inputMin() + d.inputMax())));
        DeviceDiagnostics diag = DeviceDiagnostics.of(d).orElseThrow();
        float[] c = new float[x.length];
        diag.readNoiseless(x, c, x.length, false);
        assertArrayEquals(a, c);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void noiseIsKeyedAndHasTheStatedSigma(String preset) throws IOException {
        Device d = create(preset, 3, true);
        int samples = 4000;
        double xm = d.inputMin() + 0.55 * (d.inputMax() - d.inputMin());
        float[] x = new float[samples * 3];
        Arrays.fill(x, (float) xm);
        float[] a = new float[x.length], b = new float[x.length], c = new float[x.length];
        d.read(x, a, x.length, 99);
        d.read(x, b, x.length, 99);
        d.read(x, c, x.length, 100);
        assertArrayEquals(a, b, "same noise key must give the same reads");
        assertFalse(Arrays.equals(a, c), "different noise keys must give different reads");
        for (int k = 0; k < 3; k++) {
            double s = 0, s2 = 0;
            for (int i = 0; i < samples; i++) {
                double v = a[i * 3 + k];
                s += v;
                s2 += v * v;
            }
            double mean = s / samples, sd = Math.sqrt(Math.max(0, s2 / samples - mean * mean));
            double sigma = d.readNoiseSigma(k, (float) xm);
            assertTrue(sigma > 0, preset);
            // sd of a sample sd ~ sigma / sqrt(2 n) = 1.1 %; float rounding adds ~ulp
            assertEquals(sigma, sd, 0.06 * sigma + 1e-7 * Math.abs(mean), preset + " device " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void diagnosticsDerivativeMatchesDifferences(String preset) throws IOException {
        Device d = create(preset, 2, false);
        DeviceDiagnostics diag = DeviceDiagnostics.of(d).orElseThrow();
        NominalCurve nc = (NominalCurve) d;
        double range = d.inputMax() - d.inputMin();
        double maxSlope = 0;
        for (int i = 1; i < 100; i++) {
            maxSlope = Math.max(maxSlope, Math.abs(nc.nominalDerivative(d.inputMin() + range * i / 100)));
        }
        for (int i = 1; i < 20; i++) {
            double x = d.inputMin() + range * (i + 0.31) / 20.5;
            double h = 1e-4 * range;
            double fd = (nc.nominalValue(x + h) - nc.nominalValue(x - h)) / (2 * h);
            if (preset.equals("relu") && Math.abs(x) < 2 * h) {
                continue;
            }
            assertEquals(fd, nc.nominalDerivative(x), 1e-5 * maxSlope, preset + " at " + x);
            float[] xf = {(float) x, (float) x}, out = new float[2];
            diag.derivative(xf, out, 2, true);
            assertEquals(nc.nominalDerivative((float) x), out[0], 1e-5 * maxSlope);
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void tableMatchesDirectSolve(String preset) throws IOException {
        Preset p = DeviceRegistry.getDefault().preset(preset);
        if (!p.kind().equals(MacrospinKind.ID)) {
            return; // other kinds evaluate their model directly: no table
        }
        DeviceSpec spec = new DeviceSpec(preset, Map.of(), 2, 42, 1234, 1.0, false, null);
        TableDevice d = (TableDevice) DeviceRegistry.getDefault().create(spec);
        MacrospinParameters base = MacrospinKind.parameters(spec);
        java.util.Random r = new java.util.Random(5);
        double[] xs = new double[400];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = base.xMin() + (base.xMax() - base.xMin()) * r.nextDouble();
        }
        Arrays.sort(xs);
        for (int k = 0; k < 2; k++) {
            MacrospinParameters pk = Variability.draw(base, 42, 1234, k, 1.0);
            double[] y = MacrospinKind.curve(pk, xs, false).y();
            double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE, err = 0;
            for (int i = 0; i < xs.length; i++) {
                lo = Math.min(lo, y[i]);
                hi = Math.max(hi, y[i]);
                err = Math.max(err, Math.abs(d.value(k, xs[i]) - y[i]));
            }
            // section F: spline error ~ h^4; the preset tables (0.2 mA / 10 uA spacing) stay below 2e-7 of the
            // swing, i.e. below float resolution of the output and 1000x below the read noise
            assertTrue(err < 2e-7 * (hi - lo), preset + " device " + k + ": table error " + err / (hi - lo));
        }
    }
}
