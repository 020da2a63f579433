package org.spinflow.glsp.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GLayoutOptions;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GConstants;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.GenericNode;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.kinds.PropertySpec;
import org.spinflow.model.kinds.PropertyValues;
import org.spinflow.model.codec.ConductanceCodec;

import com.google.gson.Gson;
import com.google.inject.Inject;

/** Builds the GModel (nodes, labels, edges) from the EMF network and the layout. */
public class SpinflowGModelFactory implements GModelFactory {
    private static final Gson GSON = new Gson();

    @Inject
    protected SpinflowModelState modelState;
    @Inject
    protected StudioContext context;

    @Override
    public void createGModel() {
        Network network = modelState.getNetwork();
        Map<Node, Bounds> layout = modelState.getLayout();
        GGraphBuilder graph = new GGraphBuilder().id("spinflow-graph").addArgument("name", network.getName())
                .addArgument("properties", GSON.toJson(properties(network)))
                .addArgument("file", modelState.getFile() == null ? "" : modelState.getFile().getFileName().toString())
                .addArgument("kinds", GSON.toJson(NodeKinds.all().stream()
                        .map(d -> Map.of("label", d.label(), "type", SpinflowTypes.typeOf(d))).toList()));
        // the studio's page asks for a lean model: each kind's property schema once, each node only its values (the
        // IDE's editor reads each node's full "properties")
        Map<String, List<Map<String, Object>>> schemas = lean() ? new LinkedHashMap<>() : null;
        List<GModelElement> children = new ArrayList<>();
        double nextX = 20;
        for (Bounds b : layout.values()) {
            nextX = Math.max(nextX, b.x() + b.width() + 60);
        }
        for (Node n : network.getNodes()) {
            Bounds b = layout.get(n);
            if (b == null) {
                b = new Bounds(nextX, 20, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT);
                layout.put(n, b);
                nextX += Bounds.DEFAULT_WIDTH + 60;
            }
            children.add(node(n, b, schemas));
        }
        if (schemas != null) {
            graph.addArgument("schemas", GSON.toJson(schemas));
        }
        for (Connection c : network.getConnections()) {
            if (c.getSource() == null || c.getTarget() == null || c.getSource().getNode() == null
                    || c.getTarget().getNode() == null) {
                continue;
            }
            String id = modelState.idOf(c);
            GEdge edge = new GEdgeBuilder(SpinflowTypes.CONNECTION).id(id).routerKind("manhattan")
                    .sourceId(Connect.portId(modelState, c.getSource())).targetId(Connect.portId(modelState, c.getTarget()))
                    .addArgument("label", c.getSource().getSize() + " → " + c.getTarget().getSize()).build();
            children.add(edge);
        }
        if (modelState.isRecovered()) {
            graph.addArgument("recovered", "true");
        }
        GGraph root = graph.addAll(children).build();
        modelState.updateRoot(root);
        keepRecoveryCopy();
    }

    /** After every change: a dirty session's model is kept for its page (survives a server restart), a clean one forgotten. */
    protected void keepRecoveryCopy() {
        String id = modelState.recoveryId();
        if (!Recovery.validId(id) || modelState.getFile() == null) {
            return;
        }
        if (modelState.isDirty()) {
            Recovery.keep(id, context.relativize(modelState.getFile()), modelState.getStamp(), modelState.getNetwork(), modelState.getLayout());
        } else {
            Recovery.forget(id);
        }
    }

    /** Whether the client asked for a lean model (request option {@code lean}). */
    protected boolean lean() {
        Map<String, String> o = modelState.getClientOptions();
        return o != null && "true".equals(o.get("lean"));
    }

    protected GNode node(Node n, Bounds b) {
        return node(n, b, null);
    }

