package org.spinflow.experiments;

import org.spinflow.interpreter.nodes.MtjDeviceParameters;
import org.spinflow.model.SpinflowPackage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.model.Crossbar;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;

import com.google.gson.JsonElement;

/**
 * Applies a point's settings to a freshly loaded model, in memory.
 *
 * <ul>
 * <li>{@code variability}: device-to-device <em>spread</em> as a fraction, defined as the
 * spread of the anisotropy field B_k; the model's variability scale becomes
 * {@code variability / 0.10} (docs/PHYSICS.md C has sd(B_k) = 10 % at scale 1), and every other
 * spread (RA 5 %, area 4 %, TMR 4 %, offset fields 0.5 mT, angles 2-3 deg, damping 10 %) is scaled
 * by the same factor. 0 gives identical devices. {@code variability_scale} sets the scale directly.</li>
 * <li>{@code noise}: read-noise multiplier k relative to the docs/PHYSICS.md C budget (1 = the model's
 * integration time and Hooge parameter). The integration time becomes {@code tInt / k^2} and the
 * Hooge parameter {@code alphaH * k^2}, so every noise term (shot, amplifier, 1/f, magnetic) is
 * multiplied by k. 0 switches read noise off.</li>
 * <li>{@code levels}: conductance levels of every crossbar synapse (0 = continuous).</li>
 * <li>{@code bias_field} (T), {@code bias_angle} (deg), {@code field_line_angle} (deg),
 * {@code read_current} (A): the MTJ knobs of every MTJ array; {@code device.NAME}: a macrospin
 * parameter override (SI units).</li>
 * <li>{@code gradient}, {@code delta}, {@code repeated_reads}, {@code lr}, {@code batch_size},
 * {@code limit} (training samples), {@code epochs}, {@code folds}: training settings.</li>
 * </ul>
 */
public final class Settings {
    /** sd(B_k) at variability scale 1 (docs/PHYSICS.md C). */
    public static final double BK_SPREAD_AT_SCALE_1 = MacrospinParameters.DEFAULT_VALUES.get("sdBk");
    static final double DEFAULT_TINT = MacrospinParameters.DEFAULT_VALUES.get("tInt");
    static final double DEFAULT_ALPHA_H = MacrospinParameters.DEFAULT_VALUES.get("alphaH");

    private Settings() {
    }

    /** Applies everything except epochs and folds (those go to the trainer options). */
    public static void apply(Network n, Map<String, JsonElement> s) {
        TrainingSpec t = n.getTraining();
        if (t == null) {
            throw new ExperimentException("model '" + n.getName() + "' has no training specification");
        }
        for (var e : s.entrySet()) {
            String k = e.getKey();
            JsonElement v = e.getValue();
            switch (k) {
                case "gradient", "delta", "repeated_reads" -> {
                    // run settings: they go through the run configuration ({@link #overrides}), not the model
                }
                case "lr" -> t.getOptimizer().setLearningRate(v.getAsDouble());
                case "batch_size" -> t.setBatchSize(v.getAsInt());
                case "limit" -> t.getDataset().setLimit(v.getAsInt());
                case "epochs", "folds" -> {
                }
                case "variability" -> mtj(n).forEach(m -> variability(m, v.getAsDouble() / BK_SPREAD_AT_SCALE_1));
                case "variability_scale" -> mtj(n).forEach(m -> variability(m, v.getAsDouble()));
                case "noise" -> mtj(n).forEach(m -> noise(m, v.getAsDouble()));
                case "levels" -> {
                    for (Node node : n.getNodes()) {
                        if (node instanceof Crossbar c && c.getSynapse() != null) {
                            c.getSynapse().setLevels(v.getAsInt());
                        }
                    }
                }
                case "bias_field" -> mtj(n).forEach(m -> m.setBiasField(v.getAsDouble()));
                case "bias_angle" -> mtj(n).forEach(m -> m.setBiasAngle(v.getAsDouble()));
                case "field_line_angle" -> mtj(n).forEach(m -> m.setFieldLineAngle(v.getAsDouble()));
                case "read_current" -> mtj(n).forEach(m -> m.setReadCurrent(v.getAsDouble()));
                default -> {
                    if (k.startsWith("device.")) {
                        mtj(n).forEach(m -> parameter(m, k.substring(7), v.getAsDouble()));
                    } else {
                        throw new ExperimentException("unknown setting '" + k + "'");
                    }
                }
            }
        }
    }

