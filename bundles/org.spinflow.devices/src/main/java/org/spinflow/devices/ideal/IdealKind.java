package org.spinflow.devices.ideal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Parameters;
import org.spinflow.devices.Preset;

/**
 * Device kind {@code ideal}: the baseline activations {@code tanh}, {@code sigmoid}, {@code relu}
 * (unit "1"). Parameters: {@code noiseSigma} (absolute read-noise sigma, default 0: no noise even
 * when DeviceSpec.readNoise), {@code xMin}/{@code xMax} (drive range, default +-8).
 */
public final class IdealKind implements DeviceKind {

    public static final String ID = "ideal";

    private static final List<Preset> PRESETS = List.of(
            preset("tanh", Parameters.neuron(1, 0, 0, 1, 0.01), "y = tanh(x)"),
            preset("sigmoid", Parameters.neuron(2, 0, 0.5, 2, 0.01), "y = 1/(1+exp(-x)); 2 (s(2z) - 1/2) = tanh(z)"),
            preset("relu", Parameters.neuron(1, 0, 0, 1, 0.01), "y = max(0, x)"));

    private static Preset preset(String name, Map<String, Double> neuron, String desc) {
        Map<String, Double> m = new LinkedHashMap<>(neuron);
        m.put("noiseSigma", 0.0);
        m.put("xMin", -8.0);
        m.put("xMax", 8.0);
        return new Preset(name, ID, "ideal mathematical function (baseline, no device physics)", desc, m);
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
        Parameters.check(spec);
        Map<String, Double> m = Parameters.merged(Parameters.find(PRESETS, spec.preset()), spec);
        for (String k : m.keySet()) {
            if (!k.startsWith(Parameters.NEURON) && !List.of("noiseSigma", "xMin", "xMax").contains(k)) {
                throw new DeviceException("unknown parameter '" + k + "' for preset '" + spec.preset()
                        + "' (known: noiseSigma, xMin, xMax)");
            }
        }
        double sigma = m.get("noiseSigma");
        if (!(sigma >= 0)) {
            throw new DeviceException("noiseSigma must be >= 0");
        }
        IdealDevice.Function f = IdealDevice.Function.valueOf(spec.preset().toUpperCase(java.util.Locale.ROOT));
        return new IdealDevice(spec.preset(), f, spec.count(), m.get("xMin"), m.get("xMax"),
                spec.readNoise() ? sigma : 0);
    }
}
