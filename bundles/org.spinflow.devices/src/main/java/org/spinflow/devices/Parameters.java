package org.spinflow.devices;

import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the device kinds: merging preset parameters with a spec's overrides. */
public final class Parameters {

    /** Prefix of the interpreter's neuron-mapping keys (see {@link #NEURON_KEYS}). */
    public static final String NEURON = "neuron.";

    /**
     * Keys every preset carries so that {@code y = outputGain * (read(inputOffset + inputGain * z)
     * - outputReference)} approximates tanh(z) in the active region; {@code neuron.delta} is the
     * recommended finite-difference step in drive units.
     */
    public static final String[] NEURON_KEYS = {"neuron.inputGain", "neuron.inputOffset", "neuron.outputReference",
        "neuron.outputGain", "neuron.delta"};

    private Parameters() {
    }

    /** Preset parameters overlaid with the spec's overrides (null-safe). */
    public static Map<String, Double> merged(Preset preset, DeviceSpec spec) {
        Map<String, Double> m = new LinkedHashMap<>(preset.parameters());
        if (spec.overrides() != null) {
            m.putAll(spec.overrides());
        }
        return m;
    }

    /** Preset with the given name from a list, or a {@link DeviceException}. */
    public static Preset find(java.util.List<Preset> presets, String name) {
        for (Preset p : presets) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new DeviceException("unknown preset '" + name + "'");
    }

    /** Checks the common spec fields. */
    public static void check(DeviceSpec spec) {
        if (spec.count() <= 0) {
            throw new DeviceException("device count must be positive, got " + spec.count() + " for preset '"
                    + spec.preset() + "'");
        }
        if (!(spec.variabilityScale() >= 0) || Double.isInfinite(spec.variabilityScale())) {
            throw new DeviceException("variabilityScale must be >= 0, got " + spec.variabilityScale());
        }
    }

    /** Neuron mapping map. */
    public static Map<String, Double> neuron(double inputGain, double inputOffset, double outputReference,
            double outputGain, double delta) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("neuron.inputGain", inputGain);
        m.put("neuron.inputOffset", inputOffset);
        m.put("neuron.outputReference", outputReference);
        m.put("neuron.outputGain", outputGain);
        m.put("neuron.delta", delta);
        return m;
    }
}
