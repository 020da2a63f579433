package org.spinflow.model.kinds;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Crossbar;
import org.spinflow.model.InputLayer;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Node;
import org.spinflow.model.Readout;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SpinflowPackage.Literals;
import org.spinflow.model.codec.ConductanceCodec;
import org.spinflow.model.validation.SpinflowValidator;
import org.spinflow.model.validation.SpinflowValidator.Check;

/**
 * The node kinds Spinflow ships, one class each. Their compilation lives in
 * {@code org.spinflow.interpreter.nodes.StandardKinds} (see the package documentation).
 */
public final class StandardKinds {
    private StandardKinds() {
    }

    public static final String IN = "in";
    public static final String OUT = "out";

    /** Input layer: the normalised features of a sample. */
    public static final class Input implements NodeKindDescriptor {
        public static final String ID = "input";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Input layer";
        }

        @Override
        public String category() {
            return "Layers";
        }

        @Override
        public String icon() {
            return "sign-in";
        }

        @Override
        public EClass eClass() {
            return Literals.INPUT_LAYER;
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.out(OUT, SignalKind.VOLTAGE, n -> ((InputLayer) n).getFeatures(), "features"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.of("features", Literals.INPUT_LAYER__FEATURES, "", 1.0, false, null, "features per sample").withDefault("4"),
                    PropertySpec.of("encoding", Literals.INPUT_LAYER__ENCODING, "", null, false, null, "drive by voltage or current"),
                    PropertySpec.of("driveScale", Literals.INPUT_LAYER__DRIVE_SCALE, "V or A", null, false, null,
                            "drive for a normalised feature of 1"),
                    PropertySpec.of("driveOffset", Literals.INPUT_LAYER__DRIVE_OFFSET, "V or A", null, false, null, "drive offset"));
        }

        @Override
        public Node create(String name) {
            return NodeKinds.instantiate(this, name);
        }

