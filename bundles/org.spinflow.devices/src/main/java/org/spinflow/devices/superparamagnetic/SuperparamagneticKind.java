package org.spinflow.devices.superparamagnetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Parameters;
import org.spinflow.devices.Preset;
import org.spinflow.devices.macrospin.Variability;
import org.spinflow.devices.noise.CounterRng;

/**
 * Device kind {@code superparamagnetic}: model B of docs/PHYSICS.md section B. Parameters (SI):
 * {@code Delta} (10), {@code tau0} (1 ns), {@code h} (easy-axis field / B_k, 0), {@code IcP} and
 * {@code IcAP} (critical currents, both 0.633 mA: the symmetric I_c0 form; set IcAP = 0.292 mA for
 * the asymmetric form), {@code window} (integration time T, 10 ms), {@code xMin}/{@code xMax}
 * (drive range, +-0.2 mA), {@code sdDelta} (log-normal spread of Delta, 10 %, slot 9), {@code idle} (drive
 * between reads, 0 A: the telegraph state evolves at this drive between reads, B.1).
 */
public final class SuperparamagneticKind implements DeviceKind {

    public static final String ID = "superparamagnetic";

    /** Defaults, in one place. */
    public static final Map<String, Double> DEFAULTS;

    static {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Delta", 10.0);
        m.put("tau0", 1e-9);
        m.put("h", 0.0);
        m.put("IcP", 0.633e-3);
        m.put("IcAP", 0.633e-3);
        m.put("window", 10e-3);
        m.put("xMin", -0.2e-3);
        m.put("xMax", 0.2e-3);
        m.put("sdDelta", 0.10);
        m.put("idle", 0.0);
        DEFAULTS = java.util.Collections.unmodifiableMap(m);
    }

    private static final List<Preset> PRESETS = List.of(preset());

    private static Preset preset() {
        // <y> = tanh(Delta I / Ic0): tanh(z) at I = z Ic0 / Delta
        Map<String, Double> m = new LinkedHashMap<>(Parameters.neuron(0.633e-3 / 10, 0, 0, 1, 0.633e-3 / 10 * 0.3));
        return new Preset("mtj-superparamagnetic", ID,
                "docs/PHYSICS.md B (Neel-Brown telegraph with Li-Zhang/Koch STT rates, tau0 = 1 ns, Delta = 10,"
                        + " I_c0 = 0.633 mA from A.5); finite-window read noise B",
                "superparamagnetic MTJ: junction current in (A), activation 2 f_P - 1 out (1)", m);
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
        Map<String, Double> v = new LinkedHashMap<>(DEFAULTS);
        for (Map.Entry<String, Double> e : Parameters.merged(Parameters.find(PRESETS, spec.preset()), spec).entrySet()) {
            if (e.getKey().startsWith(Parameters.NEURON)) {
                continue;
            }
            if (!DEFAULTS.containsKey(e.getKey())) {
                throw new DeviceException("unknown superparamagnetic parameter '" + e.getKey() + "' (known: "
                        + String.join(", ", new TreeSet<>(DEFAULTS.keySet())) + ")");
            }
            v.put(e.getKey(), e.getValue());
        }
        double delta = v.get("Delta");
        if (!(delta > 0) || !(v.get("window") > 0) || !(v.get("tau0") > 0) || !(v.get("xMax") > v.get("xMin"))) {
            throw new DeviceException("superparamagnetic: Delta, tau0 and window must be positive and xMax > xMin");
        }
        Telegraph nominal = new Telegraph(delta, v.get("tau0"), v.get("h"), v.get("IcP"), v.get("IcAP"));
        Telegraph[] devs = new Telegraph[spec.count()];
        for (int k = 0; k < devs.length; k++) {
            long dev = CounterRng.deviceCounter(spec.nodeId(), k);
            double d = delta * Math.exp(spec.variabilityScale() * v.get("sdDelta")
                    * CounterRng.normal(spec.seed(), dev, Variability.DELTA));
            devs[k] = new Telegraph(d, nominal.tau0(), nominal.h(), nominal.icP(), nominal.icAP());
        }
        return new SuperparamagneticDevice(spec.preset(), devs, nominal, v.get("window"), v.get("xMin"), v.get("xMax"),
                v.get("idle"), spec.readNoise());
    }
}
