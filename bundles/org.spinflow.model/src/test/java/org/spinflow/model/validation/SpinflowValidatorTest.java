package org.spinflow.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.Parameter;
import org.spinflow.model.Port;
import org.spinflow.model.Readout;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.codec.ConductanceCodec;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.TestModels;

class SpinflowValidatorTest {

    @TempDir
    Path dir;
    Path modelFile;
    Network net;

    @BeforeEach
    void setUp() throws IOException {
        modelFile = dir.resolve("iris.spinflow");
        Files.writeString(dir.resolve("iris.csv"), "a,b,c,d,class\n");
        net = TestModels.iris();
    }

    private List<String> problems() {
        return ModelValidator.validate(net, modelFile).stream().map(Problem::toString).toList();
    }

    /** Asserts that validation reports exactly this line (among possibly others). */
    private void assertProblem(String pathAndMessage) {
        List<String> all = problems();
        String expected = modelFile + ": " + pathAndMessage;
        assertTrue(all.contains(expected), "expected\n  " + expected + "\nin\n  " + String.join("\n  ", all));
    }

    private Node node(String name) {
        return net.getNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElseThrow();
    }

    private Port port(String node, String port) {
        return TestModels.port(node(node), port);
    }

    @Test
    void validModelHasNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void problemRendersAsFilePathMessage() {
        net.getTraining().setEpochs(0);
        List<Problem> p = ModelValidator.validate(net, modelFile);
        assertEquals(1, p.size());
        assertEquals("network 'iris'/training", p.get(0).elementPath());
        assertEquals("epochs = 0 is out of range (allowed: epochs >= 1)", p.get(0).message());
        assertEquals(SpinflowValidator.Check.RANGE, p.get(0).check());
        assertEquals(Problem.Severity.ERROR, p.get(0).severity());
        assertEquals(modelFile + ": network 'iris'/training: epochs = 0 is out of range (allowed: epochs >= 1)", p.get(0).toString());
    }

    @Test
    void worksHeadlessThroughTheGlobalDiagnostician() {
        ModelIO.register();
        net.getTraining().setBatchSize(-1);
        Diagnostic d = Diagnostician.INSTANCE.validate(net, ModelValidator.context(modelFile));
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals(1, d.getChildren().size());
        assertEquals("network 'iris'/training: batchSize = -1 is out of range (allowed: batchSize >= 1)",
                d.getChildren().get(0).getMessage());
        assertEquals(SpinflowValidator.DIAGNOSTIC_SOURCE, d.getChildren().get(0).getSource());
    }

    @Test
    void shapeMismatchBetweenConnectedPorts() {
        Crossbar xb2 = (Crossbar) node("xb2");
        xb2.setRows(9);
        port("xb2", "in").setSize(9);
        assertProblem("network 'iris'/connection 'hidden.out -> xb2.in': shapes differ: source 'hidden.out' has size 8,"
                + " target 'xb2.in' has size 9 (connected ports must have the same size)");
    }

    @Test
    void portSizesMustFollowNodeAttributes() {
        port("xb1", "in").setSize(5);
        port("input", "out").setSize(5);
        ((Crossbar) node("xb2")).setCols(4);
        port("hidden", "out").setSize(7);
        ((Readout) node("out")).setClasses(2);
        ((Readout) node("out")).getClassNames().remove(2);
        assertProblem("network 'iris'/node 'xb1'/port 'in': size 5 does not match the node's rows = 4"
                + " (the IN port 'in' of a crossbar node has size rows)");
        assertProblem("network 'iris'/node 'input'/port 'out': size 5 does not match the node's features = 4"
                + " (the OUT port 'out' of a input node has size features)");
        assertProblem("network 'iris'/node 'xb2'/port 'out': size 3 does not match the node's cols = 4"
                + " (the OUT port 'out' of a crossbar node has size cols)");
        assertProblem("network 'iris'/node 'hidden'/port 'out': size 7 does not match the node's size = 8"
                + " (the OUT port 'out' of a mtj node has size size)");
        assertProblem("network 'iris'/node 'out'/port 'in': size 3 does not match the node's classes = 2"
                + " (the IN port 'in' of a readout node has size classes)");
    }

