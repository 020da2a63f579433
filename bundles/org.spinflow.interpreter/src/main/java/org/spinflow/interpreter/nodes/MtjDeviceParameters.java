package org.spinflow.interpreter.nodes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowPackage;

/**
 * How an MTJ neuron array's model settings become device parameters, in one place for the
 * interpreter, the studio and the tools: the preset (a preset defined in the model resolves to its
 * base preset plus its parameters), the node's numeric and text parameters, and the knobs (angles
 * in degrees in the model, radians in the device).
 *
 * @param preset    the built-in preset to build devices from
 * @param overrides numeric parameters by device parameter name (SI units)
 * @param text      text parameters, e.g. the CSV file of a tabulated device
 */
public record MtjDeviceParameters(String preset, Map<String, Double> overrides, Map<String, String> text) {

    public static MtjDeviceParameters of(Network network, MtjNeuronArray m) {
        String presetName = m.getPreset();
        Map<String, Double> overrides = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (DevicePreset dp : network.getPresets()) {
            if (dp.getName().equals(presetName)) {
                presetName = dp.getBasePreset();
                addParameters(dp.getParameters(), overrides, text);
            }
        }
        addParameters(m.getParameters(), overrides, text);
        for (EAttribute a : KNOBS) {
            if (m.eIsSet(a)) {
                putKnob(a, (Double) m.eGet(a), overrides);
            }
        }
        return new MtjDeviceParameters(presetName, overrides, text);
    }

    /** The MTJ array's knobs: attributes that map onto one device parameter each. */
    public static final java.util.List<EAttribute> KNOBS = java.util.List.of(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_FIELD,
            SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE,
            SpinflowPackage.Literals.MTJ_NEURON_ARRAY__READ_CURRENT);

    /**
     * Puts the device parameter of a knob given in model units: {@code biasField} (T) -> Bb,
     * {@code biasAngle} and {@code fieldLineAngle} (degrees) -> psi and beta (radians),
     * {@code readCurrent} (A) -> Ij0. The only degree-to-radian conversion of the knobs.
     */
    public static void putKnob(EAttribute knob, double modelValue, Map<String, Double> into) {
        switch (knob.getName()) {
            case "biasField" -> into.put("Bb", modelValue);
            case "biasAngle" -> into.put("psi", Math.toRadians(modelValue));
            case "fieldLineAngle" -> into.put("beta", Math.toRadians(modelValue));
            case "readCurrent" -> into.put("Ij0", modelValue);
            default -> throw new IllegalArgumentException("not an MTJ knob: " + knob.getName());
        }
    }

    /**
     * The value an MTJ attribute takes when it is not set, in model units: the preset's (a network
     * preset's parameters over its base preset over the device kind's defaults). Knobs and the neuron
     * mapping only; null when the device has no such parameter.
     */
    public static Double inherited(Network network, MtjNeuronArray m, EAttribute a) {
        MtjDeviceParameters p = of(network, m);
        Map<String, Double> v = new LinkedHashMap<>();
        if (isMacrospin(p.preset())) {
            v.putAll(org.spinflow.devices.macrospin.MacrospinParameters.DEFAULT_VALUES);
        }
        try {
            v.putAll(org.spinflow.devices.DeviceRegistry.getDefault().preset(p.preset()).parameters());
        } catch (org.spinflow.devices.DeviceException e) {
            return null;
        }
        v.putAll(p.overrides());
        Double x = switch (a.getName()) {
            case "biasField" -> v.get("Bb");
            case "biasAngle" -> v.get("psi") == null ? null : Math.toDegrees(v.get("psi"));
            case "fieldLineAngle" -> v.get("beta") == null ? null : Math.toDegrees(v.get("beta"));
            case "readCurrent" -> v.get("Ij0");
            case "inputGain", "inputOffset", "outputReference", "outputGain" -> v.get("neuron." + a.getName());
            default -> null;
        };
        return x;
    }

    /** Whether a preset (built in) is built by the macrospin device kind. */
    public static boolean isMacrospin(String preset) {
        try {
            return "macrospin".equals(org.spinflow.devices.DeviceRegistry.getDefault().preset(preset).kind());
        } catch (org.spinflow.devices.DeviceException e) {
            return false;
        }
    }

    private static void addParameters(Iterable<Parameter> params, Map<String, Double> into, Map<String, String> text) {
        for (Parameter p : params) {
            if (p.getText() == null || p.getText().isEmpty()) {
                into.put(p.getName(), p.getValue());
            } else {
                text.put(p.getName(), p.getText());
            }
        }
    }
}
