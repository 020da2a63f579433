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
}