    /**
     * A node; with {@code schemas} (a lean model) its properties are sent as their values only ({@code values}, in the
     * order of its kind's schema, which goes into {@code schemas} once per kind).
     */
    protected GNode node(Node n, Bounds b, Map<String, List<Map<String, Object>>> schemas) {
        String id = modelState.idOf(n);
        NodeKindDescriptor kind = NodeKinds.of(n);
        String type = typeOf(n);
        String kindLabel = kind != null ? kind.label()
                : "Unknown kind '" + (n instanceof GenericNode g ? g.getKind() : n.eClass().getName()) + "'";
        GNodeBuilder nb = new GNodeBuilder(type).id(id).position(b.x(), b.y()).size(b.width(), b.height())
                .layout(GConstants.Layout.VBOX,
                        new GLayoutOptions().hAlign(GConstants.HAlign.CENTER).resizeContainer(false).paddingTop(6.0)
                                .paddingBottom(6.0).paddingLeft(8).paddingRight(8).vGap(3).prefWidth(b.width())
                                .prefHeight(b.height()))
                .addCssClass("spinflow-node").addCssClass(type.replace(':', '-'))
                // the labels are placed here as the client's vbox layout places them (centred, 6 px from the top, 3 px
                // apart), so the page shows the model at once, without rendering it hidden to measure it first
                .add(label(SpinflowTypes.LABEL_KIND, "label-kind", id + "_kind", kindLabel, b.width(), 6, KIND_ASCENT, KIND_HEIGHT))
                .add(label(SpinflowTypes.LABEL_NAME, "label-name", id + "_name", n.getName() == null ? "" : n.getName(), b.width(),
                        6 + KIND_HEIGHT + 3, NAME_ASCENT, NAME_HEIGHT))
                .add(label(SpinflowTypes.LABEL_INFO, "label-info", id + "_info", info(n), b.width(), 6 + KIND_HEIGHT + 3 + NAME_HEIGHT + 3,
                        INFO_ASCENT, INFO_HEIGHT))
                .addArgument("kind", kindLabel).addArgument("kindId", kind == null ? "" : kind.id())
                .addArgument("name", n.getName() == null ? "" : n.getName());
        if (schemas != null && kind != null) {
            if (!schemas.containsKey(kind.id())) {
                List<Map<String, Object>> schema = new ArrayList<>();
                for (Map<String, Object> p : properties(n)) {
                    Map<String, Object> spec = new LinkedHashMap<>(p);
                    spec.remove("value");
                    spec.remove("inherited");
                    schema.add(spec);
                }
                schemas.put(kind.id(), schema);
            }
            nb.addArgument("values", GSON.toJson(values(n, kind)));
        } else {
            nb.addArgument("properties", GSON.toJson(properties(n)));
        }
        addPorts(nb, n, id, b);
        if (kind != null && kind.properties().stream().anyMatch(p -> PropertySpec.DEVICE_PRESETS.equals(p.choicesFrom()))) {
            nb.addArgument("device", "true");
        }
        if (n instanceof Crossbar c) {
            nb.addArgument("learns", "true");
            if (ConductanceCodec.hasPairs(c)) {
                nb.addArgument("heatmap", GSON.toJson(heatmap(c)));
            }
        }
        return nb.build();
    }

    /** Text box heights and ascents of the 10 px kind, 14 px bold name and 11 px info labels (as the browser measures them). */
    static final double KIND_HEIGHT = 12.6;
    static final double KIND_ASCENT = 9.5;
    static final double NAME_HEIGHT = 15.8;
    static final double NAME_ASCENT = 12.6;
    static final double INFO_HEIGHT = 12.6;
    static final double INFO_ASCENT = 9.5;

    /**
     * A label whose box spans the node's inner width (8 px padding) at {@code top}; its text is centred (CSS text-anchor:
     * middle) by the alignment. The client's own layout of a node (after an edit) gives the same place.
     */
    static org.eclipse.glsp.graph.GLabel label(String type, String css, String id, String text, double nodeWidth, double top, double ascent,
            double height) {
        double w = Math.max(10, nodeWidth - 16);
        return new GLabelBuilder(type).addCssClass(css).addCssClass("centred").id(id).text(text).position(8, top).size(w, height)
                .alignment(w / 2, ascent).build();
    }

