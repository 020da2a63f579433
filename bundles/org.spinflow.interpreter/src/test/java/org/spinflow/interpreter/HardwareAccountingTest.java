package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.hardware.OperationCosts;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/** docs/PHYSICS.md H: what a training run asks of the hardware, per gradient mode. */
class HardwareAccountingTest {

    static HardwareLedger.Report run(GradientMode mode, int repeats) {
        Network n = MtjTrainingTest.irisNet(mode);
        n.getTraining().getSplit().setFolds(2);
        n.getTraining().setEpochs(2);
        RunConfig cfg = new RunConfig(mode, 0.1, repeats, 3, 8, 1, true, true);
        Trainer.Result r = new Trainer(n, null, cfg, new Trainer.Options(2, 2, false), null).run(MtjTrainingTest.iris());
        r.finalPlan().close();
        return r.hardware();
    }

    @Test
    void readsPerModeFollowTheGradientEstimator() {
        HardwareLedger.Report exact = run(GradientMode.EXACT, 1);
        HardwareLedger.Report central = run(GradientMode.ANALOG_CENTRAL, 1);
        HardwareLedger.Report forward = run(GradientMode.ANALOG_FORWARD, 1);
        HardwareLedger.Report central2 = run(GradientMode.ANALOG_CENTRAL, 2);
        // 2 folds x 2 epochs x 75 training samples, 8 neurons: one forward read per neuron and sample
        long samples = 2 * 2 * 75;
        assertEquals(samples, exact.training().samples);
        assertEquals(samples * 8, exact.training().reads);
        assertEquals(3 * samples * 8, central.training().reads, "central: forward read + reads at z +/- delta");
        assertEquals(2 * samples * 8, forward.training().reads, "forward: forward read + read at z + delta");
        assertEquals(5 * samples * 8, central2.training().reads, "central, 2 repeated reads");
        // evaluation: 2 folds x 2 epochs x 75 validation samples, forward reads only, the same in every mode
        assertEquals(samples * 8, exact.inference().reads);
        assertEquals(exact.inference().reads, central.inference().reads);
        // writes: every weight with a non-zero update, two devices per pair; the same arithmetic count in all modes
        long pairs = (4 + 1) * 8 + (8 + 1) * 3;
        long steps = 2 * 2 * ((75 + 7) / 8);
        assertEquals(steps, central.training().steps);
        assertTrue(central.training().writes <= 2 * pairs * steps && central.training().writes > pairs * steps,
                "writes " + central.training().writes);
        assertEquals(central.training().writes * OperationCosts.WRITE_ENERGY, central.training().writeEnergy, 1e-18);
        // energy and time grow with the reads
        assertTrue(central.training().readEnergy > 2.5 * exact.training().readEnergy);
        assertTrue(central.training().deviceTime > exact.training().deviceTime);
        // the digital reference: forward MACs of both crossbars (40 + 27 per sample), then on the host the weight
        // gradients of both (40 + 27) and the input gradient of the second (27; the first one's input is the data)
        assertEquals(samples * (67 + 94), exact.training().digitalMacs);
        assertEquals(samples * 94, exact.training().hostMacs);
        assertEquals(samples * 67, exact.inference().digitalMacs);
    }

    @Test
    void calibrationReadsAreCountedInTheTrainingTotals() {
        Network plain = MtjTrainingTest.irisNet(GradientMode.EXACT);
        Network calibrated = MtjTrainingTest.irisNet(GradientMode.EXACT);
        CalibrationTest.mtj(calibrated).setCalibration(org.spinflow.model.SpinflowFactory.eINSTANCE.createCalibration());
        HardwareLedger.Report a = runNet(plain), b = runNet(calibrated);
        // each compiled plan measures 8 reads at z = -1 and 8 at z = +1 on each of the 8 devices
        long extra = b.training().reads - a.training().reads;
        int perPlan = 2 * CalibrationPass.DEFAULT_REPEATS * 8;
        assertTrue(extra >= perPlan && extra % perPlan == 0, "calibration reads " + extra);
        assertEquals(a.inference().reads, b.inference().reads, "inference reads unchanged");
        assertTrue(b.training().readEnergy > a.training().readEnergy);
        assertTrue(b.training().deviceTime > a.training().deviceTime);
    }

