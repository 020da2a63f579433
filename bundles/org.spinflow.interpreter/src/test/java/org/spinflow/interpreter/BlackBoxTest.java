package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.data.Normaliser;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.SplitKind;

/** Analog training treats devices as black boxes: reads only, never the analytic derivative. */
class BlackBoxTest {

    private static long[] train(GradientMode mode) {
        Network n = TestNetworks.mlp(2, new int[] {6}, 2, "spy-tanh", mode);
        n.getTraining().getSplit().setKind(SplitKind.HOLDOUT);
        n.getTraining().setEpochs(3);
        RunConfig cfg = new RunConfig(mode, 0.1, 2, 1, 4, 1, true, true);
        long r0 = SpyDeviceKind.READS.get();
        long d0 = SpyDeviceKind.DERIVATIVES.get();
        new Trainer(n, null, cfg, Trainer.Options.defaults(), null)
                .run(new DataSource.Loaded(TestNetworks.xor(8), null, Normaliser.NONE)).finalPlan().close();
        return new long[] {SpyDeviceKind.READS.get() - r0, SpyDeviceKind.DERIVATIVES.get() - d0};
    }

    @Test
    void analogModesOnlyReadTheDevices() {
        long[] central = train(GradientMode.ANALOG_CENTRAL);
        assertEquals(0, central[1], "analog-central asked for a derivative");
        long[] forward = train(GradientMode.ANALOG_FORWARD);
        assertEquals(0, forward[1], "analog-forward asked for a derivative");
        // central with 2 repeated reads: 1 forward read + 2 x 2 perturbed reads per training sample and neuron
        assertTrue(central[0] > forward[0], "central reads more than forward");
    }

    @Test
    void exactModeUsesTheDiagnosticInterface() {
        long[] exact = train(GradientMode.EXACT);
        assertTrue(exact[1] > 0);
    }
}
