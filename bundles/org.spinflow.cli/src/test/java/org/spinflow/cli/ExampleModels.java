package org.spinflow.cli;

import java.nio.file.Path;
import java.util.List;

import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.Schedule;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.WeightInit;
import org.spinflow.model.build.NetworkBuilder;
import org.spinflow.model.io.ModelIO;

/**
 * Writes the example models of {@code examples/}. Run from the repository root:
 * {@code ./mvnw -B -q -pl bundles/org.spinflow.cli test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.spinflow.cli.ExampleModels -Dexec.args=examples}.
 * {@code ExamplesTest} checks that the committed files are what this class writes.
 */
public final class ExampleModels {
    static final List<String> IRIS = List.of("setosa", "versicolor", "virginica");
    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private ExampleModels() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "examples");
        for (var e : all().entrySet()) {
            ModelIO.save(e.getValue(), root.resolve(e.getKey()));
        }
    }

    public static java.util.Map<String, Network> all() {
        java.util.Map<String, Network> m = new java.util.LinkedHashMap<>();
        m.put("iris/iris-mtj.spinflow", iris("iris-mtj", new int[] {8}, "mtj-f-default", GradientMode.ANALOG_CENTRAL,
                "Iris 4-8-3 with one hidden array of 8 MTJ neurons (F-mode, device variability and read noise on), trained with analog central-difference derivatives measured on the devices; stratified 5-fold cross-validation."));
        m.put("iris/iris-tanh.spinflow", iris("iris-tanh", new int[] {8}, null, GradientMode.EXACT,
                "Software baseline: the same 4-8-3 shape with ideal tanh neurons and exact derivatives."));
        m.put("iris/iris-mtj-2h.spinflow", iris("iris-mtj-2h", new int[] {8, 8}, "mtj-f-default", GradientMode.ANALOG_CENTRAL,
                "Iris 4-8-8-3 with two hidden MTJ arrays, analog central-difference derivatives."));
        m.put("hil/iris-hil.spinflow", irisHil());
        m.put("mnist/mnist-mtj.spinflow", idx("mnist-mtj", new int[] {100}, "mtj-f-default", GradientMode.ANALOG_CENTRAL, 20, DIGITS,
                "MNIST 784-100-10 with 100 MTJ neurons (variability and read noise on), analog central differences; trained on the 60k train files, accuracy on the 10k test files."));
        m.put("mnist/mnist-tanh.spinflow", idx("mnist-tanh", new int[] {100}, null, GradientMode.EXACT, 20, DIGITS,
                "Software baseline for MNIST: 784-100-10 with tanh neurons and exact derivatives."));
        m.put("deep/mnist-mtj-4layer.spinflow", idx("mnist-mtj-4layer", new int[] {256, 128, 64}, "mtj-f-default",
                GradientMode.ANALOG_CENTRAL, 20, DIGITS,
                "A 4-layer deep MTJ network 784-256-128-64-10 (three hidden MTJ arrays), trained end to end with analog central differences."));
        m.put("fashion/fashion-mtj.spinflow", idx("fashion-mtj", new int[] {256}, "mtj-f-default", GradientMode.ANALOG_CENTRAL, 20,
                FASHION, "Fashion-MNIST 784-256-10 with MTJ neurons and analog gradients: a harder set the reference work did not try."));
        m.put("graph/mnist-skip.spinflow", mnistSkip());
        m.put("graph/iris-two-branch.spinflow", irisTwoBranch());
        return m;
    }

    /**
     * MNIST with a skip connection: input -> crossbar1 -> hidden1 (MTJ) -> crossbar2 -> hidden2 (MTJ)
     * -> crossbar3 -> sum -> readout, and hidden1 -> skip (its own crossbar) -> sum: the two
     * crossbars' column currents add on the same wires (Kirchhoff) before the readout.
     */
    static Network mnistSkip() {
        NetworkBuilder b = new NetworkBuilder("mnist-skip");
        Node in = b.add(NetworkBuilder.newInput("input", 784));
        Crossbar x1 = b.add(NetworkBuilder.newCrossbar("crossbar1", 784, 100));
        Node h1 = b.add(NetworkBuilder.newMtj("hidden1", 100, "mtj-f-default"));
        Crossbar x2 = b.add(NetworkBuilder.newCrossbar("crossbar2", 100, 100));
        Node h2 = b.add(NetworkBuilder.newMtj("hidden2", 100, "mtj-f-default"));
        Crossbar x3 = b.add(NetworkBuilder.newCrossbar("crossbar3", 100, 10));
        Crossbar skip = b.add(NetworkBuilder.newCrossbar("skip", 100, 10));
        Node sum = b.add(NetworkBuilder.newSum("sum", 10));
        Node ro = b.add(NetworkBuilder.newReadout("readout", 10, DIGITS));
        b.chain(in, x1, h1, x2, h2, x3, sum, ro);
        b.chain(h1, skip, sum);
        Network n = b.network();
        n.setDescription("MNIST with a skip connection: 784-100-100-10 MTJ network whose first MTJ array also drives the"
                + " readout through its own crossbar; the two crossbars' currents add in a Sum node (Kirchhoff) before the"
                + " readout. Analog central differences; 60k train files, accuracy on the 10k test files.");
        idxTraining(n, GradientMode.ANALOG_CENTRAL, 20);
        return n;
    }

    /**
     * Two branches on the same input, merged before the readout: an F-mode MTJ array and a J-mode
     * bridge MTJ array (different presets), concatenated into one crossbar.
     */
    static Network irisTwoBranch() {
        NetworkBuilder b = new NetworkBuilder("iris-two-branch");
        Node in = b.add(NetworkBuilder.newInput("input", 4));
        Node xa = b.add(NetworkBuilder.newCrossbar("crossbarA", 4, 8));
        Node ha = b.add(NetworkBuilder.newMtj("branchA", 8, "mtj-f-default"));
        Node xb = b.add(NetworkBuilder.newCrossbar("crossbarB", 4, 8));
        Node hb = b.add(NetworkBuilder.newMtj("branchB", 8, "mtj-j-bridge"));
        Node cat = b.add(NetworkBuilder.newConcat("merge", 16));
        Node xo = b.add(NetworkBuilder.newCrossbar("crossbarOut", 16, 3));
        Node ro = b.add(NetworkBuilder.newReadout("readout", 3, IRIS));
        b.chain(in, xa, ha, cat);
        b.chain(in, xb, hb, cat);
        b.chain(cat, xo, ro);
        Network n = b.network();
        n.setDescription("Iris with two branches on the same input: 8 F-mode MTJ neurons (mtj-f-default) and 8 J-mode"
                + " bridge MTJ neurons (mtj-j-bridge), concatenated before the output crossbar; analog central differences,"
                + " stratified 5-fold cross-validation.");
        irisTraining(n, "../iris/iris.csv", GradientMode.ANALOG_CENTRAL);
        return n;
    }

    static Network iris(String name, int[] hidden, String preset, GradientMode mode, String description) {
        Network n = NetworkBuilder.mlp(name, 4, hidden, 3, preset, IRIS);
        n.setDescription(description);
        irisTraining(n, "iris.csv", mode);
        return n;
    }

    /** Iris training as every Iris example has it: z-scored CSV, stratified 5-fold, 60 epochs of batch 8. */
    private static void irisTraining(Network n, String csv, GradientMode mode) {
        TrainingSpec t = NetworkBuilder.training(n, csv, DataFormat.CSV, Normalisation.ZSCORE);
        t.getSplit().setKind(SplitKind.KFOLD);
        t.getSplit().setFolds(5);
        commonTraining(t, 60, 8, mode);
    }

    /** IDX training as every MNIST-like example has it: Xavier crossbars, pixels / 255, the test files, batch 32. */
    private static void idxTraining(Network n, GradientMode mode, int epochs) {
        for (Node node : n.getNodes()) {
            if (node instanceof Crossbar c) {
                c.setInit(WeightInit.XAVIER_UNIFORM);
            }
        }
        TrainingSpec t = NetworkBuilder.training(n, "data", DataFormat.IDX, Normalisation.SCALE255);
        t.getSplit().setKind(SplitKind.TEST_FILES);
        commonTraining(t, epochs, 32, mode);
    }

    /** Momentum 0.9 at 0.05 on a cosine schedule, delta 0.1, seed 1: shared by all the examples. */
    private static void commonTraining(TrainingSpec t, int epochs, int batchSize, GradientMode mode) {
        t.setEpochs(epochs);
        t.setBatchSize(batchSize);
        t.setGradientMode(mode);
        t.setDelta(0.1);
        t.setSeed(1);
        t.getOptimizer().setKind(OptimizerKind.MOMENTUM);
        t.getOptimizer().setLearningRate(0.05);
        t.getOptimizer().setMomentum(0.9);
        t.getOptimizer().setSchedule(Schedule.COSINE);
    }

    /** iris-mtj wired to a lab instrument: hidden1's 8 devices on channels 1-8 (docs/INSTRUMENTS.md). */
    static Network irisHil() {
        Network n = iris("iris-hil", new int[] {8}, "mtj-f-default", GradientMode.ANALOG_CENTRAL,
                "Hardware in the loop: iris-mtj (4-8-3, analog central differences, 5-fold) with its 8 MTJ neurons on channels 1-8"
                        + " of a lab instrument; train with --instrument tcp://HOST:PORT (e.g. spinflow instrument simulate), or in"
                        + " simulation without it.");
        n.getTraining().getDataset().setPath("../iris/iris.csv");
        org.spinflow.model.Parameter p = org.spinflow.model.SpinflowFactory.eINSTANCE.createParameter();
        p.setName("instrument.channels");
        p.setText("1-8");
        mtjArrays(n).get(0).getParameters().add(p);
        return n;
    }

    static Network idx(String name, int[] hidden, String preset, GradientMode mode, int epochs, List<String> classes,
                       String description) {
        Network n = NetworkBuilder.mlp(name, 784, hidden, 10, preset, classes);
        n.setDescription(description);
        idxTraining(n, mode, epochs);
        return n;
    }

    /** The MTJ arrays of a network (for tests). */
    static List<MtjNeuronArray> mtjArrays(Network n) {
        return n.getNodes().stream().filter(MtjNeuronArray.class::isInstance).map(MtjNeuronArray.class::cast).toList();
    }

}
