package org.spinflow.interpreter.nodes;

import java.util.List;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Preset;
import org.spinflow.interpreter.CompileContext;
import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.NodeKind;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Crossbar;
import org.spinflow.model.InputLayer;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Node;
import org.spinflow.model.Readout;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.codec.ConductanceCodec;

/**
 * Compilation of the node kinds Spinflow ships (their declarations are
 * {@link org.spinflow.model.kinds.StandardKinds}); each is registered in META-INF/services.
 */
public final class StandardKinds {
    private StandardKinds() {
    }

    public static final class Input implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.Input.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            return new InputExec(node.getName(), ((InputLayer) node).getFeatures());
        }
    }

    public static final class Activation implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.Activation.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            ExecNode input = NodeKind.single(node, inputs);
            ActivationLayer a = (ActivationLayer) node;
            return new ActivationExec(a.getName(), input, a.getSize(), a.getFunction());
        }
    }

    public static final class ReadoutKind implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.ReadoutKind.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            ExecNode input = NodeKind.single(node, inputs);
            Readout r = (Readout) node;
            return new ReadoutExec(r.getName(), input, r.getClasses(), r.getLoss());
        }
    }

    public static final class CrossbarKind implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.CrossbarKind.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            ExecNode input = NodeKind.single(node, inputs);
            Crossbar c = (Crossbar) node;
            SynapseSpec sp = c.getSynapse() != null ? c.getSynapse()
                    : org.spinflow.model.SpinflowFactory.eINSTANCE.createSynapseSpec();
            int levels = ctx.config().overrides().node(c.getName()).synapseLevels(sp); // the run's override, else the model's
            float[] gp = null;
            float[] gm = null;
            if (ConductanceCodec.hasPairs(c)) {
                ConductanceCodec.Pairs pairs;
                try {
                    pairs = ConductanceCodec.getPairs(c);
                } catch (IllegalArgumentException e) {
                    throw new InterpreterException(e.getMessage(), e);
                }
                int n = (c.getRows() + 1) * c.getCols();
                gp = java.util.Arrays.copyOf(pairs.gPlus(), n);
                gm = java.util.Arrays.copyOf(pairs.gMinus(), n);
                if (!c.isBias()) {
                    float mid = (float) ((sp.getGMin() + sp.getGMax()) / 2);
                    java.util.Arrays.fill(gp, c.getRows() * c.getCols(), n, mid);
                    java.util.Arrays.fill(gm, c.getRows() * c.getCols(), n, mid);
                }
            }
            CrossbarExec.Settings s = new CrossbarExec.Settings(c.getRows(), c.getCols(), c.isBias(), sp.getGMin(),
                    sp.getGMax(), sp.getWeightRange(), sp.getWriteNoise(), sp.getReadNoise(), levels,
                    c.getInit(), c.getInitScale(), gp, gm, new org.spinflow.devices.synapse.SynapseWrite(sp.getGMin(),
                            sp.getGMax(), levels, sp.getWriteNoise(), sp.getWriteVariation(), sp.getNonlinearity(),
                            sp.getAsymmetry()));
            return new CrossbarExec(c.getName(), input, s);
        }
    }

    public static final class Mtj implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.Mtj.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            ExecNode input = NodeKind.single(node, inputs);
            MtjNeuronArray m = (MtjNeuronArray) node;
            MtjDeviceParameters params = MtjDeviceParameters.of(ctx.network(), m);
            String presetName = params.preset();
            Map<String, Double> overrides = params.overrides();
            Map<String, String> text = params.text();
            // the run's setting overrides (org.spinflow.interpreter.SettingOverrides) over the model's values
            org.spinflow.interpreter.SettingOverrides.Node run = ctx.config().overrides().node(m.getName());
            run.applyDeviceParameters(overrides);
            org.spinflow.interpreter.SettingOverrides.Noise ns = run.noise(m.getNoise());
            boolean variability = ctx.config().variability() && run.variabilityEnabled(m.getVariability());
            double scale = variability ? run.variabilityScale(m.getVariability()) : 0.0;
            boolean noise = ctx.config().noise() && ns != null && ns.enabled();
            if (ns != null && MtjDeviceParameters.isMacrospin(presetName)) {
                overrides.putIfAbsent("tInt", ns.integrationTime());
                // 1/f: L = ln(fmax/fmin) is about 2 for back-to-back read pairs, about 15 for unpaired reads
                overrides.putIfAbsent("flickerL", ns.pairedReads() ? 2.0 : 15.0);
            }
            Preset preset;
            Device device;
            try {
                preset = DeviceRegistry.getDefault().preset(presetName);
                device = org.spinflow.devices.DeviceBackend.current().create(m.getName(), new DeviceSpec(presetName,
                        overrides, m.getSize(), ctx.config().seed(), Keys.nameId(m.getName()), scale, noise, ctx.modelDir()), text);
            } catch (DeviceException e) {
                throw new InterpreterException("node '" + m.getName() + "': " + e.getMessage(), e);
            }
            Map<String, Double> pp = preset.parameters();
            if (org.spinflow.devices.DeviceBackend.nominal(device) instanceof org.spinflow.devices.tabulated.TabulatedDevice t) {
                pp = t.neuronMapping(); // derived from the measured curve
            }
            double gain = value(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__INPUT_GAIN, overrides, pp, "neuron.inputGain", 1.0);
            double offset = value(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__INPUT_OFFSET, overrides, pp, "neuron.inputOffset", 0.0);
            double ref = value(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE, overrides, pp, "neuron.outputReference", 0.0);
            double og = value(m, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__OUTPUT_GAIN, overrides, pp, "neuron.outputGain", 1.0);
            MtjExec exec = new MtjExec(m.getName(), input, m.getSize(), new MtjExec.Settings(device, gain, offset, ref, og));
            if (noise && ns.driftAmplitude() > 0) {
                try {
                    exec.drift(new org.spinflow.devices.noise.Drift(ns.driftAmplitude(),
                            ns.driftPeriod(), ref, m.getSize(), Keys.mix(ctx.config().seed(),
                                    Keys.nameId(m.getName()), 0xD21F7L)));
                } catch (DeviceException e) {
                    throw new InterpreterException("node '" + m.getName() + "': " + e.getMessage(), e);
                }
            }
            exec.calibrate(org.spinflow.interpreter.CalibrationPass.forNode(m, exec, ctx.config()));
            return exec;
        }

        private static double value(MtjNeuronArray m, org.eclipse.emf.ecore.EAttribute a, Map<String, Double> overrides,
                                    Map<String, Double> preset, String key, double fallback) {
            if (m.eIsSet(a)) {
                return (Double) m.eGet(a);
            }
            Double v = overrides.get(key);
            if (v == null) {
                v = preset.get(key);
            }
            return v != null ? v : fallback;
        }
    }

    public static final class Sum implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.Sum.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            return new SumExec(node.getName(), inputs, size(node));
        }
    }

    public static final class Concat implements NodeKind {
        @Override
        public String kindId() {
            return org.spinflow.model.kinds.StandardKinds.Concat.ID;
        }

        @Override
        public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
            return new ConcatExec(node.getName(), inputs, size(node));
        }
    }

    /** The {@code size} property of a generic node (its out port's size). */
    static int size(Node node) {
        org.spinflow.model.kinds.NodeKindDescriptor d = org.spinflow.model.kinds.NodeKinds.of(node);
        return (int) org.spinflow.model.kinds.PropertyValues.number(node, org.spinflow.model.kinds.NodeKinds.property(d, "size"));
    }
}
