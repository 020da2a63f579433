package com.example.spinflow.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.Trainer;
import org.spinflow.model.Network;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.validation.ModelValidator;

/** The kinds of this bundle are found through ServiceLoader and a network using them validates and trains. */
class ContributedKindsTest {
    static final Path IRIS = Path.of("../../examples/iris/iris.csv").toAbsolutePath().normalize();

    @Test
    void theKindsAreRegistered() {
        assertInstanceOf(GainKind.class, NodeKinds.byId("gain"));
        assertEquals("toy", DeviceRegistry.getDefault().preset(ToyDeviceKind.PRESET).kind());
    }

    @Test
    void aNetworkUsingThemValidatesAndTrains() {
        Network n = GainExample.network(IRIS.toString());
        assertEquals(java.util.List.of(), ModelValidator.validate(n, null).stream().map(Object::toString).toList());
        var cfg = Trainer.config(n.getTraining(), null, null, null, 1);
        Trainer.Result r = new Trainer(n, IRIS.getParent(), cfg, Trainer.Options.defaults(), null)
                .run(DataSource.load(n.getTraining(), IRIS.getParent(), IRIS));
        r.finalPlan().close();
        assertEquals(3, r.folds().size());
        assertTrue(r.mean() >= 0.85, "accuracy " + r.mean());
    }
}
