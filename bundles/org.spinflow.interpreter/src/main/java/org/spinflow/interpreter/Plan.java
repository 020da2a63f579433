package org.spinflow.interpreter;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.spinflow.interpreter.kernel.Parallel;
import org.spinflow.interpreter.nodes.InputExec;
import org.spinflow.interpreter.nodes.ReadoutExec;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;

/**
 * A compiled network: a topological schedule of {@link ExecNode}s with flat buffers. The
 * schedule of the forward pass is the node order; the perturbation pass runs in the same order
 * and the backward pass in reverse.
 */
public final class Plan implements AutoCloseable {
    private static final List<NodeKind> KINDS = loadKinds();

    private final List<ExecNode> order;
    private final InputExec input;
    private final ReadoutExec readout;
    private final RunConfig config;
    private final Parallel parallel;
    private final Step step;
    private int[] labels;
    private int capacity;

    private Plan(List<ExecNode> order, RunConfig config, Optimiser optimiser) {
        this.order = order;
        this.config = config;
        InputExec in = null;
        ReadoutExec out = null;
        for (ExecNode n : order) {
            if (n instanceof InputExec i) {
                if (in != null) {
                    throw new InterpreterException("network has more than one input layer ('" + in.name() + "', '" + i.name() + "')");
                }
                in = i;
            }
            if (n instanceof ReadoutExec r) {
                if (out != null) {
                    throw new InterpreterException("network has more than one readout ('" + out.name() + "', '" + r.name() + "')");
                }
                out = r;
            }
        }
        if (in == null) {
            throw new InterpreterException("network has no input layer");
        }
        if (out == null) {
            throw new InterpreterException("network has no readout");
        }
        this.input = in;
        this.readout = out;
        this.parallel = new Parallel(config.threads());
        this.step = new Step(optimiser, parallel, config);
    }

    private static List<NodeKind> loadKinds() {
        List<NodeKind> kinds = new ArrayList<>();
        for (NodeKind k : ServiceLoader.load(NodeKind.class, Plan.class.getClassLoader())) {
            kinds.add(k);
        }
        return List.copyOf(kinds);
    }

    /** Compiles the EMF graph into a schedule. Throws {@link InterpreterException} on cycles or unknown nodes. */
    public static Plan compile(Network network, Path modelDir, RunConfig config, Optimiser optimiser) {
        RunLimits.fromSystemProperties().check(network);
        Map<Node, Node> source = new IdentityHashMap<>();
        Map<Node, List<Node>> consumers = new IdentityHashMap<>();
        for (Node n : network.getNodes()) {
            consumers.put(n, new ArrayList<>());
        }
        for (Connection c : network.getConnections()) {
            Port s = c.getSource();
            Port t = c.getTarget();
            if (s == null || t == null || s.getNode() == null || t.getNode() == null) {
                throw new InterpreterException("a connection has a missing end");
            }
            if (s.getDirection() != PortDirection.OUT || t.getDirection() != PortDirection.IN) {
                throw new InterpreterException("connection " + s.getNode().getName() + "." + s.getName() + " -> "
                        + t.getNode().getName() + "." + t.getName() + " must go from an out port to an in port");
            }
            if (source.put(t.getNode(), s.getNode()) != null) {
                throw new InterpreterException("node '" + t.getNode().getName() + "' has more than one input connection");
            }
            if (s.getSize() != t.getSize()) {
                throw new InterpreterException("connection " + s.getNode().getName() + " -> " + t.getNode().getName()
                        + ": shape " + s.getSize() + " does not match " + t.getSize());
            }
            consumers.get(s.getNode()).add(t.getNode());
        }
        // Kahn's algorithm, stable in model order
        Map<Node, Integer> indeg = new HashMap<>();
        Deque<Node> ready = new ArrayDeque<>();
        for (Node n : network.getNodes()) {
            int d = source.containsKey(n) ? 1 : 0;
            indeg.put(n, d);
            if (d == 0) {
                ready.add(n);
            }
        }
        List<Node> sorted = new ArrayList<>();
        while (!ready.isEmpty()) {
            Node n = ready.removeFirst();
            sorted.add(n);
            for (Node m : consumers.get(n)) {
                if (indeg.merge(m, -1, Integer::sum) == 0) {
                    ready.add(m);
                }
            }
        }
        if (sorted.size() != network.getNodes().size()) {
            throw new InterpreterException("network has a cycle through node '" + network.getNodes().stream()
                    .filter(n -> !sorted.contains(n)).findFirst().map(Node::getName).orElse("?") + "'");
        }
        CompileContext ctx = new CompileContext(network, modelDir, config);
        Map<Node, ExecNode> compiled = new IdentityHashMap<>();
        List<ExecNode> order = new ArrayList<>();
        for (Node n : sorted) {
            NodeKind kind = KINDS.stream().filter(k -> k.handles(n)).findFirst()
                    .orElseThrow(() -> new InterpreterException("no node kind can execute '" + n.getName() + "' ("
                            + n.eClass().getName() + ")"));
            Node src = source.get(n);
            ExecNode in = src == null ? null : compiled.get(src);
            ExecNode e = kind.compile(n, in, ctx);
            compiled.put(n, e);
            order.add(e);
        }
        return new Plan(order, config, optimiser);
    }