    /** The run-configuration overrides of a point: gradient mode, delta, repeated reads, seed, threads. */
    public static org.spinflow.interpreter.TrainingSession.Overrides overrides(Map<String, JsonElement> s, Long seed, int threads) {
        GradientMode g = null;
        if (s.containsKey("gradient")) {
            g = GradientMode.get(s.get("gradient").getAsString());
            if (g == null) {
                throw new ExperimentException("'" + s.get("gradient").getAsString() + "' is not a gradient mode (expected one of "
                        + String.join(", ", GradientMode.VALUES.stream().map(GradientMode::getLiteral).toList()) + ")");
            }
        }
        Double delta = s.containsKey("delta") ? s.get("delta").getAsDouble() : null;
        Integer reads = s.containsKey("repeated_reads") ? s.get("repeated_reads").getAsInt() : null;
        return new org.spinflow.interpreter.TrainingSession.Overrides(g, delta, seed, reads, threads);
    }

    /** Epochs override, or null. */
    public static Integer epochs(Map<String, JsonElement> s) {
        return s.containsKey("epochs") ? s.get("epochs").getAsInt() : null;
    }

    /** Folds override for k-fold models, or null. */
    public static Integer folds(Network n, Map<String, JsonElement> s) {
        if (!s.containsKey("folds")) {
            return null;
        }
        var split = n.getTraining().getSplit();
        return split != null && split.getKind() == SplitKind.KFOLD ? s.get("folds").getAsInt() : null;
    }

    /** Macrospin overrides for a transfer curve from curve-series settings (knobs in model units). */
    public static Map<String, Double> curveOverrides(Map<String, JsonElement> s) {
        Map<String, Double> o = new LinkedHashMap<>();
        for (var e : s.entrySet()) {
            double v = e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isNumber()
                    ? e.getValue().getAsDouble() : Double.NaN;
            switch (e.getKey()) {
                case "bias_field" -> MtjDeviceParameters.putKnob(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_FIELD, v, o);
                case "bias_angle" -> MtjDeviceParameters.putKnob(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, v, o);
                case "field_line_angle" -> MtjDeviceParameters.putKnob(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, v, o);
                case "read_current" -> MtjDeviceParameters.putKnob(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__READ_CURRENT, v, o);
                case "label" -> {
                }
                default -> {
                    if (e.getKey().startsWith("device.")) {
                        o.put(e.getKey().substring(7), v);
                    }
                }
            }
        }
        return o;
    }

    private static java.util.List<MtjNeuronArray> mtj(Network n) {
        return n.getNodes().stream().filter(MtjNeuronArray.class::isInstance).map(MtjNeuronArray.class::cast).toList();
    }

    private static void variability(MtjNeuronArray m, double scale) {
        if (m.getVariability() == null) {
            m.setVariability(SpinflowFactory.eINSTANCE.createVariabilitySpec());
        }
        m.getVariability().setEnabled(scale > 0);
        m.getVariability().setScale(scale);
    }

    private static void noise(MtjNeuronArray m, double k) {
        if (m.getNoise() == null) {
            m.setNoise(SpinflowFactory.eINSTANCE.createNoiseSpec());
        }
        if (!(k > 0)) {
            m.getNoise().setEnabled(false);
            return;
        }
        m.getNoise().setEnabled(true);
        if (isMacrospin(m.getPreset())) {
            m.getNoise().setIntegrationTime(m.getNoise().getIntegrationTime() / (k * k));
            double alphaH = DEFAULT_ALPHA_H;
            for (Parameter p : m.getParameters()) {
                if (p.getName().equals("alphaH")) {
                    alphaH = p.getValue();
                }
            }
            parameter(m, "alphaH", alphaH * k * k);
        }
    }

    private static void parameter(MtjNeuronArray m, String name, double value) {
        for (Parameter p : m.getParameters()) {
            if (p.getName().equals(name)) {
                p.setValue(value);
                return;
            }
        }
        Parameter p = SpinflowFactory.eINSTANCE.createParameter();
        p.setName(name);
        p.setValue(value);
        m.getParameters().add(p);
    }

    static boolean isMacrospin(String preset) {
        return MtjDeviceParameters.isMacrospin(preset);
    }
}
