package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;

/** gradcheck measures the nominal model's error in every mode and leaves discontinuities out of "exact". */
class GradCheckNominalTest {

    @Test
    void nominalModelErrorGrowsWithTheSpreadAndIsReportedInEveryMode() {
        Network n = MtjTrainingTest.irisNet(GradientMode.EXACT_NOMINAL);
        MtjNeuronArray m = CalibrationTest.mtj(n);
        m.getVariability().setScale(1.0);
        GradCheck.Report nominal = GradCheck.run(n, null, new RunConfig(GradientMode.EXACT_NOMINAL, 0.1, 1, 11, 16, 1, true,
                true), MtjTrainingTest.iris(), 4);
        GradCheck.Report central = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 11, 16, 1, true,
                true), MtjTrainingTest.iris(), 4);
        GradCheck.Layer dn = nominal.layers().get(1);
        GradCheck.Layer dc = central.layers().get(1);
        assertEquals("neuron-derivative", dn.kind());
        // the nominal model ignores the spread: its error is the same whichever mode asks for it
        assertEquals(dn.relError(), dn.nominalRelError(), 1e-12);
        assertEquals(dn.relError(), dc.nominalRelError(), 1e-9);
        assertTrue(dn.relError() > 3 * dc.relError(), "nominal " + dn.relError() + " vs measured " + dc.relError());
        m.getVariability().setScale(0.2);
        GradCheck.Report small = GradCheck.run(n, null, new RunConfig(GradientMode.EXACT_NOMINAL, 0.1, 1, 11, 16, 1, true,
                true), MtjTrainingTest.iris(), 4);
        assertTrue(small.layers().get(1).relError() < dn.relError(), "less spread, smaller nominal error");
        assertEquals(0, nominal.excluded(), "the default neuron has no discontinuity");
        assertEquals(4 * 16 * 8, dn.points());
    }
}