    /** Port size on the diagram (a square on the node's border). */
    static final double PORT = 12;

    /**
     * The node's typed ports: inputs on the left border, outputs on the right, each with its name, size and
     * signal kind (as arguments and a tooltip), so connections join ports, not whole nodes.
     */
    protected void addPorts(GNodeBuilder nb, Node n, String id, Bounds b) {
        List<org.spinflow.model.Port> ins = new ArrayList<>();
        List<org.spinflow.model.Port> outs = new ArrayList<>();
        for (org.spinflow.model.Port p : n.getPorts()) {
            (p.getDirection() == org.spinflow.model.PortDirection.OUT ? outs : ins).add(p);
        }
        for (List<org.spinflow.model.Port> side : List.of(ins, outs)) {
            boolean out = side == outs;
            for (int i = 0; i < side.size(); i++) {
                org.spinflow.model.Port p = side.get(i);
                double y = b.height() * (i + 1) / (side.size() + 1) - PORT / 2;
                double x = out ? b.width() - PORT / 2 : -PORT / 2;
                String signal = p.getSignal() == null ? "" : p.getSignal().getLiteral();
                nb.add(new org.eclipse.glsp.graph.builder.impl.GPortBuilder(out ? SpinflowTypes.PORT_OUT : SpinflowTypes.PORT_IN)
                        .id(Connect.portId(modelState, p)).position(x, y).size(PORT, PORT)
                        .addCssClass("spinflow-port").addCssClass("signal-" + signal.toLowerCase(java.util.Locale.ROOT))
                        .addArgument("name", p.getName()).addArgument("size", Integer.toString(p.getSize()))
                        .addArgument("signal", signal).addArgument("direction", out ? "out" : "in")
                        .addArgument("title", n.getName() + "." + p.getName() + " (" + (out ? "out" : "in") + ", " + p.getSize()
                                + " × " + signal.toLowerCase(java.util.Locale.ROOT) + ")")
                        .build());
            }
        }
    }

    /** The diagram type of a node ({@code node:<kind id>}). */
    public static String typeOf(Node n) {
        return SpinflowTypes.typeOf(n);
    }

    /** One-line summary of a node, from its kind. */
    public static String info(Node n) {
        NodeKindDescriptor d = NodeKinds.of(n);
        return d == null ? "no installed node kind declares it" : d.summary(n);
    }

