package org.spinflow.model.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Conductances;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.InputLayer;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.NeuronArray;
import org.spinflow.model.Node;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Parameter;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.Readout;
import org.spinflow.model.Schedule;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.VariabilitySpec;
import org.spinflow.model.codec.ConductanceCodec;

/**
 * The EMF validator of the Spinflow package; usable headless through
 * {@link org.eclipse.emf.ecore.util.Diagnostician}. Each diagnostic's message reads
 * {@code element path: what is wrong (what is allowed)}; its data holds the element, the
 * {@link Check} and the message without the path.
 * <p>
 * Context key {@link #MODEL_FILE} (a {@link Path}) gives the model file, against whose folder the
 * data set path is resolved; without it the resource's file URI is used, and relative data set
 * paths are not checked when neither is known.
 */
public class SpinflowValidator implements EValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.spinflow.model";
    /** Context key: the model file ({@link Path}). */
    public static final String MODEL_FILE = "org.spinflow.model.validation.modelFile";
    public static final SpinflowValidator INSTANCE = new SpinflowValidator();

    /** Largest allowed |read current| of an MTJ neuron (A). */
    public static final double MAX_READ_CURRENT = 1e-3;

    /** The checks, also used as diagnostic codes (ordinal). */
    public enum Check {
        MISSING_NAME, DUPLICATE_NAME, SHAPE_MISMATCH, PORT_SIZE, DIRECTION, SIGNAL_KIND, UNCONNECTED_PORT, MULTIPLE_INPUTS,
        DANGLING_CONNECTION, CYCLE, MISSING_NODE_KIND, NO_UPSTREAM_INPUT, DATASET, RANGE, DEVICE_PARAMETER, CONDUCTANCES,
        /** A warning: an MTJ array without a noise or variability element (its reads are then ideal). */
        IDEAL_DEVICE
    }

    static final List<String> IDX_TRAIN = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte");
    static final List<String> IDX_TEST = List.of("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private static final Set<String> RESISTANCES = Set.of("ra", "rp", "rap", "r_p", "r_ap", "r0", "rmin", "rmax", "rref",
            "r_ref", "rlow", "rhigh");
    private static final Set<String> TMRS = Set.of("tmr", "tmr0");
    private static final Set<String> POSITIVE = Set.of("bk", "hk", "alpha", "ms", "vh", "v_h", "temperature", "t", "volume",
            "area", "thickness", "tau0", "delta", "gamma", "kappa");

    /** Registers this validator for the Spinflow package in the global registry (idempotent). */
    public static void register() {
        EValidator.Registry.INSTANCE.put(SpinflowPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report r = new Report(diagnostics);
        if (o instanceof Network n) {
            checkNetwork(n, r);
        } else if (o instanceof Node n) {
            checkNode(n, r);
        } else if (o instanceof Port p) {
            checkPort(p, r);
        } else if (o instanceof DevicePreset d) {
            checkNamed(d, d.getName(), "preset", r);
        } else if (o instanceof Parameter p) {
            checkParameter(p, r);
        } else if (o instanceof SynapseSpec s) {
            checkSynapse(s, r);
        } else if (o instanceof Conductances c) {
            checkConductances(c, r);
        } else if (o instanceof VariabilitySpec v) {
            if (!(v.getScale() >= 0)) {
                r.range(v, "scale", v.getScale(), "scale >= 0");
            }
        } else if (o instanceof NoiseSpec ns) {
            if (!(ns.getIntegrationTime() > 0)) {
                r.range(ns, "integrationTime", ns.getIntegrationTime(), "integrationTime > 0 s");
            }
        } else if (o instanceof TrainingSpec t) {
            checkTraining(t, r);
        } else if (o instanceof DatasetSpec d) {
            checkDataset(d, modelFile(d, context), r);
        } else if (o instanceof SplitSpec s) {
            checkSplit(s, r);
        } else if (o instanceof OptimizerSpec op) {
            checkOptimizer(op, r);
        }
        return r.ok;
    }

    // ------------------------------------------------------------------------------------- network

    private void checkNetwork(Network net, Report r) {
        checkNamed(net, net.getName(), "network", r);
        if (net.getNodes().stream().noneMatch(InputLayer.class::isInstance)) {
            r.error(net, Check.MISSING_NODE_KIND, "has no InputLayer (a network needs at least one InputLayer and one Readout)");
        }
        if (net.getNodes().stream().noneMatch(Readout.class::isInstance)) {
            r.error(net, Check.MISSING_NODE_KIND, "has no Readout (a network needs at least one InputLayer and one Readout)");
        }
        // duplicate names
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : net.getNodes()) {
            if (n.getName() != null && !n.getName().isEmpty() && seen.merge(n.getName(), 1, Integer::sum) == 2) {
                long count = net.getNodes().stream().filter(m -> n.getName().equals(m.getName())).count();
                r.error(n, Check.DUPLICATE_NAME, "node name '" + n.getName() + "' is used by " + count
                        + " nodes (node names must be unique within a network)");
            }
        }
        Set<String> presetNames = new HashSet<>();
        for (DevicePreset d : net.getPresets()) {
            if (d.getName() != null && !presetNames.add(d.getName())) {
                r.error(d, Check.DUPLICATE_NAME, "preset name '" + d.getName() + "' is used more than once (preset names must be unique)");
            }
        }
        // connections
        Set<Node> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(net.getNodes());
        Map<Port, List<Connection>> incoming = new IdentityHashMap<>();
        Set<Port> connected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, Set<Node>> succ = new IdentityHashMap<>();
        Map<Node, Set<Node>> pred = new IdentityHashMap<>();
        for (Connection c : net.getConnections()) {
            Port s = c.getSource();
            Port t = c.getTarget();
            boolean sOk = endpointOk(c, s, "source", members, r);
            boolean tOk = endpointOk(c, t, "target", members, r);
            if (sOk) {
                connected.add(s);
                if (s.getDirection() != PortDirection.OUT) {
                    r.error(c, Check.DIRECTION, "source '" + ElementPaths.portLabel(s) + "' is an " + s.getDirection().getName()
                            + " port (a connection must go from an OUT port to an IN port)");
                }
            }
            if (tOk) {
                connected.add(t);
                incoming.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
                if (t.getDirection() != PortDirection.IN) {
                    r.error(c, Check.DIRECTION, "target '" + ElementPaths.portLabel(t) + "' is an " + t.getDirection().getName()
                            + " port (a connection must go from an OUT port to an IN port)");
                }
            }
            if (sOk && tOk) {
                org.spinflow.model.kinds.PortSpec ts = org.spinflow.model.kinds.NodeKinds.portSpec(t);
                boolean concatenated = ts != null && ts.shape() == org.spinflow.model.kinds.PortSpec.Shape.CONCATENATED;
                if (!concatenated && s.getSize() != t.getSize()) {
                    r.error(c, Check.SHAPE_MISMATCH, "shapes differ: source '" + ElementPaths.portLabel(s) + "' has size "
                            + s.getSize() + ", target '" + ElementPaths.portLabel(t) + "' has size " + t.getSize()
                            + " (connected ports must have the same size)");
                }
                if (s.getSignal() != t.getSignal()) {
                    r.error(c, Check.SIGNAL_KIND, "signal kinds differ: source '" + ElementPaths.portLabel(s) + "' carries "
                            + s.getSignal().getLiteral() + ", target '" + ElementPaths.portLabel(t) + "' takes "
                            + t.getSignal().getLiteral() + " (connected ports must carry the same signal kind)");
                }
                succ.computeIfAbsent(s.getNode(), k -> new LinkedHashSet<>()).add(t.getNode());
                pred.computeIfAbsent(t.getNode(), k -> new LinkedHashSet<>()).add(s.getNode());
            }
        }
        for (Node n : net.getNodes()) {
            for (Port p : n.getPorts()) {
                List<Connection> in = incoming.get(p);
                org.spinflow.model.kinds.PortSpec spec = org.spinflow.model.kinds.NodeKinds.portSpec(p);
                int max = spec == null || spec.maxConnections() < 1 ? 1 : spec.maxConnections();
                if (p.getDirection() == PortDirection.IN && in != null && in.size() > max) {
                    List<String> from = in.stream().map(c -> "'" + ElementPaths.portLabel(c.getSource()) + "'").toList();
                    r.error(p, Check.MULTIPLE_INPUTS, "has " + in.size() + " incoming connections, from " + String.join(", ", from)
                            + " (this IN port accepts at most " + max + (max == 1 ? " connection)" : " connections)"));
                }
                if (spec != null && spec.shape() == org.spinflow.model.kinds.PortSpec.Shape.CONCATENATED && in != null) {
                    int total = 0;
                    List<String> parts = new ArrayList<>();
                    for (Connection c : in) {
                        if (c.getSource() != null) {
                            total += c.getSource().getSize();
                            parts.add("'" + ElementPaths.portLabel(c.getSource()) + "' (" + c.getSource().getSize() + ")");
                        }
                    }
                    if (total != p.getSize()) {
                        r.error(p, Check.SHAPE_MISMATCH, "has size " + p.getSize() + " but its inputs " + String.join(" + ", parts)
                                + " add up to " + total + " (the sizes of a concatenating port's inputs must add up to its size)");
                    }
                }
                if (p.isRequired() && !connected.contains(p)) {
                    r.error(p, Check.UNCONNECTED_PORT, "required " + p.getDirection().getName()
                            + " port is not connected (connect it, or set required=\"false\")");
                }
            }
        }
        checkCycles(net, succ, r);
        for (Node n : net.getNodes()) {
            if (n instanceof Readout && !reachesInput(n, pred)) {
                r.error(n, Check.NO_UPSTREAM_INPUT, "readout has no InputLayer upstream (a Readout must be fed, through its "
                        + "IN port, by a chain of nodes that starts at an InputLayer)");
            }
        }
    }

    private static boolean endpointOk(Connection c, Port p, String role, Set<Node> members, Report r) {
        if (p == null) {
            r.error(c, Check.DANGLING_CONNECTION, "has no " + role + " port (a connection needs a source OUT port and a target IN port)");
            return false;
        }
        if (p.eIsProxy() || p.getNode() == null || !members.contains(p.getNode())) {
            r.error(c, Check.DANGLING_CONNECTION, role + " port is not a port of a node of this network "
                    + "(connections may only join ports of this network's nodes)");
            return false;
        }
        return true;
    }

    private static boolean reachesInput(Node readout, Map<Node, Set<Node>> pred) {
        Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayList<Node> todo = new ArrayList<>(pred.getOrDefault(readout, Set.of()));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof InputLayer) {
                return true;
            }
            todo.addAll(pred.getOrDefault(n, Set.of()));
        }
        return false;
    }

    private static void checkCycles(Network net, Map<Node, Set<Node>> succ, Report r) {
        Map<Node, Integer> state = new IdentityHashMap<>(); // 1 = on stack, 2 = done
        Set<Set<Node>> reported = new HashSet<>();
        for (Node start : net.getNodes()) {
            if (!state.containsKey(start)) {
                dfs(start, succ, state, new ArrayList<>(), reported, r);
            }
        }
    }

    private static void dfs(Node n, Map<Node, Set<Node>> succ, Map<Node, Integer> state, List<Node> stack,
            Set<Set<Node>> reported, Report r) {
        state.put(n, 1);
        stack.add(n);
        for (Node m : succ.getOrDefault(n, Set.of())) {
            Integer st = state.get(m);
            if (st == null) {
                dfs(m, succ, state, stack, reported, r);
            } else if (st == 1) {
                List<Node> cycle = new ArrayList<>(stack.subList(stack.indexOf(m), stack.size()));
                Set<Node> key = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                key.addAll(cycle);
                if (reported.stream().noneMatch(k -> k.equals(key))) {
                    reported.add(key);
                    StringBuilder b = new StringBuilder();
                    for (Node c : cycle) {
                        b.append(ElementPaths.name(c.getName())).append(" -> ");
                    }
                    b.append(ElementPaths.name(m.getName()));
                    r.error(m, Check.CYCLE, "is part of the cycle " + b + " (connections must form a directed acyclic graph)");
                }
            }
        }
        stack.remove(stack.size() - 1);
        state.put(n, 2);
    }

    // ---------------------------------------------------------------------------------------- nodes

    private void checkNode(Node n, Report r) {
        checkNamed(n, n.getName(), "node", r);
        if (n instanceof MtjNeuronArray m) {
            checkIdealDevices(m, r);
        }
        Set<String> portNames = new HashSet<>();
        for (Port p : n.getPorts()) {
            if (p.getName() != null && !portNames.add(p.getName())) {
                r.error(p, Check.DUPLICATE_NAME, "port name '" + p.getName() + "' is used more than once in this node "
                        + "(port names must be unique within a node)");
            }
        }
        org.spinflow.model.kinds.NodeKindDescriptor kind = org.spinflow.model.kinds.NodeKinds.of(n);
        if (kind == null) {
            String id = n instanceof org.spinflow.model.GenericNode g ? g.getKind() : n.eClass().getName();
            r.error(n, Check.MISSING_NODE_KIND, "is of kind '" + id + "', which no installed node-kind descriptor declares (known: "
                    + String.join(", ", org.spinflow.model.kinds.NodeKinds.all().stream().map(d -> d.id()).toList()) + ")");
            return;
        }
        // property ranges (and finiteness of real numbers), from the kind's schema
        for (org.spinflow.model.kinds.PropertySpec ps : kind.properties()) {
            if (ps.name().contains(".")) {
                continue; // contained objects (synapse, noise, ...) are validated on their own
            }
            String text = org.spinflow.model.kinds.PropertyValues.text(n, ps);
            if (text.isEmpty()) {
                continue; // unset: the preset's
            }
            double v = org.spinflow.model.kinds.PropertyValues.number(n, ps);
            if (ps.type() == org.spinflow.model.kinds.PropertySpec.Type.DOUBLE && !Double.isFinite(v)) {
                r.range(owner(n, ps.name()), ps.name(), text, ps.rangeText().isEmpty() ? "a finite number"
                        : "finite " + ps.rangeText());
                continue;
            }
            if (ps.min() == null && ps.max() == null) {
                continue;
            }
            if (!ps.inRange(v)) {
                EObject owner = owner(n, ps.name());
                String attr = ps.name().substring(ps.name().lastIndexOf('.') + 1);
                String shown = ps.unit().isEmpty() || ps.type() == org.spinflow.model.kinds.PropertySpec.Type.INT ? text
                        : text + " " + ps.unit();
                r.range(owner, attr, shown, ps.rangeText().replace(ps.name(), attr) + (ps.unit().isEmpty()
                        || ps.type() == org.spinflow.model.kinds.PropertySpec.Type.INT ? "" : " " + ps.unit()));
            }
        }
        // port sizes, from the kind's port rules
        for (org.spinflow.model.kinds.PortSpec spec : kind.ports()) {
            int expected = spec.size().applyAsInt(n);
            boolean found = false;
            for (Port p : n.getPorts()) {
                if (!spec.name().equals(p.getName())) {
                    continue;
                }
                found = true;
                if (p.getSize() != expected && p.getSize() > 0 && expected > 0) {
                    r.error(p, Check.PORT_SIZE, "size " + p.getSize() + " does not match the node's " + spec.sizeRule() + " = "
                            + expected + " (the " + spec.direction().getName().toUpperCase(Locale.ROOT) + " port '" + spec.name()
                            + "' of a " + kind.id() + " node has size " + spec.sizeRule() + ")");
                }
            }
            if (!found) {
                r.error(n, Check.MISSING_NODE_KIND, "has no port '" + spec.name() + "' (a " + kind.label() + " has ports "
                        + String.join(", ", kind.ports().stream().map(x -> x.name()).toList()) + ")");
            }
        }
        kind.validate(n, r::error);
    }

    /** The object holding the attribute a property path names (the node, or a contained object). */
    private static EObject owner(EObject n, String path) {
        EObject cur = n;
        String[] segs = path.split("\\.");
        for (int i = 0; i < segs.length - 1 && cur != null; i++) {
            Object child = cur.eGet(cur.eClass().getEStructuralFeature(segs[i]));
            if (!(child instanceof EObject e)) {
                return cur;
            }
            cur = e;
        }
        return cur;
    }

    private void checkPort(Port p, Report r) {
        checkNamed(p, p.getName(), "port", r);
        positive(p, "size", p.getSize(), r);
    }

    private static void checkNamed(EObject o, String name, String what, Report r) {
        if (name == null || name.isBlank()) {
            r.error(o, Check.MISSING_NAME, "has no name (every " + what + " needs a non-empty name)");
        }
    }

    private static void positive(EObject o, String attr, int value, Report r) {
        if (value <= 0) {
            r.range(o, attr, value, attr + " >= 1");
        }
    }

    private static void duplicateParameters(List<Parameter> params, Report r) {
        Set<String> names = new HashSet<>();
        for (Parameter p : params) {
            if (p.getName() != null && !names.add(p.getName())) {
                r.error(p, Check.DUPLICATE_NAME, "parameter name '" + p.getName() + "' is used more than once (parameter names must be unique)");
            }
        }
    }

    // ------------------------------------------------------------------------------------ parameters

    private void checkParameter(Parameter p, Report r) {
        EObject owner = p.eContainer();
        if (!(owner instanceof DevicePreset || owner instanceof MtjNeuronArray)) {
            return; // provenance entries are free-form
        }
        checkNamed(p, p.getName(), "parameter", r);
        if (owner instanceof DevicePreset d && p == d.getParameters().get(d.getParameters().size() - 1)) {
            duplicateParameters(d.getParameters(), r);
        }
        if (p.getName() == null || (!p.eIsSet(SpinflowPackage.Literals.PARAMETER__VALUE) && p.getText() != null)) {
            return; // a textual parameter (e.g. a CSV path) has no number to check; value 0 is the unset default
        }
        String key = p.getName().toLowerCase(Locale.ROOT);
        double v = p.getValue();
        String unit = p.getUnit() == null ? "" : p.getUnit().toLowerCase(Locale.ROOT);
        boolean resistance = RESISTANCES.contains(key) || unit.contains("ohm") || unit.contains("\u03a9");
        if (!Double.isFinite(v)) {
            r.error(p, Check.DEVICE_PARAMETER, "value " + v + " is not a finite number (device parameters must be finite)");
        } else if (resistance && v <= 0) {
            r.error(p, Check.DEVICE_PARAMETER, "value " + v + (v < 0 ? " is a negative resistance" : " is a zero resistance")
                    + " (allowed: " + p.getName() + " > 0)");
        } else if (TMRS.contains(key) && v <= 0) {
            r.error(p, Check.DEVICE_PARAMETER, "TMR " + v + " is not positive (allowed: " + p.getName() + " > 0)");
        } else if (POSITIVE.contains(key) && v <= 0) {
            r.error(p, Check.DEVICE_PARAMETER, "value " + v + " is out of range (allowed: " + p.getName() + " > 0)");
        } else if ((key.startsWith("sigma") || key.endsWith("sigma") || key.endsWith("spread")) && v < 0) {
            r.error(p, Check.DEVICE_PARAMETER, "value " + v + " is a negative spread (allowed: " + p.getName() + " >= 0)");
        }
    }

    // -------------------------------------------------------------------------------- synapse, data

    /**
     * An MTJ array without {@code <noise/>} or {@code <variability/>} reads noiseless or identical devices:
     * said as a warning, so that a hand-written model does not switch the physics off silently (an element
     * with {@code enabled="false"} says so on purpose and is not warned about).
     */
    private static void checkIdealDevices(MtjNeuronArray m, Report r) {
        if (m.getNoise() == null) {
            r.warning(m, Check.IDEAL_DEVICE, "has no <noise/> element: its reads are noiseless (add <noise/> for the read"
                    + " noise of docs/PHYSICS.md C, or <noise enabled=\"false\"/> to say it is meant)");
        }
        if (m.getVariability() == null) {
            r.warning(m, Check.IDEAL_DEVICE, "has no <variability/> element: its devices are identical (add <variability/>"
                    + " for the spreads of docs/PHYSICS.md C, or <variability enabled=\"false\"/> to say it is meant)");
        }
    }

    private static void checkSynapse(SynapseSpec s, Report r) {
        if (!(s.getGMin() > 0)) {
            r.range(s, "gMin", s.getGMin() + " S", "0 < gMin < gMax");
        } else if (!(s.getGMin() < s.getGMax())) {
            r.error(s, Check.RANGE, "gMin = " + s.getGMin() + " S is not below gMax = " + s.getGMax() + " S (allowed: 0 < gMin < gMax)");
        }
        if (!(s.getWeightRange() > 0)) {
            r.range(s, "weightRange", s.getWeightRange(), "weightRange > 0");
        }
        if (!(s.getWriteNoise() >= 0)) {
            r.range(s, "writeNoise", s.getWriteNoise(), "writeNoise >= 0");
        } else if (!Double.isFinite(s.getWriteNoise())) {
            r.range(s, "writeNoise", s.getWriteNoise(), "a finite writeNoise >= 0");
        }
        if (!(s.getReadNoise() >= 0)) {
            r.range(s, "readNoise", s.getReadNoise(), "readNoise >= 0");
        } else if (!Double.isFinite(s.getReadNoise())) {
            r.range(s, "readNoise", s.getReadNoise(), "a finite readNoise >= 0");
        }
        if (!Double.isFinite(s.getGMax())) {
            r.range(s, "gMax", s.getGMax() + " S", "finite gMax");
        }
        if (!Double.isFinite(s.getWeightRange())) {
            r.range(s, "weightRange", s.getWeightRange(), "finite weightRange > 0");
        }
        if (!(s.getWriteVariation() >= 0) || !Double.isFinite(s.getWriteVariation())) {
            r.range(s, "writeVariation", s.getWriteVariation(), "a finite writeVariation >= 0");
        }
        if (!(s.getNonlinearity() >= 0) || !Double.isFinite(s.getNonlinearity())) {
            r.range(s, "nonlinearity", s.getNonlinearity(), "a finite nonlinearity >= 0");
        }
        if (!(s.getAsymmetry() > -2 && s.getAsymmetry() < 2)) {
            r.range(s, "asymmetry", s.getAsymmetry(), "-2 < asymmetry < 2");
        }
        if (s.getLevels() == 1 || s.getLevels() < 0) {
            r.range(s, "levels", s.getLevels(), "levels = 0 for continuous, or levels >= 2");
        }
    }

    private static void checkConductances(Conductances c, Report r) {
        if (!(c.eContainer() instanceof Crossbar x) || x.getRows() <= 0 || x.getCols() <= 0) {
            return;
        }
        if (c.getGPlus() == null && c.getGMinus() == null) {
            return;
        }
        try {
            ConductanceCodec.getPairs(x);
        } catch (IllegalArgumentException e) {
            r.error(c, Check.CONDUCTANCES, e.getMessage() + " (allowed: " + ConductanceCodec.physicalRows(x) + " x " + x.getCols()
                    + " little-endian float32 values per matrix, base64 encoded)");
        }
    }

    static final int MAX_EPOCHS = 1_000_000;
    /** Default of {@code spinflow.maxBatchSize}: samples of one mini-batch. */
    static final int DEFAULT_MAX_BATCH = 65_536;
    /** Default of {@code spinflow.maxRepeatedReads}: device reads averaged per measured derivative. */
    static final int DEFAULT_MAX_REPEATED_READS = 256;

    /** A positive integer limit from a system property, or the default when unset or not a positive integer. */
    static int limit(String property, int dflt) {
        try {
            int v = Integer.parseInt(System.getProperty(property, Integer.toString(dflt)).strip());
            return v > 0 ? v : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static void checkTraining(TrainingSpec t, Report r) {
        // checked before anything is allocated: a batch of 10^8 samples or 10^9 repeated reads would
        // exhaust the memory or run for days after validation had passed
        if (t.getEpochs() <= 0) {
            r.range(t, "epochs", t.getEpochs(), "epochs >= 1");
        } else if (t.getEpochs() > MAX_EPOCHS) {
            r.range(t, "epochs", t.getEpochs(), "epochs <= " + MAX_EPOCHS);
        }
        int maxBatch = limit("spinflow.maxBatchSize", DEFAULT_MAX_BATCH);
        if (t.getBatchSize() <= 0) {
            r.range(t, "batchSize", t.getBatchSize(), "batchSize >= 1");
        } else if (t.getBatchSize() > maxBatch) {
            r.range(t, "batchSize", t.getBatchSize(), "batchSize <= " + maxBatch
                    + "; raise the limit with -Dspinflow.maxBatchSize=N");
        }
        if (!(t.getDelta() > 0)) {
            r.range(t, "delta", t.getDelta(), "delta > 0");
        } else if (!Double.isFinite(t.getDelta())) {
            r.range(t, "delta", t.getDelta(), "a finite delta > 0");
        }
        int maxReads = limit("spinflow.maxRepeatedReads", DEFAULT_MAX_REPEATED_READS);
        if (t.getRepeatedReads() < 1) {
            r.range(t, "repeatedReads", t.getRepeatedReads(), "repeatedReads >= 1");
        } else if (t.getRepeatedReads() > maxReads) {
            r.range(t, "repeatedReads", t.getRepeatedReads(), "repeatedReads <= " + maxReads
                    + "; raise the limit with -Dspinflow.maxRepeatedReads=N");
        }
        if (t.getDataset() == null) {
            r.error(t, Check.DATASET, "has no dataset (training needs a dataset with a path relative to the model file)");
        }
    }

    private static void checkSplit(SplitSpec s, Report r) {
        if (s.getKind() == SplitKind.KFOLD && s.getFolds() < 2) {
            r.range(s, "folds", s.getFolds(), "folds >= 2 for kfold");
        }
        if (s.getKind() == SplitKind.HOLDOUT && !(s.getHoldoutFraction() > 0 && s.getHoldoutFraction() < 1)) {
            r.range(s, "holdoutFraction", s.getHoldoutFraction(), "0 < holdoutFraction < 1");
        }
    }

    private static void checkOptimizer(OptimizerSpec o, Report r) {
        if (!(o.getLearningRate() > 0)) {
            r.range(o, "learningRate", o.getLearningRate(), "learningRate > 0");
        }
        if (o.getKind() == OptimizerKind.MOMENTUM && !(o.getMomentum() >= 0 && o.getMomentum() < 1)) {
            r.range(o, "momentum", o.getMomentum(), "0 <= momentum < 1");
        }
        if (o.getKind() == OptimizerKind.ADAM) {
            if (!(o.getBeta1() >= 0 && o.getBeta1() < 1)) {
                r.range(o, "beta1", o.getBeta1(), "0 <= beta1 < 1");
            }
            if (!(o.getBeta2() >= 0 && o.getBeta2() < 1)) {
                r.range(o, "beta2", o.getBeta2(), "0 <= beta2 < 1");
            }
            if (!(o.getEpsilon() > 0)) {
                r.range(o, "epsilon", o.getEpsilon(), "epsilon > 0");
            }
        }
        if (!(o.getWeightDecay() >= 0)) {
            r.range(o, "weightDecay", o.getWeightDecay(), "weightDecay >= 0");
        }
        if (o.getSchedule() == Schedule.STEP) {
            if (o.getStepEpochs() <= 0) {
                r.range(o, "stepEpochs", o.getStepEpochs(), "stepEpochs >= 1 for the step schedule");
            }
            if (!(o.getGamma() > 0)) {
                r.range(o, "gamma", o.getGamma(), "gamma > 0 for the step schedule");
            }
        }
    }

    static Path modelFile(EObject o, Map<Object, Object> context) {
        Object f = context == null ? null : context.get(MODEL_FILE);
        if (f instanceof Path p) {
            return p;
        }
        Resource res = o.eResource();
        URI uri = res == null ? null : res.getURI();
        if (uri != null && uri.isFile()) {
            try {
                return Path.of(uri.toFileString());
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    private static void checkDataset(DatasetSpec d, Path modelFile, Report r) {
        if (d.getLimit() < 0) {
            r.range(d, "limit", d.getLimit(), "limit >= 0, 0 meaning all samples");
        }
        String path = d.getPath();
        if (path == null || path.isBlank()) {
            r.error(d, Check.DATASET, "has no path (set it to a CSV file or an IDX folder, relative to the model file)");
            return;
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            r.error(d, Check.DATASET, "path '" + path + "' is not a valid file name (" + e.getReason() + ")");
            return;
        }
        if (!p.isAbsolute()) {
            if (modelFile == null) {
                return; // nothing to resolve against: checked once the model is saved
            }
            Path folder = modelFile.toAbsolutePath().getParent();
            p = folder == null ? p : folder.resolve(p);
        }
        p = p.normalize();
        if (d.getFormat() == DataFormat.IDX) {
            if (!Files.isDirectory(p)) {
                r.error(d, Check.DATASET, "data set folder '" + path + "' not found (looked for " + p
                        + "; an IDX data set is a folder, relative to the model file's folder)");
                return;
            }
            List<String> needed = new ArrayList<>(IDX_TRAIN);
            if (d.eContainer() instanceof TrainingSpec t && t.getSplit() != null && t.getSplit().getKind() == SplitKind.TEST_FILES) {
                needed.addAll(IDX_TEST);
            }
            List<String> missing = new ArrayList<>();
            for (String name : needed) {
                if (!Files.isRegularFile(p.resolve(name)) && !Files.isRegularFile(p.resolve(name + ".gz"))) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                r.error(d, Check.DATASET, "IDX folder '" + path + "' lacks " + String.join(", ", missing)
                        + " (an IDX folder must contain " + String.join(", ", needed) + ", each optionally .gz)");
            }
        } else if (!Files.isRegularFile(p)) {
            r.error(d, Check.DATASET, "data set file '" + path + "' not found (looked for " + p
                    + "; the path is relative to the model file's folder)");
        }
    }

    // --------------------------------------------------------------------------------------- report

    /** Collects diagnostics for one validated object. */
    static final class Report {
        final DiagnosticChain chain;
        boolean ok = true;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(EObject o, Check check, String message) {
            ok = false;
            if (chain != null) {
                chain.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, check.ordinal(),
                        ElementPaths.of(o) + ": " + message, new Object[] {o, check, message}));
            }
        }

        /** A warning: reported, but the object stays valid. */
        void warning(EObject o, Check check, String message) {
            if (chain != null) {
                chain.add(new BasicDiagnostic(Diagnostic.WARNING, DIAGNOSTIC_SOURCE, check.ordinal(),
                        ElementPaths.of(o) + ": " + message, new Object[] {o, check, message}));
            }
        }

        void range(EObject o, String attr, Object value, String allowed) {
            error(o, Check.RANGE, attr + " = " + value + " is out of range (allowed: " + allowed + ")");
        }
    }
}
