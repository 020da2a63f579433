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
        knob(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_FIELD, "Bb", 1.0, overrides);
        knob(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, "psi", Math.PI / 180, overrides);
        knob(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, "beta", Math.PI / 180, overrides);
        knob(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__READ_CURRENT, "Ij0", 1.0, overrides);
        return new MtjDeviceParameters(presetName, overrides, text);
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

    private static void knob(MtjNeuronArray m, EAttribute a, String key, double scale, Map<String, Double> into) {
        if (m.eIsSet(a)) {
            into.put(key, (Double) m.eGet(a) * scale);
        }
    }
}
