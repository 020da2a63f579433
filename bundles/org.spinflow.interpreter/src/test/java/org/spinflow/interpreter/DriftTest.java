package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

/** docs/PHYSICS.md C.1: drift reaches the reads, so measured derivatives follow it and the static model does not. */
class DriftTest {

    static double derivativeError(double drift) {
        Network n = MtjTrainingTest.irisNet(GradientMode.ANALOG_CENTRAL);
        CalibrationTest.mtj(n).getNoise().setDriftAmplitude(drift);
        CalibrationTest.mtj(n).getNoise().setDriftPeriod(50);
        GradCheck.Report r = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 11, 16, 1, true, true),
                MtjTrainingTest.iris(), 4);
        return r.layers().get(1).relError();
    }

    @Test
    void measuredDerivativesCarryTheDriftTheStaticModelMisses() {
        double none = derivativeError(0);
        double ten = derivativeError(0.1);
        // against the static per-device derivative the drifted reads differ by about the drift (10 %)
        assertTrue(none < 0.03, "no drift: " + none);
        assertTrue(ten > 0.04 && ten < 0.3, "10 % drift: " + ten);
    }
}
