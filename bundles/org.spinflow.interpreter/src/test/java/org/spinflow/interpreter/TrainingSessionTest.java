package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

/** The one session API: overrides go through the run configuration, never into the model. */
class TrainingSessionTest {
    static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow").toAbsolutePath().normalize();

    @Test
    void overridesChangeTheRunConfigurationAndLeaveTheModelUntouched() {
        Network n = ModelIO.load(IRIS);
        byte[] before = ModelIO.toBytes(n);
        TrainingSession s = TrainingSession.of(n, IRIS.getParent(),
                new TrainingSession.Overrides(GradientMode.EXACT_NOMINAL, 0.2, 42L, 3, 1), null);
        assertEquals(GradientMode.EXACT_NOMINAL, s.config().gradient());
        assertEquals(0.2, s.config().delta());
        assertEquals(42L, s.config().seed());
        assertEquals(3, s.config().repeatedReads());
        assertEquals(1, s.config().threads());
        s.gradcheck(1);
        assertArrayEquals(before, ModelIO.toBytes(n), "the session must not modify the model");
        TrainingSession plain = TrainingSession.of(n, IRIS.getParent(), TrainingSession.Overrides.NONE, null);
        assertEquals(n.getTraining().getGradientMode(), plain.config().gradient());
        assertEquals(n.getTraining().getSeed(), plain.config().seed());
    }

    @Test
    void trainingAndEvaluationThroughTheSessionAreReproducible() {
        Network n = ModelIO.load(IRIS);
        TrainingSession.Overrides o = new TrainingSession.Overrides(null, null, 5L, null, 2);
        Trainer.Result a = TrainingSession.of(n, IRIS.getParent(), o, null).train(new Trainer.Options(3, 2, false), null);
        Trainer.Result b = TrainingSession.of(n, IRIS.getParent(), new TrainingSession.Overrides(null, null, 5L, null, 1), null)
                .train(new Trainer.Options(3, 2, false), null);
        a.finalPlan().close();
        b.finalPlan().close();
        assertEquals(a.mean(), b.mean(), 0.0, "results do not depend on the thread count");
        assertEquals(a.modelSha256(), b.modelSha256());
        assertEquals(a.dataSha256(), b.dataSha256());
        TrainingSession.Evaluation e = TrainingSession.of(n, IRIS.getParent(), o, null).evaluate();
        assertEquals(150, e.samples());
    }

    @Test
    void aModelWithoutTrainingSpecIsRefusedWithAClearMessage() {
        Network n = ModelIO.load(IRIS);
        n.setTraining(null);
        InterpreterException e = assertThrows(InterpreterException.class,
                () -> TrainingSession.of(n, IRIS.getParent(), TrainingSession.Overrides.NONE, null));
        assertEquals("the model has no training specification (it names the data set and the settings)", e.getMessage());
    }
}