    /**
     * Editable properties of a node, from its kind's schema: name and description, then every declared
     * property with its value (defaults shown as values), type, unit, range and choices (device presets
     * resolved from the device registry). Other objects (the network) list their attributes.
     */
    public static List<Map<String, Object>> properties(EObject o) {
        NodeKindDescriptor d = o instanceof Node n ? NodeKinds.of(n) : null;
        if (d == null) {
            List<Map<String, Object>> out = new ArrayList<>();
            collect(o, "", out, 0);
            return out;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Node n = (Node) o;
        out.add(Map.of("name", "name", "value", n.getName() == null ? "" : n.getName(), "type", "string"));
        out.add(Map.of("name", "description", "value", n.getDescription() == null ? "" : n.getDescription(), "type", "string"));
        for (PropertySpec ps : d.properties()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", ps.name());
            p.put("value", value(n, ps, p));
            p.put("type", ps.type().literal());
            if (!ps.unit().isEmpty()) {
                p.put("unit", ps.unit());
            }
            if (!ps.description().isEmpty()) {
                p.put("description", ps.description());
            }
            if (!ps.rangeText().isEmpty()) {
                p.put("range", ps.rangeText());
            }
            List<String> options = choices(ps);
            if (!options.isEmpty()) {
                p.put("options", options);
            }
            out.add(p);
        }
        return out;
    }

    /** The values of {@link #properties(EObject)} of a node of kind {@code d}, in the same order (a lean model's node). */
    static List<String> values(Node n, NodeKindDescriptor d) {
        List<String> out = new ArrayList<>();
        out.add(n.getName() == null ? "" : n.getName());
        out.add(n.getDescription() == null ? "" : n.getDescription());
        for (PropertySpec ps : d.properties()) {
            out.add(value(n, ps, null));
        }
        return out;
    }

    /** A property's value as shown: its text, or for an unset MTJ knob the preset's value (then marked in {@code p}). */
    private static String value(Node n, PropertySpec ps, Map<String, Object> p) {
        String value = PropertyValues.text(n, ps);
        if (value.isEmpty() && n instanceof org.spinflow.model.MtjNeuronArray m && n.eContainer() instanceof Network net
                && PropertyValues.attribute(n, ps.name()) != null) {
            // unset knobs show the preset's value (a value, not a blank); editing it sets the knob
            Double inherited = org.spinflow.interpreter.nodes.MtjDeviceParameters.inherited(net, m, PropertyValues.attribute(n, ps.name()));
            if (inherited != null) {
                value = Double.toString(inherited);
                if (p != null) {
                    p.put("inherited", "preset");
                }
            }
        }
        return value;
    }

    /** The allowed values of a property: its declared choices, or the device presets. */
    public static List<String> choices(PropertySpec ps) {
        if (PropertySpec.DEVICE_PRESETS.equals(ps.choicesFrom())) {
            return org.spinflow.devices.DeviceRegistry.getDefault().presets().stream().map(org.spinflow.devices.Preset::name)
                    .toList();
        }
        return ps.choices();
    }

    private static void collect(EObject o, String prefix, List<Map<String, Object>> out, int depth) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a.isMany() || a.isTransient() || a.isDerived()) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", prefix + a.getName());
            Object v = o.eGet(a);
            boolean set = !a.isUnsettable() || o.eIsSet(a);
            p.put("value", v == null || !set ? "" : EcoreUtil.convertToString(a.getEAttributeType(), v));
            p.put("type", a.getEAttributeType().getName());
            if (a.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum e) {
                p.put("options", e.getELiterals().stream().map(l -> l.getLiteral()).toList());
            }
            out.add(p);
        }
        if (depth > 1) {
            return;
        }
        for (EReference r : o.eClass().getEAllContainments()) {
            if (r.isMany() || "conductances".equals(r.getName())) {
                continue;
            }
            EObject child = (EObject) o.eGet(r);
            if (child == null) {
                child = EcoreUtil.create(r.getEReferenceType());
            }
            collect(child, prefix + r.getName() + ".", out, depth + 1);
        }
    }

    /** Learned weights w = G+ - G- of a crossbar, downsampled to at most 48 x 48 cells. */
    public static Map<String, Object> heatmap(Crossbar c) {
        ConductanceCodec.Pairs p = ConductanceCodec.getPairs(c);
        int rows = p.rows();
        int cols = p.cols();
        int r2 = Math.min(rows, 48);
        int c2 = Math.min(cols, 48);
        double[] w = new double[r2 * c2];
        int[] count = new int[r2 * c2];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = (i * r2 / rows) * c2 + (j * c2 / cols);
                w[k] += p.gPlus()[i * cols + j] - p.gMinus()[i * cols + j];
                count[k]++;
            }
        }
        double max = 1e-30;
        for (int k = 0; k < w.length; k++) {
            w[k] = count[k] == 0 ? 0 : w[k] / count[k];
            max = Math.max(max, Math.abs(w[k]));
        }
        List<Double> vals = new ArrayList<>();
        for (double v : w) {
            vals.add(Math.round(v / max * 1000) / 1000.0);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", r2);
        m.put("cols", c2);
        m.put("physicalRows", rows);
        m.put("physicalCols", cols);
        m.put("maxSiemens", max);
        m.put("w", vals);
        return m;
    }

    static EStructuralFeature feature(EObject o, String name) {
        return o.eClass().getEStructuralFeature(name);
    }
}
