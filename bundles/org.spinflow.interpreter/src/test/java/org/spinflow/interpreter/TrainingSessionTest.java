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
    void withoutAThreadCountASmallNetworkRunsOnOneThreadAndALargeOneOnAllCores() {
        Network iris = ModelIO.load(IRIS); // 4-8-3 at batch 8: 448 multiply-adds per step
        assertEquals(1, TrainingSession.defaultThreads(iris, 8));
        assertEquals(1, TrainingSession.of(iris, IRIS.getParent(), TrainingSession.Overrides.NONE, null).config().threads());
        assertEquals(3, TrainingSession.of(iris, IRIS.getParent(), new TrainingSession.Overrides(null, null, null, null, 3), null)
                .config().threads(), "a thread count the caller names is kept");
        Network mnist = TestNetworks.mlp(784, new int[] {100}, 10, null, GradientMode.EXACT); // 79,400 weights
        assertEquals(8, TrainingSession.defaultThreads(mnist, 1, 8), "79,400 multiply-adds: all cores");
        assertEquals(8, TrainingSession.defaultThreads(mnist, 32, 8));
        Network edge = TestNetworks.mlp(64, new int[] {64}, 64, null, GradientMode.EXACT); // 8,192 weights
        assertEquals(1, TrainingSession.defaultThreads(edge, 7, 8), "57,344 multiply-adds per step: one thread");
        assertEquals(8, TrainingSession.defaultThreads(edge, 8, 8), "65,536 multiply-adds per step: all cores");
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
