package org.spinflow.model.io;

import java.util.List;
import java.util.Random;

import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.EpochMetrics;
import org.spinflow.model.GradientMode;
import org.spinflow.model.InputLayer;
import org.spinflow.model.LossKind;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Parameter;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.Readout;
import org.spinflow.model.Schedule;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.VariabilitySpec;
import org.spinflow.model.WeightInit;
import org.spinflow.model.codec.ConductanceCodec;

/** Hand-built test models (independent of the NetworkBuilder). */
public final class TestModels {

    static final SpinflowFactory F = SpinflowFactory.eINSTANCE;

    private TestModels() {
    }

    public static Port port(Node n, String name, PortDirection dir, SignalKind signal, int size) {
        Port p = F.createPort();
        p.setName(name);
        p.setDirection(dir);
        p.setSignal(signal);
        p.setSize(size);
        n.getPorts().add(p);
        return p;
    }

    public static Port port(Node n, String name) {
        return n.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
    }

    public static InputLayer input(Network net, String name, int features) {
        InputLayer n = F.createInputLayer();
        n.setName(name);
        n.setFeatures(features);
        port(n, "out", PortDirection.OUT, SignalKind.VOLTAGE, features);
        net.getNodes().add(n);
        return n;
    }

    public static Crossbar crossbar(Network net, String name, int rows, int cols) {
        Crossbar n = F.createCrossbar();
        n.setName(name);
        n.setRows(rows);
        n.setCols(cols);
        port(n, "in", PortDirection.IN, SignalKind.VOLTAGE, rows);
        port(n, "out", PortDirection.OUT, SignalKind.CURRENT, cols);
        net.getNodes().add(n);
        return n;
    }

    public static MtjNeuronArray mtj(Network net, String name, int size) {
        MtjNeuronArray n = F.createMtjNeuronArray();
        n.setName(name);
        n.setSize(size);
        port(n, "in", PortDirection.IN, SignalKind.CURRENT, size);
        port(n, "out", PortDirection.OUT, SignalKind.VOLTAGE, size);
        net.getNodes().add(n);
        return n;
    }

    public static Readout readout(Network net, String name, int classes) {
        Readout n = F.createReadout();
        n.setName(name);
        n.setClasses(classes);
        port(n, "in", PortDirection.IN, SignalKind.CURRENT, classes);
        net.getNodes().add(n);
        return n;
    }

    public static Connection connect(Network net, Node from, Node to) {
        return connect(net, port(from, "out"), port(to, "in"));
    }

    public static Connection connect(Network net, Port from, Port to) {
        Connection c = F.createConnection();
        c.setSource(from);
        c.setTarget(to);
        net.getConnections().add(c);
        return c;
    }

    public static Parameter param(String name, double value, String unit) {
        Parameter p = F.createParameter();
        p.setName(name);
        p.setValue(value);
        p.setUnit(unit);
        return p;
    }

