package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;

/** Oversized models are refused before any allocation. */
class LimitsTest {
    @Test
    void hugeCrossbarIsRefusedBeforeAllocation() {
        Network n = TestNetworks.mlp(1_000_000, new int[] {1_000_000}, 2, null, GradientMode.EXACT);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> Plan.compile(n, null, TestNetworks.config(GradientMode.EXACT, false, 1), null));
        assertTrue(e.getMessage().contains("above the limit") && e.getMessage().contains("spinflow.maxWeights"), e.getMessage());
    }

    @Test
    void billionNeuronsAreRefused() {
        Network n = TestNetworks.mlp(4, new int[] {8}, 2, "mtj-f-default", GradientMode.EXACT);
        ((MtjNeuronArray) n.getNodes().get(2)).setSize(1_000_000_000);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> Plan.compile(n, null, TestNetworks.config(GradientMode.EXACT, false, 1), null));
        assertTrue(e.getMessage().contains("spinflow.maxNeurons"), e.getMessage());
    }
}
