package org.spinflow.model.build;

import java.util.List;

import org.spinflow.model.ActivationFunction;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
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
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.Readout;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.VariabilitySpec;

/**
 * Builds well-formed networks: every node gets its {@code in}/{@code out} ports with the right
 * shapes and signal kinds, and {@link #chain} connects a feed-forward stack. Used by examples,
 * tests, templates and the editor's palette.
 */
public final class NetworkBuilder {

    public static final String IN = "in";
    public static final String OUT = "out";

    private static final SpinflowFactory F = SpinflowFactory.eINSTANCE;

    private final Network network;

    public NetworkBuilder(String name) {
        network = F.createNetwork();
        network.setName(name);
    }

    public Network network() {
        return network;
    }

    public static Port port(String name, PortDirection dir, SignalKind signal, int size) {
        Port p = F.createPort();
        p.setName(name);
        p.setDirection(dir);
        p.setSignal(signal);
        p.setSize(size);
        return p;
    }

    /** Input port of a node ({@code in}), or null. */
    public static Port in(Node node) {
        return find(node, IN);
    }

    /** Output port of a node ({@code out}), or null. */
    public static Port out(Node node) {
        return find(node, OUT);
    }

    private static Port find(Node node, String name) {
        for (Port p : node.getPorts()) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        return null;
    }

    public static InputLayer newInput(String name, int features) {
        InputLayer n = F.createInputLayer();
        n.setName(name);
        n.setFeatures(features);
        n.getPorts().add(port(OUT, PortDirection.OUT, SignalKind.VOLTAGE, features));
        return n;
    }

    public static Crossbar newCrossbar(String name, int rows, int cols) {
        Crossbar n = F.createCrossbar();
        n.setName(name);
        n.setRows(rows);
        n.setCols(cols);
        SynapseSpec s = F.createSynapseSpec();
        n.setSynapse(s);
        n.getPorts().add(port(IN, PortDirection.IN, SignalKind.VOLTAGE, rows));
        n.getPorts().add(port(OUT, PortDirection.OUT, SignalKind.CURRENT, cols));
        return n;
    }

    public static MtjNeuronArray newMtj(String name, int size, String preset) {
        MtjNeuronArray n = F.createMtjNeuronArray();
        n.setName(name);
        n.setSize(size);
        n.setPreset(preset);
        VariabilitySpec v = F.createVariabilitySpec();
        n.setVariability(v);
        NoiseSpec ns = F.createNoiseSpec();
        n.setNoise(ns);
        n.getPorts().add(port(IN, PortDirection.IN, SignalKind.CURRENT, size));
        n.getPorts().add(port(OUT, PortDirection.OUT, SignalKind.VOLTAGE, size));
        return n;
    }

    public static ActivationLayer newActivation(String name, int size, ActivationFunction f) {
        ActivationLayer n = F.createActivationLayer();
        n.setName(name);
        n.setSize(size);
        n.setFunction(f);
        n.getPorts().add(port(IN, PortDirection.IN, SignalKind.CURRENT, size));
        n.getPorts().add(port(OUT, PortDirection.OUT, SignalKind.VOLTAGE, size));
        return n;
    }

    public static Readout newReadout(String name, int classes, List<String> classNames) {
        Readout n = F.createReadout();
        n.setName(name);
        n.setClasses(classes);
        n.setLoss(LossKind.SOFTMAX_CROSS_ENTROPY);
        if (classNames != null) {
            n.getClassNames().addAll(classNames);
        }
        n.getPorts().add(port(IN, PortDirection.IN, SignalKind.CURRENT, classes));
        return n;
    }

    public <T extends Node> T add(T node) {
        network.getNodes().add(node);
        return node;
    }

    public Connection connect(Node from, Node to) {
        return connect(out(from), in(to));
    }

    public Connection connect(Port from, Port to) {
        Connection c = F.createConnection();
        c.setSource(from);
        c.setTarget(to);
        network.getConnections().add(c);
        return c;
    }

    /** Adds the nodes (if not yet added) and connects each to the next. */
    public NetworkBuilder chain(Node... nodes) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].eContainer() == null) {
                add(nodes[i]);
            }
            if (i > 0) {
                connect(nodes[i - 1], nodes[i]);
            }
        }
        return this;
    }

    /**
     * A classifier MLP: input -> (crossbar -> hidden)* -> crossbar -> readout. Hidden layers are
     * MTJ arrays of {@code preset}, or tanh activation layers when {@code preset} is "tanh-ideal".
     */
    public static Network mlp(String name, int inputs, int[] hidden, int classes, String preset, List<String> classNames) {
        NetworkBuilder b = new NetworkBuilder(name);
        Node prev = b.add(newInput("input", inputs));
        int width = inputs;
        for (int l = 0; l < hidden.length; l++) {
            Crossbar x = b.add(newCrossbar("crossbar" + (l + 1), width, hidden[l]));
            Node h = preset == null
                    ? b.add(newActivation("hidden" + (l + 1), hidden[l], ActivationFunction.TANH))
                    : b.add(newMtj("hidden" + (l + 1), hidden[l], preset));
            b.chain(prev, x, h);
            prev = h;
            width = hidden[l];
        }
        Crossbar last = b.add(newCrossbar("crossbar" + (hidden.length + 1), width, classes));
        Readout r = b.add(newReadout("readout", classes, classNames));
        b.chain(prev, last, r);
        return b.network();
    }

    /** Sets a training spec with the given data set and defaults elsewhere; returns it for further tuning. */
    public static TrainingSpec training(Network n, String dataPath, DataFormat format, Normalisation norm) {
        TrainingSpec t = F.createTrainingSpec();
        DatasetSpec d = F.createDatasetSpec();
        d.setPath(dataPath);
        d.setFormat(format);
        d.setNormalisation(norm);
        t.setDataset(d);
        SplitSpec s = F.createSplitSpec();
        s.setKind(format == DataFormat.IDX ? SplitKind.TEST_FILES : SplitKind.KFOLD);
        t.setSplit(s);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setKind(OptimizerKind.MOMENTUM);
        t.setOptimizer(o);
        t.setGradientMode(GradientMode.ANALOG_CENTRAL);
        n.setTraining(t);
        return t;
    }
}
