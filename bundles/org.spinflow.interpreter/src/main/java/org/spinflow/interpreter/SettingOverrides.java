package org.spinflow.interpreter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.model.NoiseSpec;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.VariabilitySpec;

/**
 * Per-run settings that replace what the model says, without touching the EMF model: training
 * settings (learning rate, batch size, training-sample limit) and per-node settings (device
 * variability, read noise, device parameters, synapse levels), applied where the run resolves them
 * (the session's configuration, the data loader and the plan compiler). A null value, or a node
 * without an entry, means "as in the model"; the result of a run with overrides is the result of
 * the same run on a model file with those values written in.
 *
 * @param learningRate the optimiser's initial learning rate
 * @param batchSize    mini-batch size
 * @param limit        training samples kept (the first {@code limit}); 0 keeps all
 * @param nodes        per-node overrides by node name
 */
public record SettingOverrides(Double learningRate, Integer batchSize, Integer limit, Map<String, Node> nodes) {

    public static final SettingOverrides NONE = new SettingOverrides(null, null, null, Map.of());

    public SettingOverrides {
        nodes = nodes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** The overrides of node {@code name} ({@link Node#NONE} when it has none). */
    public Node node(String name) {
        Node n = nodes.get(name);
        return n == null ? Node.NONE : n;
    }

    /** Whether nothing is overridden. */
    public boolean isEmpty() {
        return learningRate == null && batchSize == null && limit == null && nodes.values().stream().allMatch(Node::isEmpty);
    }

    /**
     * What a run changes on one node; null means "as in the model".
     *
     * @param variabilityScale device-to-device spread scale of an MTJ array (the model's {@code variability scale});
     *                         0 switches variability off, a positive scale switches it on
     * @param noise            whether read noise of an MTJ array is on
     * @param integrationTime  read integration time of an MTJ array (s)
     * @param deviceParameters device parameters of an MTJ array by device parameter name (SI units, angles in
     *                         radians), as the node's {@code parameter} elements and knobs give them
     * @param synapseLevels    conductance levels of a crossbar's synapses (0 = continuous)
     */
    public record Node(Double variabilityScale, Boolean noise, Double integrationTime, Map<String, Double> deviceParameters,
                       Integer synapseLevels) {

        public static final Node NONE = new Node(null, null, null, Map.of(), null);

        public Node {
            deviceParameters = deviceParameters == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deviceParameters));
        }

        public boolean isEmpty() {
            return variabilityScale == null && noise == null && integrationTime == null && deviceParameters.isEmpty()
                    && synapseLevels == null;
        }

        /** Whether the node's devices vary, given its variability spec (may be null). */
        public boolean variabilityEnabled(VariabilitySpec v) {
            if (variabilityScale != null) {
                return variabilityScale > 0;
            }
            return v != null && v.isEnabled();
        }

        /** The node's variability scale, given its variability spec (may be null); meaningful when enabled. */
        public double variabilityScale(VariabilitySpec v) {
            if (variabilityScale != null) {
                return variabilityScale;
            }
            return v != null ? v.getScale() : 0.0;
        }

        /**
         * The node's effective noise settings, given its noise spec (may be null): null when the model has no
         * noise spec and nothing here sets noise; unset values come from the spec or the metamodel's defaults.
         */
        public Noise noise(NoiseSpec n) {
            if (n == null && noise == null && integrationTime == null) {
                return null;
            }
            NoiseSpec base = n != null ? n : SpinflowFactory.eINSTANCE.createNoiseSpec(); // detached, for the defaults
            return new Noise(noise != null ? noise : base.isEnabled(),
                    integrationTime != null ? integrationTime : base.getIntegrationTime(), base.isPairedReads(),
                    base.getDriftAmplitude(), base.getDriftPeriod());
        }

        /** Puts the overridden device parameters over those the model gives ({@code into}). */
        public void applyDeviceParameters(Map<String, Double> into) {
            into.putAll(deviceParameters);
        }

        /** The synapse levels, given the crossbar's synapse spec. */
        public int synapseLevels(SynapseSpec s) {
            return synapseLevels != null ? synapseLevels : s.getLevels();
        }
    }

    /** Effective read-noise settings of an MTJ array. */
    public record Noise(boolean enabled, double integrationTime, boolean pairedReads, double driftAmplitude,
                        double driftPeriod) {
    }
}