    @Test
    void connectionsGoFromOutToIn() {
        Connection c = net.getConnections().get(3);
        Port s = c.getSource();
        c.setSource(c.getTarget());
        c.setTarget(s);
        assertProblem("network 'iris'/connection 'out.in -> xb2.out': source 'out.in' is an IN port"
                + " (a connection must go from an OUT port to an IN port)");
        assertProblem("network 'iris'/connection 'out.in -> xb2.out': target 'xb2.out' is an OUT port"
                + " (a connection must go from an OUT port to an IN port)");
    }

    @Test
    void signalKindsMustMatch() {
        port("hidden", "in").setSignal(SignalKind.VOLTAGE);
        assertProblem("network 'iris'/connection 'xb1.out -> hidden.in': signal kinds differ: source 'xb1.out' carries"
                + " current, target 'hidden.in' takes voltage (connected ports must carry the same signal kind)");
    }

    @Test
    void requiredPortsMustBeConnected() {
        net.getConnections().remove(3);
        assertProblem("network 'iris'/node 'xb2'/port 'out': required OUT port is not connected"
                + " (connect it, or set required=\"false\")");
        assertProblem("network 'iris'/node 'out'/port 'in': required IN port is not connected"
                + " (connect it, or set required=\"false\")");
        port("xb2", "out").setRequired(false);
        assertTrue(problems().stream().noneMatch(p -> p.contains("node 'xb2'/port 'out'")), problems()::toString);
    }

    @Test
    void atMostOneConnectionIntoAnInPort() {
        TestModels.connect(net, port("xb1", "out"), port("hidden", "in"));
        assertProblem("network 'iris'/node 'hidden'/port 'in': has 2 incoming connections, from 'xb1.out', 'xb1.out'"
                + " (this IN port accepts at most 1 connection)");
    }

    @Test
    void cyclesAreReported() {
        // hidden(8) -> a new crossbar 8x4 -> xb1.in would need a second input; use a loop through a fresh pair instead
        Crossbar back = TestModels.crossbar(net, "back", 8, 8);
        MtjNeuronArray loop = TestModels.mtj(net, "loop", 8);
        TestModels.connect(net, back, loop);
        TestModels.connect(net, loop, back);
        assertProblem("network 'iris'/node 'back': is part of the cycle back -> loop -> back"
                + " (connections must form a directed acyclic graph)");
    }

    @Test
    void nodeNamesAreUnique() {
        node("xb2").setName("xb1");
        assertProblem("network 'iris'/node 'xb1': node name 'xb1' is used by 2 nodes"
                + " (node names must be unique within a network)");
    }

    @Test
    void elementsNeedNames() {
        node("hidden").setName("");
        assertProblem("network 'iris'/node '<unnamed>': has no name (every node needs a non-empty name)");
    }

    @Test
    void connectionsNeedBothEnds() {
        net.getConnections().get(0).setSource(null);
        assertProblem("network 'iris'/connection '? -> xb1.in': has no source port"
                + " (a connection needs a source OUT port and a target IN port)");
    }

    @Test
    void connectionsStayInsideTheNetwork() {
        Network other = TestModels.iris();
        net.getConnections().get(0).setSource(TestModels.port(other.getNodes().get(0), "out"));
        assertProblem("network 'iris'/connection 'input.out -> xb1.in': source port is not a port of a node of this network"
                + " (connections may only join ports of this network's nodes)");
    }

    @Test
    void missingCsvDataSet() throws IOException {
        Files.delete(dir.resolve("iris.csv"));
        assertProblem("network 'iris'/training/dataset: data set file 'iris.csv' not found (looked for "
                + dir.resolve("iris.csv") + "; the path is relative to the model file's folder)");
    }

