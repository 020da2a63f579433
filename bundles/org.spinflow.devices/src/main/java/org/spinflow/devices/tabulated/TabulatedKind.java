package org.spinflow.devices.tabulated;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Parameters;
import org.spinflow.devices.Preset;

/**
 * Device kind {@code tabulated}: a measured transfer curve from CSV ({@link CsvCurves}).
 *
 * <p>The CSV path is a <em>text parameter</em>: build with
 * {@code DeviceRegistry.getDefault().create(spec, Map.of("file", "iv.csv"))} (or
 * {@link DeviceKind#create(DeviceSpec, Map)}); a relative path resolves against
 * {@link DeviceSpec#baseDir()}. Optional text parameters {@code inputUnit} (default "A") and
 * {@code outputUnit} (default "V"). Numeric parameters (overrides): {@code interpolation}
 * (1 PCHIP, default; 0 not-a-knot spline), {@code noiseSigma} (absolute read-noise sigma in output
 * units, default 0), {@code noiseRelative} (relative to |y|, default 0), {@code nominalModel} (0: the
 * first column is the nominal device, default; 1: a tanh fitted to all columns, {@link TanhFit}).
 */
public final class TabulatedKind implements DeviceKind {

    public static final String ID = "tabulated";
    public static final String FILE = "file";

    private static final Set<String> NUMERIC = Set.of("interpolation", "noiseSigma", "noiseRelative", "nominalModel");
    private static final Set<String> TEXT = Set.of(FILE, "inputUnit", "outputUnit");

    private static final List<Preset> PRESETS = List.of(preset());

    private static Preset preset() {
        Map<String, Double> m = new LinkedHashMap<>(Parameters.neuron(1, 0, 0, 1, 0.01));
        m.put("interpolation", 1.0);
        m.put("noiseSigma", 0.0);
        m.put("noiseRelative", 0.0);
        m.put("nominalModel", 0.0);
        return new Preset("tabulated", ID,
                "user's measured curve (CSV, text parameter 'file'); the neuron.* keys here are placeholders:"
                        + " use TabulatedDevice.neuronMapping() for a data-derived mapping",
                "measured transfer curve from CSV, PCHIP-interpolated", m);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Preset> presets() {
        return PRESETS;
    }

    @Override
    public Device create(DeviceSpec spec) {
        throw new DeviceException("preset 'tabulated' needs a CSV file: pass the text parameter 'file', e.g."
                + " DeviceRegistry.create(spec, Map.of(\"file\", \"iv.csv\"))");
    }

    @Override
    public Device create(DeviceSpec spec, Map<String, String> text) {
        Parameters.check(spec);
        if (text == null || text.get(FILE) == null || text.get(FILE).isBlank()) {
            return create(spec);
        }
        for (String k : text.keySet()) {
            if (!TEXT.contains(k)) {
                throw new DeviceException("unknown text parameter '" + k + "' for 'tabulated' (known: file,"
                        + " inputUnit, outputUnit)");
            }
        }
        Map<String, Double> m = Parameters.merged(Parameters.find(PRESETS, spec.preset()), spec);
        for (String k : m.keySet()) {
            if (!k.startsWith(Parameters.NEURON) && !NUMERIC.contains(k)) {
                throw new DeviceException("unknown parameter '" + k + "' for 'tabulated' (known: " + NUMERIC + ")");
            }
        }
        Path p = Path.of(text.get(FILE));
        if (!p.isAbsolute() && spec.baseDir() != null) {
            p = spec.baseDir().resolve(p);
        }
        CsvCurves data = CsvCurves.read(p);
        double abs = m.get("noiseSigma"), rel = m.get("noiseRelative");
        if (!(abs >= 0) || !(rel >= 0)) {
            throw new DeviceException("noiseSigma and noiseRelative must be >= 0");
        }
        int interp = (int) Math.round(m.get("interpolation"));
        return new TabulatedDevice(spec.preset(), spec.count(), data, interp == 0 ? 0 : 1,
                spec.readNoise() ? abs : 0, spec.readNoise() ? rel : 0, text.getOrDefault("inputUnit", "A"),
                text.getOrDefault("outputUnit", "V"), m.get("nominalModel") != 0);
    }

    /** Convenience: a tabulated population from a CSV path. */
    public static Device create(DeviceSpec spec, Path csv) {
        return new TabulatedKind().create(spec, Map.of(FILE, csv.toString()));
    }
}
