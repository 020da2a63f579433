package org.spinflow.interpreter;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.kinds.PortSpec;

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
    /** The crossbars in schedule order, whose commits run in one parallel section, and the first block of each in it. */
    private final org.spinflow.interpreter.nodes.CrossbarExec[] crossbars;
    private final int[] commitFirst;
    private int[] labels;
    private int capacity;
    /** What this plan asked of the hardware (counted between parallel sections, docs/PHYSICS.md H). */
    private final HardwareLedger ledger = new HardwareLedger();
    /** The loaded batch's source (features, sample order, first position), copied slice by slice. */
    private float[] srcX;
    private int[] srcIdx;
    private int srcFrom;
    /**
     * The crossbar whose forward pass runs split by rows between the threads before the slices (see
     * {@link #slices(SliceWork)}), or null; the first row of each part's range ({@code parts + 1} entries, the
     * last {@code rows}); and whether the running pass's features were loaded by the split pass.
     */
    private org.spinflow.interpreter.nodes.CrossbarExec split;
    private int[] splitRows;
    /** Part 0's loader of its columns, tile by tile (see {@link #slices(SliceWork)}); made with {@link #splitRows}. */
    private org.spinflow.interpreter.nodes.CrossbarExec.TileLoader firstPartLoader;
    private boolean inputLoaded;
    /** Smallest crossbar (rows x columns) whose forward pass is split between threads. */
    static final int SPLIT_MIN_WEIGHTS = 8192;

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
        this.crossbars = order.stream().filter(n -> n instanceof org.spinflow.interpreter.nodes.CrossbarExec)
                .map(n -> (org.spinflow.interpreter.nodes.CrossbarExec) n).toArray(org.spinflow.interpreter.nodes.CrossbarExec[]::new);
        this.commitFirst = new int[crossbars.length + 1];
    }

    private static List<NodeKind> loadKinds() {
        List<NodeKind> kinds = new ArrayList<>();
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(Plan.class.getClassLoader());
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null && ctx != loaders.get(0)) {
            loaders.add(ctx);
        }
        for (ClassLoader l : loaders) {
            for (NodeKind k : ServiceLoader.load(NodeKind.class, l)) {
                kinds.add(k);
            }
        }
        return List.copyOf(kinds);
    }

    /** The compiler of a node: its descriptor itself when it compiles, else the registered {@link NodeKind} of its id. */
    static NodeKind compilerOf(Node n) {
        NodeKindDescriptor d = NodeKinds.of(n);
        if (d == null) {
            String id = n instanceof org.spinflow.model.GenericNode g ? g.getKind() : n.eClass().getName();
            throw new InterpreterException("node '" + n.getName() + "' is of kind '" + id
                    + "', which no installed node-kind descriptor declares");
        }
        if (d instanceof NodeKind k) {
            return k;
        }
        for (NodeKind k : KINDS) {
            if (k.kindId().equals(d.id())) {
                return k;
            }
        }
        throw new InterpreterException("no node kind can execute '" + n.getName() + "' (kind '" + d.id() + "')");
    }

    private static String end(Port p) {
        return p.getNode().getName() + "." + p.getName();
    }

    /**
     * Compiles the EMF graph into a schedule (Kahn's algorithm, stable in model order). A node may
     * receive several connections (in connection order) and an output may feed several nodes.
     * Throws {@link InterpreterException} on cycles, shape mismatches (naming both ends) and
     * unknown kinds.
     */
    public static Plan compile(Network network, Path modelDir, RunConfig config, Optimiser optimiser) {
        RunLimits.fromSystemProperties().check(network);
        Map<Node, List<Node>> sources = new IdentityHashMap<>();
        Map<Node, List<Node>> consumers = new IdentityHashMap<>();
        for (Node n : network.getNodes()) {
            consumers.put(n, new ArrayList<>());
            sources.put(n, new ArrayList<>());
        }
        for (Connection c : network.getConnections()) {
            Port s = c.getSource();
            Port t = c.getTarget();
            if (s == null || t == null || s.getNode() == null || t.getNode() == null) {
                throw new InterpreterException("a connection has a missing end");
            }
            if (s.getDirection() != PortDirection.OUT || t.getDirection() != PortDirection.IN) {
                throw new InterpreterException("connection " + end(s) + " -> " + end(t) + " must go from an out port to an in port");
            }
            PortSpec spec = NodeKinds.portSpec(t);
            boolean concatenated = spec != null && spec.shape() == PortSpec.Shape.CONCATENATED;
            int max = spec == null || spec.maxConnections() < 1 ? 1 : spec.maxConnections();
            if (!concatenated && s.getSize() != t.getSize()) {
                throw new InterpreterException("connection " + end(s) + " -> " + end(t) + ": shape " + s.getSize()
                        + " does not match " + t.getSize());
            }
            List<Node> in = sources.get(t.getNode());
            if (in == null) {
                throw new InterpreterException("connection " + end(s) + " -> " + end(t) + " joins a node outside the network");
            }
            in.add(s.getNode());
            long intoPort = network.getConnections().stream().filter(x -> x.getTarget() == t).count();
            if (intoPort > max) {
                throw new InterpreterException("port " + end(t) + " has " + intoPort + " incoming connections but accepts at most "
                        + max);
            }
            consumers.get(s.getNode()).add(t.getNode());
        }
        Map<Node, Integer> indeg = new IdentityHashMap<>();
        Deque<Node> ready = new ArrayDeque<>();
        for (Node n : network.getNodes()) {
            int d = sources.get(n).size();
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
            java.util.Set<Node> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            done.addAll(sorted);
            List<String> left = network.getNodes().stream().filter(n -> !done.contains(n)).map(Node::getName).toList();
            throw new InterpreterException("network has a cycle through node(s) " + String.join(", ", left)
                    + " (connections must form a directed acyclic graph)");
        }
        CompileContext ctx = new CompileContext(network, modelDir, config);
        Map<Node, ExecNode> compiled = new IdentityHashMap<>();
        List<ExecNode> order = new ArrayList<>();
        for (Node n : sorted) {
            NodeKind kind = compilerOf(n);
            List<ExecNode> in = new ArrayList<>();
            for (Node src : sources.get(n)) {
                in.add(compiled.get(src));
            }
            ExecNode e = kind.compile(n, List.copyOf(in), ctx);
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
        chooseSplit();
    }

    /**
     * With two or more threads, the first crossbar, when it reads the input layer and has at least
     * {@link #SPLIT_MIN_WEIGHTS} weights, computes its forward pass split by rows ({@link #slices(SliceWork)}).
     * Part k takes the rows whose commit blocks thread k takes first in {@link #commit} (its own share of
     * the blocks, as {@link Parallel#forEachAffine} cuts them), so each thread reads in the forward pass the
     * weight rows it wrote in the last commit, from its own cache, instead of both threads reading all of
     * them. A split never changes a result (each sum still receives its terms in ascending order).
     */
    private void chooseSplit() {
        split = null;
        splitRows = null;
        firstPartLoader = null;
        if (parallel.threads() < 2 || crossbars.length == 0) {
            return;
        }
        final org.spinflow.interpreter.nodes.CrossbarExec c = crossbars[0];
        if (c.input() != input || (long) c.rows() * c.cols() < SPLIT_MIN_WEIGHTS) {
            return;
        }
        int total = 0;
        for (org.spinflow.interpreter.nodes.CrossbarExec x : crossbars) {
            total += x.commitBlockCount();
        }
        final int parts = Math.min(parallel.threads(), total);
        if (parts < 2) {
            return;
        }
        final int own = c.commitBlockCount();
        final int[] r = new int[parts + 1];
        for (int k = 0; k < parts; k++) {
            final int firstBlock = (int) ((long) total * k / parts);
            r[k] = Math.min(c.rows(), Math.min(firstBlock, own) * c.commitRowBlock());
        }
        r[parts] = c.rows();
        split = c;
        splitRows = r;
        firstPartLoader = (b0, b1) -> loadFeatures(b0, b1, r[0], r[1]);
    }

    /** Whether this plan splits its first crossbar's forward pass between threads (tests and bench tools). */
    public boolean splitsForward() {
        return split != null;
    }

    /** A slice's work; false when the thread should take no further slice (once one answers false, every later one does). */
    @FunctionalInterface
    private interface SliceWork {
        boolean run(int slice);
    }

    /**
     * Runs {@code work} on every slice of the loaded batch (in ascending order as threads come free, until one answers
     * false): after the split forward pass when this plan has one, in the same parallel section, else as its own
     * section ({@link Parallel#forEachAffine}).
     *
     * <p>With a split, part k of the first crossbar's forward pass loads its columns of every sample's features and
     * adds its rows' terms ({@link org.spinflow.interpreter.nodes.CrossbarExec#forwardPart}); part 0 loads its columns
     * tile by tile, just before adding each tile, and the other parts load all of theirs first, so part 1 starts adding
     * as soon as its own inputs are in (in-JVM A/B, 784-100-10 exact, 2 threads: steps 2-5 % shorter;
     * docs/PERFORMANCE.md). A thread that has finished its part goes on to the slices at once: it takes the next
     * slice and waits only until the last part has written that slice's sums, instead of waiting at the end of a
     * section for the last part's last tile (part 0 finishes a tile ahead of part 1). A thread that would wait for a
     * part no thread has taken yet (its worker is late) runs that part itself; so does the caller when it runs the
     * chunk of a worker shut out of the section. Which thread runs a part or a slice never changes what it computes.
     * Against a section for the parts and another for the slices (session 16, {@code BuildsAB} both orders, 40 rounds
     * of 200 steps, 784-100-10 at 2 threads, load 0.9-1.2): exact steps 6 % shorter (ratios 0.940 and 1 / 1.059),
     * analog-central unchanged (1.010 and 1 / 1.018).
     */
    private void slices(SliceWork work) {
        final int n = slices();
        if (split == null || step.batch == 0) {
            parallel.forEachAffine(n, 1_000_000, (s0, s1, w) -> {
                for (int sl = s0; sl < s1; sl++) {
                    if (!work.run(sl)) {
                        return;
                    }
                }
            });
            return;
        }
        final org.spinflow.interpreter.nodes.CrossbarExec c = split;
        final int parts = splitRows.length - 1;
        final int batch = step.batch;
        final java.util.concurrent.atomic.AtomicIntegerArray claims = new java.util.concurrent.atomic.AtomicIntegerArray(parts);
        final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        c.beginSplitForward(parts);
        inputLoaded = true;
        try {
            parallel.forRange(parts, 1_000_000, (k0, k1, w) -> {
                for (int k = k0; k < k1; k++) {
                    runPartIfUntaken(claims, k);
                }
                // a slice that answers false has made every later one answer false too (the caller's stop flag)
                for (int sl = next.getAndIncrement(); sl < n; sl = next.getAndIncrement()) {
                    awaitSums(claims, Math.min(batch, (sl + 1) * Step.SLICE));
                    if (!work.run(sl)) {
                        return;
                    }
                }
            });
        } finally {
            c.endSplitForward();
            inputLoaded = false;
        }
    }

    /** Runs part k of the split forward pass unless a thread has taken it already. */
    private void runPartIfUntaken(java.util.concurrent.atomic.AtomicIntegerArray claims, int k) {
        if (claims.compareAndSet(k, 0, 1)) {
            forwardPart(k);
        }
    }

    /**
     * Waits until the last part of the split forward pass has written the sums of samples [0, to), running any part
     * no thread has taken yet instead of waiting for it; spins, and yields its core after about 4,000 checks.
     */
    private void awaitSums(java.util.concurrent.atomic.AtomicIntegerArray claims, int to) {
        for (int spins = 0; !split.splitSumsReady(to); spins++) {
            int free = 0;
            while (free < claims.length() && claims.get(free) != 0) {
                free++;
            }
            if (free < claims.length()) {
                runPartIfUntaken(claims, free);
            } else if (spins < 4096) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** Part k of the split forward pass of the loaded batch (see {@link #slices(SliceWork)}). */
    private void forwardPart(int k) {
        final int[] r = splitRows;
        final int parts = r.length - 1;
        if (k == 0) { // tile by tile, so that part 1 (loading all of its inputs meanwhile) need not wait for the first
            split.forwardPart(k, parts, r[k], r[k + 1], input.output(), step.batch, firstPartLoader);
        } else {
            loadFeatures(0, step.batch, r[k], r[k + 1]);
            split.forwardPart(k, parts, r[k], r[k + 1], input.output(), step.batch, null);
        }
    }

    /** Copies features [c0, c1) of the loaded samples [from, to) of the batch into the input buffer. */
    private void loadFeatures(int from, int to, int c0, int c1) {
        if (srcX == null || c1 <= c0) {
            return;
        }
        final int d = input.outputSize();
        final float[] dst = input.output();
        for (int k = from; k < to; k++) {
            System.arraycopy(srcX, srcIdx[srcFrom + k] * d + c0, dst, k * d + c0, c1 - c0);
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

    /** Device reads, writes, energy and time this plan has used so far. */
    public HardwareLedger ledger() {
        return ledger;
    }

    public ReadoutExec readout() {
        return readout;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Loads samples idx[from..to) of {@code x} (n x d, already normalised) and their labels as the
     * batch: the labels at once, the features by the next forward pass, each slice copying its own
     * samples into the input buffer (so that the copy runs on all threads, not before them); {@code x}
     * and {@code idx} must not change until then.
     */
    public void load(float[] x, int d, int[] y, int[] idx, int from, int to) {
        if (d != input.outputSize()) {
            throw new InterpreterException("data has " + d + " features per sample but input layer '" + input.name()
                    + "' expects " + input.outputSize());
        }
        int b = to - from;
        for (int k = 0; k < b; k++) {
            labels[k] = y[idx[from + k]];
        }
        srcX = x;
        srcIdx = idx;
        srcFrom = from;
        input.source(x, idx, from);
        step.batch = b;
    }

    public int[] labels() {
        return labels;
    }

    /**
     * Slices of the loaded batch: the work items of the passes. Without a split forward pass they are handed out
     * by {@link Parallel#forEachAffine} (thread k starts on the k-th share of the slices and takes the others' leftovers from their ends), so
     * an undisturbed thread runs the same slices every step and finds their scratch (per-slice accumulators,
     * device-read buffers) in its own cache. Analog-central 784-256-10, 2 threads, against claiming slices
     * in turn ({@code forEach}), alternated in one JVM: the caller waited 101 instead of 201 us per step for
     * the worker, 23,380 instead of 20,939 samples/s (load 1.9-2.2); exact unchanged (39,425 / 38,732). With a
     * split, the threads take them in ascending order as they come free from their parts ({@link #slices(SliceWork)}).
     */
    private int slices() {
        return (step.batch + Step.SLICE - 1) / Step.SLICE;
    }

    /** Forward pass of the loaded batch and its loss/accuracy; keyed by {@code counter} for device noise. */
    public void forward(long counter) {
        step.counter = counter;
        step.training = false;
        atStep();
        slices(sl -> {
            forwardSlice(sl);
            return true;
        });
        ledger.forward(this, step.batch, false);
    }

    /** Perturbation and backward passes of the loaded batch (after {@link #forward}); accumulates gradients. */
    public void gradients() {
        parallel.forEachAffine(slices(), 1_000_000, (s0, s1, w) -> {
            for (int sl = s0; sl < s1; sl++) {
                gradientSlice(sl);
            }
        });
        ledger.gradients(this, step.batch, true);
    }

    /** Forward, perturbation and backward passes of the loaded batch in one parallel section. */
    public void trainStep(long counter) {
        trainStep(counter, () -> false);
    }

    /**
     * {@link #trainStep(long)} that polls {@code stop} before every slice (from the worker threads)
     * and abandons the batch when it answers true. Returns false when the batch was abandoned: its
     * gradients are then incomplete and must not be committed; learned state is unchanged.
     */
    public boolean trainStep(long counter, java.util.function.BooleanSupplier stop) {
        step.counter = counter;
        step.training = true;
        atStep();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        slices(sl -> {
            if (stopped.get() || stop.getAsBoolean()) {
                stopped.set(true);
                return false;
            }
            forwardSlice(sl);
            gradientSlice(sl);
            return true;
        });
        if (stopped.get()) {
            return false; // an abandoned batch is not counted by the hardware ledger
        }
        ledger.forward(this, step.batch, true);
        ledger.gradients(this, step.batch, true);
        return true;
    }

    /** Tells time-dependent nodes (device drift) the step of the coming passes. */
    private void atStep() {
        for (ExecNode n : order) {
            if (n instanceof org.spinflow.interpreter.nodes.MtjExec m) {
                m.atStep(step.optimiserStep);
            }
        }
    }

    private void forwardSlice(int sl) {
        int from = sl * Step.SLICE;
        int to = Math.min(step.batch, from + Step.SLICE);
        if (!inputLoaded) { // else the split forward pass loaded the whole batch
            loadFeatures(from, to, 0, input.outputSize());
        }
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

    /**
     * Applies accumulated gradients (the only place learned state changes). The crossbars' row blocks
     * all go into one parallel section (one barrier instead of one per crossbar; a thread that has
     * finished one crossbar's blocks takes another's): each block is computed the same way whichever
     * thread takes it and in whichever order, so the results do not depend on this.
     */
    public void commit(double learningRate) {
        step.learningRate = learningRate;
        step.optimiserStep++;
        for (ExecNode n : order) {
            if (!(n instanceof org.spinflow.interpreter.nodes.CrossbarExec)) {
                n.commit(step);
            }
        }
        final int c = crossbars.length;
        final int[] first = commitFirst;
        long cost = 0;
        for (int i = 0; i < c; i++) {
            first[i + 1] = first[i] + crossbars[i].commitBlocks(step);
            cost += crossbars[i].commitBlockCost() * (first[i + 1] - first[i]);
        }
        final int blocks = first[c];
        if (blocks > 0) {
            parallel.forEachAffine(blocks, cost / blocks, (k0, k1, worker) -> {
                int i = 0;
                for (int k = k0; k < k1; k++) {
                    while (k >= first[i + 1]) {
                        i++;
                    }
                    crossbars[i].commitBlock(step, k - first[i], worker);
                }
            });
        }
        for (org.spinflow.interpreter.nodes.CrossbarExec x : crossbars) {
            x.commitDone();
        }
        ledger.commit(this);
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

    /**
     * The state the devices of each MTJ array carry between passes (hysteresis, model B's telegraph
     * state), by node name, for a checkpoint; arrays whose devices carry none are left out.
     */
    public Map<String, byte[]> deviceState() {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        for (ExecNode n : order) {
            if (n instanceof org.spinflow.interpreter.nodes.MtjExec mtj) {
                byte[] b = mtj.deviceState();
                if (b != null) {
                    m.put(n.name(), b);
                }
            }
        }
        return m;
    }

    /**
     * Starts this plan's hardware ledger from the totals a checkpoint kept (a resumed job); the
     * calibration reads of this plan's compilation are already in them and are not counted again.
     */
    public void restoreLedger(HardwareLedger.Report totals) {
        for (ExecNode n : order) {
            if (n instanceof org.spinflow.interpreter.nodes.MtjExec m) {
                m.takeCalibrationReads();
            }
        }
        ledger.add(totals);
    }

    /** Puts back a {@link #deviceState}; every array whose devices carry a state must be in it. */
    public void restoreDeviceState(Map<String, byte[]> state) {
        for (ExecNode n : order) {
            if (n instanceof org.spinflow.interpreter.nodes.MtjExec mtj) {
                byte[] b = state.get(n.name());
                if (b != null) {
                    mtj.restoreDeviceState(b);
                } else if (mtj.deviceState() != null) {
                    throw new InterpreterException("node '" + n.name() + "': the checkpoint has no state for its devices");
                }
            }
        }
    }

    @Override
    public void close() {
        parallel.close();
    }
}
