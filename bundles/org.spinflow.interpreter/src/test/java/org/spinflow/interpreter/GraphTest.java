package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinflow.data.Dataset;
import org.spinflow.data.Splits;
import org.spinflow.model.ActivationFunction;
import org.spinflow.model.DataFormat;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Normalisation;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.build.NetworkBuilder;

/** Dataflow graphs: several inputs into one node (Sum, Concat), fan-out, scheduling errors. */
class GraphTest {

    /**
     * input -> xa -> ha(tanh) -> xo -> sum -> readout, with a skip ha -> xs -> sum (fan-out of ha)
     * and a second branch input -> xb -> hb(sigmoid); ha and hb concatenated into xc -> sum.
     */
    static Network graph() {
        NetworkBuilder b = new NetworkBuilder("graph");
        Node in = b.add(NetworkBuilder.newInput("input", 2));
        Node xa = b.add(NetworkBuilder.newCrossbar("xa", 2, 3));
        Node ha = b.add(NetworkBuilder.newActivation("ha", 3, ActivationFunction.TANH));
        Node xb = b.add(NetworkBuilder.newCrossbar("xb", 2, 2));
        Node hb = b.add(NetworkBuilder.newActivation("hb", 2, ActivationFunction.SIGMOID));
        Node cat = b.add(NetworkBuilder.newConcat("cat", 5));
        Node xc = b.add(NetworkBuilder.newCrossbar("xc", 5, 2));
        Node xs = b.add(NetworkBuilder.newCrossbar("xs", 3, 2));
        Node sum = b.add(NetworkBuilder.newSum("sum", 2));
        Node ro = b.add(NetworkBuilder.newReadout("readout", 2, null));
        b.chain(in, xa, ha);
        b.chain(in, xb, hb);
        b.connect(ha, cat);
        b.connect(hb, cat);
        b.chain(cat, xc, sum);
        b.chain(ha, xs, sum);
        b.connect(sum, ro);
        TrainingSpec t = NetworkBuilder.training(b.network(), "unused.csv", DataFormat.CSV, Normalisation.NONE);
        t.getSplit().setKind(SplitKind.HOLDOUT);
        t.setGradientMode(GradientMode.EXACT);
        t.setBatchSize(4);
        return b.network();
    }

    @Test
    void backpropagationThroughSumConcatAndFanOutMatchesTheNumericalGradient() {
        Network n = graph();
        RunConfig cfg = TestNetworks.config(GradientMode.EXACT, false, 1);
        Dataset ds = TestNetworks.xor(1);
        try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            plan.initialise(4, 3);
            plan.load(ds.features(), 2, ds.labels(), Splits.range(4), 0, 4);
            plan.forward(1);
            plan.gradients();
            int checked = TestNetworks.checkWeightGradientsNumerically(plan);
            assertEquals(3 * 3 + 3 * 2 + 6 * 2 + 4 * 2, checked);
        }
    }

    @Test
    void aGraphTrainsBitIdenticallyForAnyThreadCount() {
        Network n = graph();
        Dataset ds = TestNetworks.xor(16);
        List<float[][]> states = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            RunConfig cfg = TestNetworks.config(GradientMode.EXACT, false, t).withBatchSize(64);
            try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
                plan.initialise(64, 3);
                for (int step = 0; step < 5; step++) {
                    plan.load(ds.features(), 2, ds.labels(), Splits.range(64), 0, 64);
                    plan.trainStep(step);
                    plan.commit(0.1);
                }
                states.add(plan.state().get("xs"));
            }
        }
        assertArrayEquals(states.get(0)[0], states.get(1)[0]);
        assertArrayEquals(states.get(0)[0], states.get(2)[0]);
        assertArrayEquals(states.get(0)[1], states.get(2)[1]);
    }

    @Test
    void aCycleIsRefusedNamingItsNodes() {
        Network n = graph();
        // sum -> back -> cat closes the loop sum -> back -> cat -> xc -> sum
        Node back = NetworkBuilder.newCrossbar("back", 2, 3);
        n.getNodes().add(back);
        Node sum = n.getNodes().stream().filter(x -> "sum".equals(x.getName())).findFirst().orElseThrow();
        org.spinflow.model.Connection c1 = org.spinflow.model.SpinflowFactory.eINSTANCE.createConnection();
        c1.setSource(NetworkBuilder.out(sum));
        c1.setTarget(NetworkBuilder.in(back));
        n.getConnections().add(c1);
        org.spinflow.model.Connection c2 = org.spinflow.model.SpinflowFactory.eINSTANCE.createConnection();
        c2.setSource(NetworkBuilder.out(back));
        c2.setTarget(NetworkBuilder.in(n.getNodes().stream().filter(x -> "cat".equals(x.getName())).findFirst().orElseThrow()));
        n.getConnections().add(c2);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> Plan.compile(n, null, TestNetworks.config(GradientMode.EXACT, false, 1), new Optimiser(n.getTraining().getOptimizer())));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("sum") && e.getMessage().contains("back")
                && e.getMessage().contains("cat"), e.getMessage());
    }

    @Test
    void aShapeMismatchNamesBothEnds() {
        Network n = graph();
        Node xs = n.getNodes().stream().filter(x -> "xs".equals(x.getName())).findFirst().orElseThrow();
        ((org.spinflow.model.Crossbar) xs).setCols(3);
        org.spinflow.model.kinds.NodeKinds.syncPorts(xs);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> Plan.compile(n, null, TestNetworks.config(GradientMode.EXACT, false, 1), new Optimiser(n.getTraining().getOptimizer())));
        assertEquals("connection xs.out -> sum.in: shape 3 does not match 2", e.getMessage());
    }

    @Test
    void aSingleInputKindRefusesTwoInputs() {
        Network n = graph();
        Node xa = n.getNodes().stream().filter(x -> "xa".equals(x.getName())).findFirst().orElseThrow();
        Node in = n.getNodes().stream().filter(x -> "input".equals(x.getName())).findFirst().orElseThrow();
        org.spinflow.model.Connection c = org.spinflow.model.SpinflowFactory.eINSTANCE.createConnection();
        c.setSource(NetworkBuilder.out(in));
        c.setTarget(NetworkBuilder.in(xa));
        n.getConnections().add(c);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> Plan.compile(n, null, TestNetworks.config(GradientMode.EXACT, false, 1), new Optimiser(n.getTraining().getOptimizer())));
        assertEquals("port xa.in has 2 incoming connections but accepts at most 1", e.getMessage());
    }
}
