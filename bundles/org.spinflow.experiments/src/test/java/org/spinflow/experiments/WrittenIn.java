package org.spinflow.experiments;

import java.util.Map;

import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.model.Crossbar;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.TrainingSpec;

import com.google.gson.JsonElement;

/**
 * Test reference only: writes a point's settings into a model (what a researcher would type into the
 * model file), so that a test can compare a run with overrides against a run of the written-in file.
 * The experiments bundle itself never does this; it passes the settings as overrides.
 */
final class WrittenIn {
    private WrittenIn() {
    }

    static void apply(Network n, Map<String, JsonElement> s) {
        TrainingSpec t = n.getTraining();
        for (var e : s.entrySet()) { // noise last: it scales the Hooge parameter device.alphaH may set
            String k = e.getKey();
            JsonElement v = e.getValue();
            switch (k) {
                case "gradient", "delta", "repeated_reads", "epochs", "folds" -> {
                }
                case "lr" -> t.getOptimizer().setLearningRate(v.getAsDouble());
                case "batch_size" -> t.setBatchSize(v.getAsInt());
                case "limit" -> t.getDataset().setLimit(v.getAsInt());
                case "variability" -> mtj(n).forEach(m -> variability(m, v.getAsDouble() / Settings.BK_SPREAD_AT_SCALE_1));
                case "variability_scale" -> mtj(n).forEach(m -> variability(m, v.getAsDouble()));
                case "noise" -> {
                }
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
                default -> mtj(n).forEach(m -> parameter(m, k.substring("device.".length()), v.getAsDouble()));
            }
        }
        if (s.containsKey("noise")) {
            double k = s.get("noise").getAsDouble();
            mtj(n).forEach(m -> noise(m, k));
        }
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
        if (Settings.isMacrospin(m.getPreset())) {
            m.getNoise().setIntegrationTime(m.getNoise().getIntegrationTime() / (k * k));
            double alphaH = MacrospinParameters.DEFAULT_VALUES.get("alphaH");
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
}
