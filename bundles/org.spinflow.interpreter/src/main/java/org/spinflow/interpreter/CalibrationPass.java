package org.spinflow.interpreter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.devices.calibration.NeuronCalibration;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.model.Calibration;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.codec.ConductanceCodec;

/**
 * The per-device calibration of MTJ arrays (docs/PHYSICS.md I): measured by reads at reference inputs
 * ({@link NeuronCalibration#measure}) and recorded in the model's {@link Calibration} element of each
 * array. An array with an enabled calibration element uses the recorded values when they were
 * measured on the same devices (same run seed and size); otherwise (nothing recorded yet, or another
 * seed: other devices) the calibration pass runs when the plan is compiled.
 */
public final class CalibrationPass {

    /** Default reads averaged per reference input. */
    public static final int DEFAULT_REPEATS = 8;

    private CalibrationPass() {
    }

    /** The calibration an array's node asks for, on the devices of {@code e} (null: uncalibrated). */
    public static NeuronCalibration forNode(MtjNeuronArray m, MtjExec e, RunConfig config) {
        Calibration c = m.getCalibration();
        if (c == null || !c.isEnabled()) {
            return null;
        }
        if (c.getCount() == m.getSize() && c.getSeed() == config.seed() && c.getReferences() != null
                && !c.getReferences().isEmpty()) {
            try {
                float[] r = ConductanceCodec.decode(c.getReferences());
                float[] g = ConductanceCodec.decode(c.getGains());
                if (r.length == m.getSize() && g.length == m.getSize()) {
                    return new NeuronCalibration(r, g);
                }
            } catch (IllegalArgumentException ex) {
                throw new InterpreterException("node '" + m.getName() + "': calibration values are not valid ("
                        + ex.getMessage() + "); run spinflow calibrate again");
            }
            throw new InterpreterException("node '" + m.getName() + "': calibration holds the wrong number of values"
                    + " (expected " + m.getSize() + "); run spinflow calibrate again");
        }
        return measure(e, c.getRepeats() > 0 ? c.getRepeats() : DEFAULT_REPEATS);
    }

    /** Measures the calibration of an array's devices. */
    public static NeuronCalibration measure(MtjExec e, int repeats) {
        MtjExec.Settings s = e.settings();
        int r = Math.max(1, repeats);
        // counted by the hardware ledger with the run's first pass (docs/PHYSICS.md H, I)
        e.calibrationReads(NeuronCalibration.REFERENCE_Z.length * r, s.inputOffset(), s.inputGain());
        return NeuronCalibration.measure(s.device(), s.inputGain(), s.inputOffset(), s.outputReference(), s.outputGain(),
                repeats, Keys.mix(Keys.nameId(e.name()), 0xCA11L));
    }

    /**
     * Calibrates every MTJ array of {@code network} (simulated, or through the current device backend)
     * with the run seed of {@code config} and records the values in the model (not saved here).
     *
     * @return the calibration of each array by name
     */
    public static Map<String, NeuronCalibration> run(Network network, Path modelDir, RunConfig config, int repeats) {
        Map<String, NeuronCalibration> out = new LinkedHashMap<>();
        // compile without the recorded values: the devices are measured afresh
        Map<MtjNeuronArray, Calibration> saved = new LinkedHashMap<>();
        for (Node n : network.getNodes()) {
            if (n instanceof MtjNeuronArray m && m.getCalibration() != null) {
                saved.put(m, m.getCalibration());
                m.setCalibration(null);
            }
        }
        try (Plan plan = Plan.compile(network, modelDir, config, new Optimiser(network.getTraining() != null
                && network.getTraining().getOptimizer() != null ? network.getTraining().getOptimizer()
                : SpinflowFactory.eINSTANCE.createOptimizerSpec()))) {
            for (ExecNode e : plan.nodes()) {
                if (e instanceof MtjExec m) {
                    out.put(m.name(), measure(m, repeats));
                }
            }
        } finally {
            saved.forEach(MtjNeuronArray::setCalibration);
        }
        for (Node n : network.getNodes()) {
            if (n instanceof MtjNeuronArray m && out.containsKey(m.getName())) {
                NeuronCalibration nc = out.get(m.getName());
                Calibration c = m.getCalibration();
                if (c == null) {
                    c = SpinflowFactory.eINSTANCE.createCalibration();
                    m.setCalibration(c);
                }
                c.setEnabled(true);
                c.setCount(nc.size());
                c.setPoints(NeuronCalibration.REFERENCE_Z.length);
                c.setRepeats(repeats);
                c.setSeed(config.seed());
                c.setReferences(ConductanceCodec.encode(nc.references()));
                c.setGains(ConductanceCodec.encode(nc.gains()));
            }
        }
        return out;
    }
}