    /** input(4) -> xb1(4x8) -> hidden(8) -> xb2(8x3) -> out(3), with training, a preset and a run; valid. */
    public static Network iris() {
        Network net = F.createNetwork();
        net.setName("iris");
        net.setDescription("Iris classifier with \"quotes\" & <angle brackets> and unicode \u00b5\u03a9");
        InputLayer in = input(net, "input", 4);
        in.setDriveScale(0.2);
        in.setDriveOffset(-0.05);
        Crossbar xb1 = crossbar(net, "xb1", 4, 8);
        xb1.setInit(WeightInit.HE_NORMAL);
        xb1.setInitScale(0.5);
        SynapseSpec s = F.createSynapseSpec();
        s.setGMin(1e-4);
        s.setGMax(2e-3);
        s.setLevels(16);
        s.setReadNoise(0.01);
        xb1.setSynapse(s);
        MtjNeuronArray hidden = mtj(net, "hidden", 8);
        hidden.setPreset("my-mtj");
        hidden.setBiasField(0.0); // explicitly set to a default-like value: must survive the round trip
        hidden.setBiasAngle(45.0);
        hidden.setReadCurrent(2.5e-4);
        hidden.setInputGain(1.0e-5);
        hidden.getParameters().add(param("Bk", 0.03, "T"));
        VariabilitySpec v = F.createVariabilitySpec();
        v.setScale(0.5);
        hidden.setVariability(v);
        NoiseSpec ns = F.createNoiseSpec();
        ns.setEnabled(false);
        hidden.setNoise(ns);
        Crossbar xb2 = crossbar(net, "xb2", 8, 3);
        xb2.setBias(false);
        Readout out = readout(net, "out", 3);
        out.setLoss(LossKind.MSE);
        out.getClassNames().addAll(List.of("setosa", "versicolor", "virginica"));
        connect(net, in, xb1);
        connect(net, xb1, hidden);
        connect(net, hidden, xb2);
        connect(net, xb2, out);

        Random rnd = new Random(7);
        fill(xb1, rnd);
        fill(xb2, rnd);

        DevicePreset preset = F.createDevicePreset();
        preset.setName("my-mtj");
        preset.setBasePreset("mtj-f-default");
        preset.setSource("Doe et al., J. Magn. 2024, table 2");
        preset.getParameters().add(param("RA", 5.0, "Ohm um2"));
        preset.getParameters().add(param("TMR0", 1.5, ""));
        preset.getParameters().add(param("alpha", 0.01, ""));
        Parameter text = F.createParameter();
        text.setName("curve");
        text.setText("curves/rv.csv");
        preset.getParameters().add(text);
        net.getPresets().add(preset);

        TrainingSpec t = F.createTrainingSpec();
        DatasetSpec d = F.createDatasetSpec();
        d.setPath("iris.csv");
        d.setFormat(DataFormat.CSV);
        d.setNormalisation(Normalisation.MINMAX);
        t.setDataset(d);
        SplitSpec split = F.createSplitSpec();
        split.setKind(SplitKind.KFOLD);
        split.setFolds(3);
        t.setSplit(split);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setKind(OptimizerKind.ADAM);
        o.setLearningRate(0.01);
        o.setSchedule(Schedule.COSINE);
        t.setOptimizer(o);
        t.setEpochs(20);
        t.setBatchSize(8);
        t.setGradientMode(GradientMode.ANALOG_FORWARD);
        t.setDelta(0.05);
        t.setSeed(1234567890123L);
        net.setTraining(t);

        TrainingRun run = F.createTrainingRun();
        run.setStarted("2025-01-02T03:04:05Z");
        run.setSeconds(12.5);
        run.setGradientMode(GradientMode.EXACT);
        run.setSeed(42);
        run.setAccuracyMean(0.9533333333333334);
        run.setAccuracyStd(0.012);
        run.setLoss(Double.MIN_VALUE);
        for (int e = 1; e <= 3; e++) {
            EpochMetrics m = F.createEpochMetrics();
            m.setFold(1);
            m.setEpoch(e);
            m.setLoss(1.0 / e);
            m.setTrainAccuracy(0.5 + e / 10.0);
            m.setValidationAccuracy(0.4 + e / 10.0);
            run.getEpochs().add(m);
        }
        run.getProvenance().add(param("java.version", 21, null));
        net.getRuns().add(run);
        return net;
    }

    /** input(784) -> xb1(784x256, bias) -> hidden(256) -> xb2(256x10, bias) -> out(10), conductances random. */
    public static Network mnist(long seed) {
        Network net = F.createNetwork();
        net.setName("mnist");
        InputLayer in = input(net, "input", 784);
        Crossbar xb1 = crossbar(net, "xb1", 784, 256);
        MtjNeuronArray hidden = mtj(net, "hidden", 256);
        Crossbar xb2 = crossbar(net, "xb2", 256, 10);
        Readout out = readout(net, "out", 10);
        connect(net, in, xb1);
        connect(net, xb1, hidden);
        connect(net, hidden, xb2);
        connect(net, xb2, out);
        Random rnd = new Random(seed);
        fill(xb1, rnd);
        fill(xb2, rnd);
        return net;
    }

    static void fill(Crossbar x, Random rnd) {
        int n = ConductanceCodec.physicalRows(x) * x.getCols();
        float[] p = new float[n];
        float[] m = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = 9.4248e-4f + rnd.nextFloat() * 1.4e-3f;
            m[i] = 9.4248e-4f + rnd.nextFloat() * 1.4e-3f;
        }
        ConductanceCodec.setPairs(x, p, m);
    }
}