    /** Allocates buffers for batches of up to {@code capacity} samples and initialises every node. */
    public void initialise(int capacity, long foldSeed) {
        this.capacity = capacity;
        this.labels = new int[capacity];
        RunContext ctx = new RunContext(config, capacity, parallel, foldSeed);
        for (ExecNode n : order) {
            n.initialise(ctx);
        }
    }

    public List<ExecNode> nodes() {
        return order;
    }

    public RunConfig config() {
        return config;
    }

    public Step step() {
        return step;
    }

    public ReadoutExec readout() {
        return readout;
    }

    public int capacity() {
        return capacity;
    }

    /** Copies samples idx[from..to) of {@code x} (n x d, already normalised) and their labels into the input buffers. */
    public void load(float[] x, int d, int[] y, int[] idx, int from, int to) {
        if (d != input.outputSize()) {
            throw new InterpreterException("data has " + d + " features per sample but input layer '" + input.name()
                    + "' expects " + input.outputSize());
        }
        int b = to - from;
        float[] dst = input.output();
        for (int k = 0; k < b; k++) {
            int s = idx[from + k];
            System.arraycopy(x, s * d, dst, k * d, d);
            labels[k] = y[s];
        }
        step.batch = b;
    }

    public int[] labels() {
        return labels;
    }

    private int slices() {
        return (step.batch + Step.SLICE - 1) / Step.SLICE;
    }

    /** Forward pass of the loaded batch and its loss/accuracy; keyed by {@code counter} for device noise. */
    public void forward(long counter) {
        step.counter = counter;
        parallel.forEach(slices(), 1_000_000, (s0, s1, w) -> {
            for (int sl = s0; sl < s1; sl++) {
                forwardSlice(sl);
            }
        });
    }

    /** Perturbation and backward passes of the loaded batch (after {@link #forward}); accumulates gradients. */
    public void gradients() {
        parallel.forEach(slices(), 1_000_000, (s0, s1, w) -> {
            for (int sl = s0; sl < s1; sl++) {
                gradientSlice(sl);
            }
        });
    }

    /** Forward, perturbation and backward passes of the loaded batch in one parallel section. */
    public void trainStep(long counter) {
        step.counter = counter;
        parallel.forEach(slices(), 1_000_000, (s0, s1, w) -> {
            for (int sl = s0; sl < s1; sl++) {
                forwardSlice(sl);
                gradientSlice(sl);
            }
        });
    }

    private void forwardSlice(int sl) {
        int from = sl * Step.SLICE;
        int to = Math.min(step.batch, from + Step.SLICE);
        for (ExecNode n : order) {
            n.forward(step, from, to);
        }
        readout.evaluate(step, labels, from, to, sl);
    }

    private void gradientSlice(int sl) {
        int from = sl * Step.SLICE;
        int to = Math.min(step.batch, from + Step.SLICE);
        for (ExecNode n : order) {
            if (n.requiresGrad()) {
                java.util.Arrays.fill(n.gradOutput(), from * n.outputSize(), to * n.outputSize(), 0f);
            }
        }
        readout.lossGradient(step, labels, from, to);
        for (ExecNode n : order) {
            n.perturb(step, from, to);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backward(step, from, to, sl);
        }
    }

    /** Loss summed over the loaded batch (after a forward pass). */
    public double lossSum() {
        return readout.lossSum(slices());
    }

    /** Correctly classified samples of the loaded batch (after a forward pass). */
    public int correct() {
        return readout.correct(slices());
    }

    /** Applies accumulated gradients (the only place learned state changes). */
    public void commit(double learningRate) {
        step.learningRate = learningRate;
        step.optimiserStep++;
        for (ExecNode n : order) {
            n.commit(step);
        }
    }

    public void wrapUp(WrapUp sink) {
        for (ExecNode n : order) {
            n.wrapUp(sink);
        }
    }

    /** Learned state of all nodes (copies). */
    public Map<String, float[][]> state() {
        Map<String, float[][]> m = new java.util.LinkedHashMap<>();
        for (ExecNode n : order) {
            float[][] s = n.state();
            if (s.length > 0) {
                m.put(n.name(), s);
            }
        }
        return m;
    }

    public void restore(Map<String, float[][]> state) {
        for (ExecNode n : order) {
            float[][] s = state.get(n.name());
            if (s != null) {
                n.restore(s);
            }
        }
    }

    @Override
    public void close() {
        parallel.close();
    }
}
