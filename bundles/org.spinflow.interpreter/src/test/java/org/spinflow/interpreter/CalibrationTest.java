package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.calibration.NeuronCalibration;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.codec.ConductanceCodec;

/** docs/PHYSICS.md I: the calibration pass, recorded in the model and used by compiled plans. */
class CalibrationTest {

    static MtjNeuronArray mtj(Network n) {
        return (MtjNeuronArray) n.getNodes().stream().filter(x -> x instanceof MtjNeuronArray).findFirst().orElseThrow();
    }

    static MtjExec exec(Plan p) {
        return (MtjExec) p.nodes().stream().filter(x -> x instanceof MtjExec).findFirst().orElseThrow();
    }

    @Test
    void recordedCalibrationIsUsedForTheSameSeedAndRemeasuredForAnother() {
        Network n = MtjTrainingTest.irisNet(GradientMode.ANALOG_CENTRAL);
        mtj(n).getVariability().setScale(0.8);
        RunConfig cfg = new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 5, 8, 1, true, true);
        try (Plan plain = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            assertNull(exec(plain).calibration(), "no calibration element: uncalibrated");
        }
        Map<String, NeuronCalibration> cal = CalibrationPass.run(n, null, cfg, 4);
        NeuronCalibration c = cal.get(mtj(n).getName());
        assertNotNull(c);
        assertEquals(5L, mtj(n).getCalibration().getSeed());
        assertArrayEquals(c.gains(), ConductanceCodec.decode(mtj(n).getCalibration().getGains()));
        try (Plan p = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            assertArrayEquals(c.references(), exec(p).calibration().references(), "the recorded values are used");
        }
        try (Plan other = Plan.compile(n, null, cfg.withSeed(6), new Optimiser(n.getTraining().getOptimizer()))) {
            NeuronCalibration o = exec(other).calibration();
            assertNotNull(o, "another seed builds other devices: they are calibrated when compiled");
            assertTrue(!java.util.Arrays.equals(o.references(), c.references()));
        }
        mtj(n).getCalibration().setEnabled(false);
        try (Plan off = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            assertNull(exec(off).calibration(), "a disabled calibration is not applied");
        }
    }

    @Test
    void calibrationReducesTheOutputSpreadOfTheArray() {
        Network n = MtjTrainingTest.irisNet(GradientMode.EXACT);
        mtj(n).getVariability().setScale(0.8);
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 5, 8, 1, false, true);
        double before = outputSpread(n, cfg);
        mtj(n).setCalibration(SpinflowFactory.eINSTANCE.createCalibration());
        double after = outputSpread(n, cfg);
        assertTrue(after < 0.5 * before, "spread of neuron outputs at zero input across devices: " + before + " -> " + after);
    }

    /** Standard deviation across the array's neurons of their output for a zero pre-activation. */
    static double outputSpread(Network n, RunConfig cfg) {
        try (Plan p = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            p.initialise(8, 1);
            MtjExec m = exec(p);
            // zero weights and bias: every neuron sees z = 0
            for (ExecNode e : p.nodes()) {
                if (e instanceof org.spinflow.interpreter.nodes.CrossbarExec c) {
                    java.util.Arrays.fill(c.weights(), 0f);
                    c.weightsChanged();
                }
            }
            p.load(new float[] {0, 0, 0, 0}, 4, new int[] {0}, new int[] {0}, 0, 1);
            p.forward(1);
            float[] y = m.output();
            int size = m.outputSize();
            double s = 0, q = 0;
            for (int j = 0; j < size; j++) {
                s += y[j];
                q += y[j] * y[j];
            }
            return Math.sqrt(q / size - (s / size) * (s / size));
        }
    }
}