        @Override
        public String summary(Node node) {
            InputLayer i = (InputLayer) node;
            return i.getFeatures() + " features · " + i.getEncoding().getLiteral();
        }
    }

    /** Synaptic crossbar of differential conductance pairs. */
    public static final class CrossbarKind implements NodeKindDescriptor {
        public static final String ID = "crossbar";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Synaptic crossbar";
        }

        @Override
        public String category() {
            return "Layers";
        }

        @Override
        public String icon() {
            return "table";
        }

        @Override
        public EClass eClass() {
            return Literals.CROSSBAR;
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.VOLTAGE, n -> ((Crossbar) n).getRows(), "rows"),
                    PortSpec.out(OUT, SignalKind.CURRENT, n -> ((Crossbar) n).getCols(), "cols"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.of("rows", Literals.CROSSBAR__ROWS, "", 1.0, false, null, "inputs (word lines)").withDefault("8"),
                    PropertySpec.of("cols", Literals.CROSSBAR__COLS, "", 1.0, false, null, "outputs (bit lines)").withDefault("8"),
                    PropertySpec.of("bias", Literals.CROSSBAR__BIAS, "", null, false, null, "a bias row at unit input"),
                    PropertySpec.of("init", Literals.CROSSBAR__INIT, "", null, false, null, "weight initialisation"),
                    PropertySpec.of("initScale", Literals.CROSSBAR__INIT_SCALE, "", 0.0, false, null, "scale of the initialisation"),
                    PropertySpec.of("synapse.gMin", Literals.SYNAPSE_SPEC__GMIN, "S", 0.0, true, null, "lowest conductance"),
                    PropertySpec.of("synapse.gMax", Literals.SYNAPSE_SPEC__GMAX, "S", 0.0, true, null, "highest conductance"),
                    PropertySpec.of("synapse.weightRange", Literals.SYNAPSE_SPEC__WEIGHT_RANGE, "", 0.0, true, null,
                            "largest |w| representable"),
                    PropertySpec.of("synapse.writeNoise", Literals.SYNAPSE_SPEC__WRITE_NOISE, "", 0.0, false, null,
                            "relative write noise"),
                    PropertySpec.of("synapse.readNoise", Literals.SYNAPSE_SPEC__READ_NOISE, "", 0.0, false, null,
                            "relative read noise"),
                    PropertySpec.of("synapse.levels", Literals.SYNAPSE_SPEC__LEVELS, "", 0.0, false, null,
                            "conductance levels (0: continuous)"),
                    PropertySpec.of("synapse.writeVariation", Literals.SYNAPSE_SPEC__WRITE_VARIATION, "", 0.0, false, null,
                            "device-to-device spread of the write step"),
                    PropertySpec.of("synapse.nonlinearity", Literals.SYNAPSE_SPEC__NONLINEARITY, "", 0.0, false, null,
                            "pulse-update nonlinearity nu"),
                    PropertySpec.of("synapse.asymmetry", Literals.SYNAPSE_SPEC__ASYMMETRY, "", null, false, null,
                            "pulse-update asymmetry a, -2 < a < 2"));
        }

        @Override
        public Node create(String name) {
            return NodeKinds.instantiate(this, name);
        }

        @Override
        public String summary(Node node) {
            Crossbar c = (Crossbar) node;
            return c.getRows() + " × " + c.getCols() + (c.isBias() ? " + bias" : "")
                    + (ConductanceCodec.hasPairs(c) ? " · trained" : "");
        }
    }

    /** An array of MTJ neurons of one device preset. */
    public static final class Mtj implements NodeKindDescriptor {
        public static final String ID = "mtj";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "MTJ neuron array";
        }

        @Override
        public String category() {
            return "Neurons";
        }

        @Override
        public String icon() {
            return "pulse";
        }

        @Override
        public EClass eClass() {
            return Literals.MTJ_NEURON_ARRAY;
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.CURRENT, n -> ((MtjNeuronArray) n).getSize(), "size"),
                    PortSpec.out(OUT, SignalKind.VOLTAGE, n -> ((MtjNeuronArray) n).getSize(), "size"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.of("size", Literals.NEURON_ARRAY__SIZE, "", 1.0, false, null, "neurons").withDefault("8"),
                    PropertySpec.of("preset", Literals.MTJ_NEURON_ARRAY__PRESET, "", null, false, null, "device preset")
                            .withChoicesFrom(PropertySpec.DEVICE_PRESETS),
                    PropertySpec.of("biasField", Literals.MTJ_NEURON_ARRAY__BIAS_FIELD, "T", null, false, null,
                            "bias field magnitude (unset: the preset's)"),
                    PropertySpec.of("biasAngle", Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, "deg", null, false, null,
                            "bias field angle (unset: the preset's)"),
                    PropertySpec.of("fieldLineAngle", Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, "deg", null, false, null,
                            "field line angle (unset: the preset's)"),
                    PropertySpec.of("readCurrent", Literals.MTJ_NEURON_ARRAY__READ_CURRENT, "A",
                            -SpinflowValidator.MAX_READ_CURRENT, false, SpinflowValidator.MAX_READ_CURRENT,
                            "read current (unset: the preset's)"),
                    PropertySpec.of("inputGain", Literals.MTJ_NEURON_ARRAY__INPUT_GAIN, "A", null, false, null,
                            "drive per unit of pre-activation (unset: the preset's)"),
                    PropertySpec.of("inputOffset", Literals.MTJ_NEURON_ARRAY__INPUT_OFFSET, "A", null, false, null,
                            "drive offset (unset: the preset's)"),
                    PropertySpec.of("outputReference", Literals.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE, "V", null, false, null,
                            "read reference (unset: the preset's)"),
                    PropertySpec.of("outputGain", Literals.MTJ_NEURON_ARRAY__OUTPUT_GAIN, "1/V", null, false, null,
                            "output per volt (unset: the preset's)"),
                    PropertySpec.of("variability.enabled", Literals.VARIABILITY_SPEC__ENABLED, "", null, false, null,
                            "device-to-device variability"),
                    PropertySpec.of("variability.scale", Literals.VARIABILITY_SPEC__SCALE, "", 0.0, false, null,
                            "multiplier on the preset's spreads"),
                    PropertySpec.of("noise.enabled", Literals.NOISE_SPEC__ENABLED, "", null, false, null, "read noise"),
                    PropertySpec.of("noise.integrationTime", Literals.NOISE_SPEC__INTEGRATION_TIME, "s", 0.0, true, null,
                            "read integration time"),
                    PropertySpec.of("noise.pairedReads", Literals.NOISE_SPEC__PAIRED_READS, "", null, false, null,
                            "back-to-back read pairs"),
                    PropertySpec.of("noise.driftAmplitude", Literals.NOISE_SPEC__DRIFT_AMPLITUDE, "", 0.0, false, null,
                            "slow gain drift (relative sd)"),
                    PropertySpec.of("noise.driftPeriod", Literals.NOISE_SPEC__DRIFT_PERIOD, "steps", 0.0, true, null,
                            "period of the slowest drift"));
        }

        @Override
        public Node create(String name) {
            return NodeKinds.instantiate(this, name);
        }

        @Override
        public void validate(Node node, Checks checks) {
            MtjNeuronArray m = (MtjNeuronArray) node;
            java.util.Set<String> names = new java.util.HashSet<>();
            for (org.spinflow.model.Parameter p : m.getParameters()) {
                if (p.getName() != null && !names.add(p.getName())) {
                    checks.error(p, Check.DUPLICATE_NAME, "parameter name '" + p.getName()
                            + "' is used more than once (parameter names must be unique)");
                }
            }
        }

        @Override
        public String summary(Node node) {
            MtjNeuronArray m = (MtjNeuronArray) node;
            return m.getSize() + " neurons · " + m.getPreset();
        }

        @Override
        public String defaultName() {
            return "mtj";
        }
    }

    /** Ideal software activation (the tanh baseline). */
    public static final class Activation implements NodeKindDescriptor {
        public static final String ID = "activation";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Activation layer";
        }

        @Override
        public String category() {
            return "Neurons";
        }

        @Override
        public String icon() {
            return "symbol-function";
        }

        @Override
        public EClass eClass() {
            return Literals.ACTIVATION_LAYER;
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.CURRENT, n -> ((ActivationLayer) n).getSize(), "size"),
                    PortSpec.out(OUT, SignalKind.VOLTAGE, n -> ((ActivationLayer) n).getSize(), "size"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.of("size", Literals.NEURON_ARRAY__SIZE, "", 1.0, false, null, "neurons").withDefault("8"),
                    PropertySpec.of("function", Literals.ACTIVATION_LAYER__FUNCTION, "", null, false, null, "function"));
        }

        @Override
        public Node create(String name) {
            return NodeKinds.instantiate(this, name);
        }

        @Override
        public String summary(Node node) {
            ActivationLayer a = (ActivationLayer) node;
            return a.getSize() + " · " + a.getFunction().getLiteral();
        }
    }

    /** Readout: the loss on the logits. */
    public static final class ReadoutKind implements NodeKindDescriptor {
        public static final String ID = "readout";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Readout";
        }

        @Override
        public String category() {
            return "Layers";
        }

        @Override
        public String icon() {
            return "sign-out";
        }

        @Override
        public EClass eClass() {
            return Literals.READOUT;
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.CURRENT, n -> ((Readout) n).getClasses(), "classes"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.of("classes", Literals.READOUT__CLASSES, "", 1.0, false, null, "classes").withDefault("3"),
                    PropertySpec.of("loss", Literals.READOUT__LOSS, "", null, false, null, "loss"));
        }

        @Override
        public Node create(String name) {
            return NodeKinds.instantiate(this, name);
        }

        @Override
        public void validate(Node node, Checks checks) {
            Readout ro = (Readout) node;
            if (!ro.getClassNames().isEmpty() && ro.getClassNames().size() != ro.getClasses()) {
                checks.error(ro, Check.RANGE, "has " + ro.getClassNames().size() + " class names but classes = "
                        + ro.getClasses() + " (give no class names or exactly one per class)");
            }
        }

        @Override
        public String summary(Node node) {
            Readout r = (Readout) node;
            return r.getClasses() + " classes · " + r.getLoss().getLiteral();
        }
    }

    /**
     * Kirchhoff current summing: several crossbars driving one wire add their column currents
     * (element-wise sum of equally sized inputs).
     */
    public static final class Sum extends GenericKind {
        public static final String ID = "sum";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Sum (current summing)";
        }

        @Override
        public String category() {
            return "Dataflow";
        }

        @Override
        public String icon() {
            return "add";
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.CURRENT, n -> intValue(n, "size"), "size")
                            .withMaxConnections(PortSpec.UNBOUNDED, PortSpec.Shape.EACH),
                    PortSpec.out(OUT, SignalKind.CURRENT, n -> intValue(n, "size"), "size"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.integer("size", 8, 1, "currents per input (all inputs have this size)"));
        }

        @Override
        public String summary(Node node) {
            return intValue(node, "size") + " · Σ currents";
        }
    }

    /** Concatenation of several inputs, in connection order. */
    public static final class Concat extends GenericKind {
        public static final String ID = "concat";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Concat";
        }

        @Override
        public String category() {
            return "Dataflow";
        }

        @Override
        public String icon() {
            return "layers";
        }

        @Override
        public List<PortSpec> ports() {
            return List.of(PortSpec.in(IN, SignalKind.VOLTAGE, n -> intValue(n, "size"), "size")
                            .withMaxConnections(PortSpec.UNBOUNDED, PortSpec.Shape.CONCATENATED),
                    PortSpec.out(OUT, SignalKind.VOLTAGE, n -> intValue(n, "size"), "size"));
        }

        @Override
        public List<PropertySpec> properties() {
            return List.of(PropertySpec.integer("size", 8, 1, "total size: the inputs' sizes add up to it"));
        }

        @Override
        public String summary(Node node) {
            return intValue(node, "size") + " · concatenated";
        }
    }

    /** Spinflow's own kinds, in palette order. */
    public static final List<NodeKindDescriptor> ALL = List.of(new Input(), new CrossbarKind(), new Mtj(), new Activation(),
            new ReadoutKind(), new Sum(), new Concat());

}
