package org.spinflow.experiments;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.interpreter.SettingOverrides;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.interpreter.nodes.MtjDeviceParameters;
import org.spinflow.model.Crossbar;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SplitKind;

import com.google.gson.JsonElement;

/**
 * Turns a point's settings into the training session's overrides ({@link TrainingSession.Overrides} with
 * {@link SettingOverrides}): the model is only read, never modified; the interpreter applies the
 * overrides where it loads the data and compiles the plan.
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
 * multiplied by k (the Hooge parameter is the one {@code device.alphaH} gives, if given, whatever
 * the order of the settings). 0 switches read noise off.</li>
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
    static final double DEFAULT_ALPHA_H = MacrospinParameters.DEFAULT_VALUES.get("alphaH");

    private Settings() {
    }

    /** What the settings change on one MTJ array, in the order they are given. */
    private static final class MtjChange {
        Double variabilityScale;
        Boolean noise;
        Double integrationTime;
        final Map<String, Double> parameters = new LinkedHashMap<>();
        final Map<String, Double> knobs = new LinkedHashMap<>();

        SettingOverrides.Node node() {
            Map<String, Double> p = new LinkedHashMap<>(parameters);
            p.putAll(knobs); // knobs over parameters, as the model resolves them
            return new SettingOverrides.Node(variabilityScale, noise, integrationTime, p, null);
        }
    }

    /**
     * The session overrides of a point: gradient mode, delta, repeated reads, seed and threads, and the
     * training and per-node settings ({@link SettingOverrides}) except epochs and folds (those go to the
     * trainer options). {@code n} is read, never modified.
     */
    public static TrainingSession.Overrides overrides(Network n, Map<String, JsonElement> s, Long seed, int threads) {
        if (n.getTraining() == null) {
            throw new ExperimentException("model '" + n.getName() + "' has no training specification");
        }
        GradientMode g = null;
        Double delta = null;
        Integer reads = null;
        Double lr = null;
        Integer batch = null;
        Integer limit = null;
        Integer levels = null;
        Map<MtjNeuronArray, MtjChange> mtj = new LinkedHashMap<>();
        for (MtjNeuronArray m : mtj(n)) {
            mtj.put(m, new MtjChange());
        }
        for (var e : s.entrySet()) {
            String k = e.getKey();
            JsonElement v = e.getValue();
            switch (k) {
                case "gradient" -> {
                    g = GradientMode.get(v.getAsString());
                    if (g == null) {
                        throw new ExperimentException("'" + v.getAsString() + "' is not a gradient mode (expected one of "
                                + String.join(", ", GradientMode.VALUES.stream().map(GradientMode::getLiteral).toList()) + ")");
                    }
                }
                case "delta" -> delta = v.getAsDouble();
                case "repeated_reads" -> reads = v.getAsInt();
                case "lr" -> lr = v.getAsDouble();
                case "batch_size" -> batch = v.getAsInt();
                case "limit" -> limit = v.getAsInt();
                case "epochs", "folds" -> {
                }
                case "variability" -> mtj.values().forEach(c -> c.variabilityScale = v.getAsDouble() / BK_SPREAD_AT_SCALE_1);
                case "variability_scale" -> mtj.values().forEach(c -> c.variabilityScale = v.getAsDouble());
                case "noise" -> {
                    // applied after the loop: it scales the Hooge parameter that device.alphaH may set
                }
                case "levels" -> levels = v.getAsInt();
                case "bias_field" -> knob(mtj, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_FIELD, v.getAsDouble());
                case "bias_angle" -> knob(mtj, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, v.getAsDouble());
                case "field_line_angle" -> knob(mtj, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, v.getAsDouble());
                case "read_current" -> knob(mtj, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__READ_CURRENT, v.getAsDouble());
                default -> {
                    if (k.startsWith("device.")) {
                        mtj.values().forEach(c -> c.parameters.put(k.substring(7), v.getAsDouble()));
                    } else {
                        throw new ExperimentException("unknown setting '" + k + "'");
                    }
                }
            }
        }
        if (s.containsKey("noise")) {
            double k = s.get("noise").getAsDouble();
            mtj.forEach((m, c) -> noise(m, c, k));
        }
        Map<String, SettingOverrides.Node> nodes = new LinkedHashMap<>();
        mtj.forEach((m, c) -> nodes.put(m.getName(), c.node()));
        if (levels != null) {
            for (Node node : n.getNodes()) {
                if (node instanceof Crossbar c && c.getSynapse() != null) {
                    nodes.put(c.getName(), new SettingOverrides.Node(null, null, null, Map.of(), levels));
                }
            }
        }
        return new TrainingSession.Overrides(g, delta, seed, reads, threads, new SettingOverrides(lr, batch, limit, nodes));
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

    private static void knob(Map<MtjNeuronArray, MtjChange> mtj, org.eclipse.emf.ecore.EAttribute knob, double value) {
        mtj.values().forEach(c -> MtjDeviceParameters.putKnob(knob, value, c.knobs));
    }

    /**
     * Read noise k times the model's: integration time / k^2 and Hooge parameter * k^2 (macrospin devices);
     * k <= 0 switches read noise off.
     */
    private static void noise(MtjNeuronArray m, MtjChange c, double k) {
        if (!(k > 0)) {
            c.noise = false;
            return;
        }
        c.noise = true;
        if (isMacrospin(m.getPreset())) {
            double tInt = c.integrationTime != null ? c.integrationTime
                    : (m.getNoise() != null ? m.getNoise() : SpinflowFactory.eINSTANCE.createNoiseSpec()).getIntegrationTime();
            c.integrationTime = tInt / (k * k);
            Double alphaH = c.parameters.get("alphaH");
            if (alphaH == null) {
                alphaH = DEFAULT_ALPHA_H;
                for (Parameter p : m.getParameters()) {
                    if (p.getName().equals("alphaH")) {
                        alphaH = p.getValue();
                    }
                }
            }
            c.parameters.put("alphaH", alphaH * k * k);
        }
    }

    static boolean isMacrospin(String preset) {
        return MtjDeviceParameters.isMacrospin(preset);
    }
}