    @Test
    void dataSetPathIsRelativeToTheModelFile() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.createDirectories(dir.resolve("data"));
        Files.move(dir.resolve("iris.csv"), dir.resolve("data/iris.csv"));
        net.getTraining().getDataset().setPath("../data/iris.csv");
        modelFile = models.resolve("iris.spinflow");
        ModelIO.save(net, modelFile);
        assertEquals(List.of(), ModelValidator.validate(modelFile));
        assertEquals(List.of(), ModelValidator.validate(net, null), "falls back on the resource's file");
    }

    @Test
    void idxFolderMustHoldTheIdxFiles() throws IOException {
        DatasetSpec d = net.getTraining().getDataset();
        d.setFormat(DataFormat.IDX);
        d.setPath("mnist");
        assertProblem("network 'iris'/training/dataset: data set folder 'mnist' not found (looked for " + dir.resolve("mnist")
                + "; an IDX data set is a folder, relative to the model file's folder)");
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        Files.writeString(mnist.resolve("train-images-idx3-ubyte.gz"), "x");
        assertProblem("network 'iris'/training/dataset: IDX folder 'mnist' lacks train-labels-idx1-ubyte (an IDX folder must"
                + " contain train-images-idx3-ubyte, train-labels-idx1-ubyte, each optionally .gz)");
        Files.writeString(mnist.resolve("train-labels-idx1-ubyte"), "x");
        assertEquals(List.of(), problems());
        net.getTraining().getSplit().setKind(SplitKind.TEST_FILES);
        assertProblem("network 'iris'/training/dataset: IDX folder 'mnist' lacks t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"
                + " (an IDX folder must contain train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,"
                + " t10k-labels-idx1-ubyte, each optionally .gz)");
    }

    @Test
    void readoutNeedsAnInputLayerUpstream() {
        net.getConnections().remove(0);
        port("xb1", "in").setRequired(false);
        assertProblem("network 'iris'/node 'out': readout has no InputLayer upstream (a Readout must be fed, through its IN"
                + " port, by a chain of nodes that starts at an InputLayer)");
    }

    @Test
    void networkNeedsInputLayerAndReadout() {
        net = SpinflowFactory.eINSTANCE.createNetwork();
        net.setName("empty");
        assertProblem("network 'empty': has no InputLayer (a network needs at least one InputLayer and one Readout)");
        assertProblem("network 'empty': has no Readout (a network needs at least one InputLayer and one Readout)");
    }

    @Test
    void storedConductancesMustFitTheCrossbar() {
        Crossbar xb1 = (Crossbar) node("xb1");
        xb1.getConductances().setGMinus(ConductanceCodec.encode(new float[3]));
        assertProblem("network 'iris'/node 'xb1'/conductances: crossbar 'xb1' stores 40 G+ and 3 G- values but needs 40"
                + " (5 x 8) (allowed: 5 x 8 little-endian float32 values per matrix, base64 encoded)");
    }

    private static Parameter param(Network n, String name, double value) {
        DevicePreset p = n.getPresets().get(0);
        Parameter existing = p.getParameters().stream().filter(q -> name.equals(q.getName())).findFirst().orElse(null);
        if (existing == null) {
            existing = TestModels.param(name, value, null);
            p.getParameters().add(existing);
        }
        existing.setValue(value);
        return existing;
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                range("port size <= 0", n -> TestModels.port(n.getNodes().get(0), "out").setSize(0),
                        "network 'iris'/node 'input'/port 'out': size = 0 is out of range (allowed: size >= 1)"),
                range("features <= 0", n -> ((org.spinflow.model.InputLayer) n.getNodes().get(0)).setFeatures(0),
                        "network 'iris'/node 'input': features = 0 is out of range (allowed: features >= 1)"),
                range("crossbar rows <= 0", n -> ((Crossbar) n.getNodes().get(1)).setRows(-4),
                        "network 'iris'/node 'xb1': rows = -4 is out of range (allowed: rows >= 1)"),
                range("neuron size <= 0", n -> ((MtjNeuronArray) n.getNodes().get(2)).setSize(0),
                        "network 'iris'/node 'hidden': size = 0 is out of range (allowed: size >= 1)"),
                range("classes <= 0", n -> ((Readout) n.getNodes().get(4)).setClasses(0),
                        "network 'iris'/node 'out': classes = 0 is out of range (allowed: classes >= 1)"),
                range("gMin <= 0", n -> synapse(n).setGMin(0),
                        "network 'iris'/node 'xb1'/synapse: gMin = 0.0 S is out of range (allowed: 0 < gMin < gMax)"),
                range("gMin >= gMax", n -> synapse(n).setGMin(3e-3),
                        "network 'iris'/node 'xb1'/synapse: gMin = 0.003 S is not below gMax = 0.002 S (allowed: 0 < gMin < gMax)"),
                range("negative noise", n -> synapse(n).setWriteNoise(-0.1),
                        "network 'iris'/node 'xb1'/synapse: writeNoise = -0.1 is out of range (allowed: writeNoise >= 0)"),
                range("levels == 1", n -> synapse(n).setLevels(1),
                        "network 'iris'/node 'xb1'/synapse: levels = 1 is out of range (allowed: levels = 0 for continuous, or levels >= 2)"),
                range("levels < 0", n -> synapse(n).setLevels(-2),
                        "network 'iris'/node 'xb1'/synapse: levels = -2 is out of range (allowed: levels = 0 for continuous, or levels >= 2)"),
                range("delta <= 0", n -> n.getTraining().setDelta(0),
                        "network 'iris'/training: delta = 0.0 is out of range (allowed: delta > 0)"),
                range("epochs <= 0", n -> n.getTraining().setEpochs(0),
                        "network 'iris'/training: epochs = 0 is out of range (allowed: epochs >= 1)"),
                range("batchSize <= 0", n -> n.getTraining().setBatchSize(0),
                        "network 'iris'/training: batchSize = 0 is out of range (allowed: batchSize >= 1)"),
                range("writeNoise infinite", n -> synapse(n).setWriteNoise(Double.POSITIVE_INFINITY),
                        "network 'iris'/node 'xb1'/synapse: writeNoise = Infinity is out of range (allowed: a finite writeNoise >= 0)"),
                range("delta infinite", n -> n.getTraining().setDelta(Double.POSITIVE_INFINITY),
                        "network 'iris'/training: delta = Infinity is out of range (allowed: a finite delta > 0)"),
                range("delta NaN", n -> n.getTraining().setDelta(Double.NaN),
                        "network 'iris'/training: delta = NaN is out of range (allowed: delta > 0)"),
                range("batchSize 10^8 (before allocation)", n -> n.getTraining().setBatchSize(100_000_000),
                        "network 'iris'/training: batchSize = 100000000 is out of range (allowed: batchSize <= 65536; raise the limit with -Dspinflow.maxBatchSize=N)"),
                range("repeatedReads 10^9 (a hang)", n -> n.getTraining().setRepeatedReads(1_000_000_000),
                        "network 'iris'/training: repeatedReads = 1000000000 is out of range (allowed: repeatedReads <= 256; raise the limit with -Dspinflow.maxRepeatedReads=N)"),
                range("driveScale NaN", n -> ((org.spinflow.model.InputLayer) n.getNodes().get(0)).setDriveScale(Double.NaN),
                        "network 'iris'/node 'input': driveScale = NaN is out of range (allowed: a finite number)"),
                range("driveOffset infinite", n -> ((org.spinflow.model.InputLayer) n.getNodes().get(0)).setDriveOffset(Double.POSITIVE_INFINITY),
                        "network 'iris'/node 'input': driveOffset = Infinity is out of range (allowed: a finite number)"),
                range("initScale infinite", n -> ((Crossbar) n.getNodes().get(1)).setInitScale(Double.POSITIVE_INFINITY),
                        "network 'iris'/node 'xb1': initScale = Infinity is out of range (allowed: finite initScale >= 0)"),
                range("learningRate <= 0", n -> n.getTraining().getOptimizer().setLearningRate(-0.1),
                        "network 'iris'/training/optimizer: learningRate = -0.1 is out of range (allowed: learningRate > 0)"),
                range("adam beta2 >= 1", n -> n.getTraining().getOptimizer().setBeta2(1.0),
                        "network 'iris'/training/optimizer: beta2 = 1.0 is out of range (allowed: 0 <= beta2 < 1)"),
                range("momentum >= 1", n -> {
                    n.getTraining().getOptimizer().setKind(OptimizerKind.MOMENTUM);
                    n.getTraining().getOptimizer().setMomentum(1.5);
                }, "network 'iris'/training/optimizer: momentum = 1.5 is out of range (allowed: 0 <= momentum < 1)"),
                range("folds < 2 for kfold", n -> n.getTraining().getSplit().setFolds(1),
                        "network 'iris'/training/split: folds = 1 is out of range (allowed: folds >= 2 for kfold)"),
                range("holdoutFraction outside (0,1)", n -> {
                    SplitSpec s = n.getTraining().getSplit();
                    s.setKind(SplitKind.HOLDOUT);
                    s.setHoldoutFraction(1.0);
                }, "network 'iris'/training/split: holdoutFraction = 1.0 is out of range (allowed: 0 < holdoutFraction < 1)"),
                range("readCurrent beyond 1 mA", n -> ((MtjNeuronArray) n.getNodes().get(2)).setReadCurrent(-2e-3),
                        "network 'iris'/node 'hidden': readCurrent = -0.002 A is out of range (allowed: -0.001 <= readCurrent <= 0.001 A)"),
                range("negative resistance", n -> param(n, "RA", -5),
                        "network 'iris'/preset 'my-mtj'/parameter 'RA': value -5.0 is a negative resistance (allowed: RA > 0)"),
                range("resistance by unit", n -> param(n, "Rlead", -1).setUnit("Ohm"),
                        "network 'iris'/preset 'my-mtj'/parameter 'Rlead': value -1.0 is a negative resistance (allowed: Rlead > 0)"),
                range("TMR <= 0", n -> param(n, "TMR0", 0),
                        "network 'iris'/preset 'my-mtj'/parameter 'TMR0': TMR 0.0 is not positive (allowed: TMR0 > 0)"),
                range("alpha <= 0", n -> param(n, "alpha", -0.01),
                        "network 'iris'/preset 'my-mtj'/parameter 'alpha': value -0.01 is out of range (allowed: alpha > 0)"),
                range("Bk <= 0 on a neuron array", n -> ((MtjNeuronArray) n.getNodes().get(2)).getParameters().get(0).setValue(0),
                        "network 'iris'/node 'hidden'/parameter 'Bk': value 0.0 is out of range (allowed: Bk > 0)"),
                range("negative integration time", n -> ((MtjNeuronArray) n.getNodes().get(2)).getNoise().setIntegrationTime(-1),
                        "network 'iris'/node 'hidden'/noise: integrationTime = -1.0 is out of range (allowed: integrationTime > 0 s)"),
                range("class names vs classes", n -> ((Readout) n.getNodes().get(4)).getClassNames().add("extra"),
                        "network 'iris'/node 'out': has 4 class names but classes = 3 (give no class names or exactly one per class)"));
    }

    private static SynapseSpec synapse(Network n) {
        return ((Crossbar) n.getNodes().get(1)).getSynapse();
    }

    private static Arguments range(String name, Consumer<Network> mutation, String expected) {
        return Arguments.of(name, mutation, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void outOfRangeParameters(String name, Consumer<Network> mutation, String expected) {
        mutation.accept(net);
        assertProblem(expected);
    }
}
