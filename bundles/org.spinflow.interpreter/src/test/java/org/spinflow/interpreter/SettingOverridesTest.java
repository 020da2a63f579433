package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.model.Crossbar;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.io.ModelIO;

/**
 * Per-run setting overrides, node by node: a session with overrides trains, checks gradients and evaluates
 * exactly like a session on the model with those values written in, and leaves its model untouched.
 */
class SettingOverridesTest {
    static final Path MODEL = Path.of("../../examples/iris/iris-mtj-2h.spinflow").toAbsolutePath().normalize();

    static SettingOverrides overrides() {
        return new SettingOverrides(0.03, 4, 120, Map.of(
                "hidden1", new SettingOverrides.Node(0.5, null, 2e-7, Map.of("Bb", 6e-3), null),
                "hidden2", new SettingOverrides.Node(null, false, null, Map.of(), null),
                "crossbar2", new SettingOverrides.Node(null, null, null, Map.of(), 16)));
    }

    /** The same values written into the model, as a researcher would type them. */
    static Network writtenIn() {
        Network n = ModelIO.load(MODEL);
        n.getTraining().getOptimizer().setLearningRate(0.03);
        n.getTraining().setBatchSize(4);
        n.getTraining().getDataset().setLimit(120);
        MtjNeuronArray h1 = (MtjNeuronArray) node(n, "hidden1");
        h1.getVariability().setEnabled(true);
        h1.getVariability().setScale(0.5);
        h1.getNoise().setIntegrationTime(2e-7);
        Parameter bb = SpinflowFactory.eINSTANCE.createParameter();
        bb.setName("Bb");
        bb.setValue(6e-3);
        h1.getParameters().add(bb);
        ((MtjNeuronArray) node(n, "hidden2")).getNoise().setEnabled(false);
        ((Crossbar) node(n, "crossbar2")).getSynapse().setLevels(16);
        return n;
    }

    static org.spinflow.model.Node node(Network n, String name) {
        return n.getNodes().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    static TrainingSession session(Network n, SettingOverrides s) {
        return session(n, s, MODEL.getParent());
    }

    static TrainingSession session(Network n, SettingOverrides s, Path dir) {
        return TrainingSession.of(n, dir, new TrainingSession.Overrides(null, null, 7L, null, 1, s), null);
    }

    @Test
    void overridesEqualTheWrittenInModelAndLeaveTheModelAlone() throws java.io.IOException {
        Network n = ModelIO.load(MODEL);
        byte[] before = ModelIO.toBytes(n);
        java.nio.file.Files.copy(MODEL.resolveSibling("iris.csv"), tmp.resolve("iris.csv"));
        ModelIO.save(writtenIn(), tmp.resolve("written.spinflow"));
        Network w = ModelIO.load(tmp.resolve("written.spinflow"));

        Trainer.Options opt = new Trainer.Options(2, 2, false);
        Trainer.Result a = session(n, overrides()).train(opt, null);
        Trainer.Result b = session(w, SettingOverrides.NONE, tmp).train(opt, null);
        assertEquals(Double.doubleToLongBits(b.mean()), Double.doubleToLongBits(a.mean()));
        assertEquals(Double.doubleToLongBits(b.loss()), Double.doubleToLongBits(a.loss()));
        assertEquals(120, session(n, overrides()).data().train().n(), "the limit applies to the loaded data");

        GradCheck.Report ga = session(n, overrides()).gradcheck(1);
        GradCheck.Report gb = session(w, SettingOverrides.NONE, tmp).gradcheck(1);
        assertEquals(Double.doubleToLongBits(gb.cosineMean()), Double.doubleToLongBits(ga.cosineMean()));
        assertEquals(Double.doubleToLongBits(gb.relErrorMedian()), Double.doubleToLongBits(ga.relErrorMedian()));

        TrainingSession.Evaluation ea = session(n, overrides()).evaluate();
        TrainingSession.Evaluation eb = session(w, SettingOverrides.NONE, tmp).evaluate();
        assertEquals(Double.doubleToLongBits(eb.loss()), Double.doubleToLongBits(ea.loss()));

        Trainer.Result plain = session(n, SettingOverrides.NONE).train(opt, null);
        assertNotEquals(Double.doubleToLongBits(plain.loss()), Double.doubleToLongBits(a.loss()), "the overrides change the run");
        assertArrayEquals(before, ModelIO.toBytes(n), "the model is unchanged");
        assertEquals(4, session(n, overrides()).config().batchSize());
    }

    @Test
    void anOverrideOfANodeTheModelDoesNotHaveIsRefused() {
        Network n = ModelIO.load(MODEL);
        SettingOverrides s = new SettingOverrides(null, null, null, Map.of("hidden9", new SettingOverrides.Node(0.0, null, null, null, null)));
        InterpreterException e = assertThrows(InterpreterException.class, () -> session(n, s));
        assertEquals("setting overrides name node 'hidden9', which the model does not have", e.getMessage());
    }
}
