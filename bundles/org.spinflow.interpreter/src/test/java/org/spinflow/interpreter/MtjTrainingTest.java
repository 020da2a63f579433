package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinflow.data.CsvDatasets;
import org.spinflow.data.Normaliser;
import org.spinflow.data.Splits;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.SplitKind;

/** Training with simulated MTJ devices: variability and read noise on, derivatives measured by reads. */
class MtjTrainingTest {
    static final Path IRIS = Path.of("../../examples/iris/iris.csv");

    static DataSource.Loaded iris() {
        return new DataSource.Loaded(CsvDatasets.load(IRIS), null, Normaliser.ZSCORE);
    }

    static Network irisNet(GradientMode mode) {
        Network n = TestNetworks.mlp(4, new int[] {8}, 3, "mtj-f-default", mode);
        n.getTraining().getSplit().setKind(SplitKind.KFOLD);
        n.getTraining().getSplit().setFolds(5);
        n.getTraining().setEpochs(40);
        n.getTraining().setBatchSize(8);
        n.getTraining().getOptimizer().setLearningRate(0.05);
        return n;
    }

    @Test
    void analogCentralDerivativesMatchExactOnesAtDefaultReadNoise() {
        Network n = irisNet(GradientMode.ANALOG_CENTRAL);
        RunConfig cfg = new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 11, 16, 1, true, true);
        GradCheck.Report r = GradCheck.run(n, null, cfg, iris(), 6);
        assertEquals(3, r.layers().size());
        assertTrue(r.cosineMin() >= 0.99, "cosine min " + r.cosineMin());
        GradCheck.Layer d = r.layers().stream().filter(l -> l.kind().equals("neuron-derivative")).findFirst().orElseThrow();
        // read noise 27.6 uV over 2 * 0.374 mA * 6.4 V/A is about 1 % of the derivative: allow 5 %
        assertTrue(d.relError() < 0.05, "derivative relative error " + d.relError());
        assertTrue(d.relError() > 1e-5, "noise must be present: relative error " + d.relError());
    }

    @Test
    void analogForwardIsLessAccurateThanCentral() {
        Network n = irisNet(GradientMode.ANALOG_FORWARD);
        double central = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 11, 16, 1, true, true),
                iris(), 6).layers().get(1).relError();
        double forward = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_FORWARD, 0.1, 1, 11, 16, 1, true, true),
                iris(), 6).layers().get(1).relError();
        assertTrue(forward > central, "forward " + forward + " vs central " + central);
    }

    @Test
    void repeatedReadsReduceTheDerivativeNoise() {
        Network n = irisNet(GradientMode.ANALOG_CENTRAL);
        double one = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_CENTRAL, 0.02, 1, 11, 16, 1, true, true),
                iris(), 6).layers().get(1).relError();
        double sixteen = GradCheck.run(n, null, new RunConfig(GradientMode.ANALOG_CENTRAL, 0.02, 16, 11, 16, 1, true, true),
                iris(), 6).layers().get(1).relError();
        // noise-dominated at a small delta: 16 reads divide the noise by about 4
        assertTrue(sixteen < one / 2.5, "1 read " + one + ", 16 reads " + sixteen);
    }

    @Test
    void irisTrainsWithMtjNeuronsAndAnalogGradients() {
        Network n = irisNet(GradientMode.ANALOG_CENTRAL);
        RunConfig cfg = new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 1, 8, 2, true, true);
        Trainer.Result r = new Trainer(n, null, cfg, Trainer.Options.defaults(), null).run(iris());
        assertEquals(5, r.folds().size());
        assertTrue(r.mean() >= 0.93, "5-fold accuracy " + r.mean());
        List<Trainer.EpochReport> h = r.history();
        assertTrue(h.get(h.size() - 1).loss() < h.get(0).loss() / 2, "loss fell");
        r.finalPlan().close();
    }

    @Test
    void foldsAreStratifiedAndDisjoint() {
        int[] labels = iris().train().labels();
        var folds = Splits.kFold(labels, 5, 1);
        boolean[] seen = new boolean[labels.length];
        for (var f : folds) {
            int[] perClass = new int[3];
            for (int i : f.validation()) {
                assertTrue(!seen[i], "disjoint");
                seen[i] = true;
                perClass[labels[i]]++;
            }
            assertEquals(List.of(10, 10, 10), List.of(perClass[0], perClass[1], perClass[2]));
        }
    }
}