    static HardwareLedger.Report runNet(Network n) {
        n.getTraining().getSplit().setFolds(2);
        n.getTraining().setEpochs(2);
        RunConfig cfg = new RunConfig(GradientMode.EXACT, 0.1, 1, 3, 8, 1, true, true);
        Trainer.Result r = new Trainer(n, null, cfg, new Trainer.Options(2, 2, false), null).run(MtjTrainingTest.iris());
        r.finalPlan().close();
        return r.hardware();
    }

    /**
     * The read energies of one training step, whose input and drive sums the forward pass takes slice by
     * slice on the worker threads, equal the direct serial formula (docs/PHYSICS.md H) to rounding, and
     * are bit-identical for 1 and 2 threads; for model A and for model B, whose forward pass takes the
     * carried-telegraph-state path (docs/PHYSICS.md B.1).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"mtj-f-default", "mtj-superparamagnetic"})
    void stepEnergiesMatchTheDirectFormulaForAnyThreadCount(String preset) {
        double[][] seen = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Network n = TestNetworks.mlp(196, new int[] {64}, 10, preset, GradientMode.ANALOG_CENTRAL);
            RunConfig cfg = new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 7, 32, threads, true, true);
            java.util.SplittableRandom r = new java.util.SplittableRandom(5);
            float[] x = new float[32 * 196];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextDouble() < 0.3 ? (float) r.nextDouble() : 0f;
            }
            int[] y = TestNetworks.labels(r, 32, 10);
            int[] order = TestNetworks.identity(32);
            try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
                plan.initialise(32, 1);
                plan.load(x, 196, y, order, 0, 32);
                plan.trainStep(11);
                HardwareLedger.Totals t = plan.ledger().report().training();
                double crossbar = 0;
                double mtj = 0;
                for (ExecNode e : plan.nodes()) {
                    if (e instanceof org.spinflow.interpreter.nodes.CrossbarExec c) {
                        float[] in = c.inputs().get(0).output();
                        double sx2 = 0;
                        for (int i = 0; i < 32 * c.rows(); i++) {
                            sx2 += (double) in[i] * in[i];
                        }
                        crossbar += OperationCosts.crossbarReadEnergy(sx2 + (c.hasBias() ? 32 : 0), c.meanPairConductance(),
                                c.cols());
                    } else if (e instanceof org.spinflow.interpreter.nodes.MtjExec m) {
                        assertEquals("A", m.device().inputUnit());
                        float[] d = m.drives();
                        int count = 32 * m.outputSize();
                        double h = m.settings().inputGain() * 0.1;
                        double s2 = 0;
                        for (int k = 0; k < count; k++) {
                            s2 += (double) d[k] * d[k];
                        }
                        double line = OperationCosts.FIELD_LINE_RESISTANCE * OperationCosts.MTJ_READ_TIME;
                        // forward reads at d, then one read each at d + h and d - h
                        mtj += 3 * count * OperationCosts.mtjReadEnergy(0) + s2 * line + (2 * s2 + 2 * count * h * h) * line;
                    }
                }
                assertTrue(crossbar > 0 && mtj > 0);
                assertEquals(crossbar, t.crossbarEnergy, 1e-12 * crossbar, "crossbar read energy, " + threads + " threads");
                assertEquals(mtj, t.readEnergy, 1e-12 * mtj, "MTJ read energy, " + threads + " threads");
                seen[threads - 1] = new double[] {t.crossbarEnergy, t.readEnergy};
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(seen[0], seen[1], "1 and 2 threads");
    }
}
