package org.spinflow.glsp.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.ModelLimits;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

/**
 * Copy, paste and duplicate of nodes. The clipboard holds the copied nodes and the connections among them as
 * XMI (a small network) and their bounds as JSON, so a paste still works after the originals were deleted.
 */
public final class Clipboard {
    /** Clipboard entry with the XMI of the copied nodes. */
    public static final String XMI = "application/x-spinflow-xmi";
    /** Clipboard entry with the bounds of the copied nodes by name (JSON). */
    public static final String LAYOUT = "application/x-spinflow-layout";
    /** Largest clipboard accepted on paste (the browser's messages are capped at 1 MiB anyway). */
    static final int MAX_CHARS = 1 << 20;
    private static final Gson GSON = new Gson();
    static final double OFFSET = 40;

    private Clipboard() {
    }

    /** The nodes that ids name (labels and ports name their node), in network order. */
    static List<Node> nodes(SpinflowModelState state, List<String> ids) {
        Set<Node> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String id : ids) {
            Node n = state.nodeById(id);
            if (n != null) {
                chosen.add(n);
            }
        }
        return state.getNetwork().getNodes().stream().filter(chosen::contains).toList();
    }

    /** Copies of {@code nodes} and of the connections among them in a fresh network. */
    static Network copy(Network network, List<Node> nodes) {
        Network clip = SpinflowFactory.eINSTANCE.createNetwork();
        clip.setName("clipboard");
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        for (Node n : nodes) {
            clip.getNodes().add((Node) copier.copy(n));
        }
        Set<Node> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(nodes);
        for (Connection c : network.getConnections()) {
            if (c.getSource() != null && c.getTarget() != null && set.contains(c.getSource().getNode())
                    && set.contains(c.getTarget().getNode())) {
                clip.getConnections().add((Connection) copier.copy(c));
            }
        }
        copier.copyReferences();
        return clip;
    }

    /**
     * Adds the nodes and connections of {@code clip} to the network (renaming nodes whose name is taken) with
     * their bounds moved by (dx, dy); returns the added nodes. Runs inside a {@link SpinflowCommand}.
     */
    static List<Node> insert(SpinflowModelState state, Network clip, Map<String, Bounds> bounds, double dx, double dy) {
        Network net = state.getNetwork();
        List<Node> added = new ArrayList<>(clip.getNodes());
        List<Connection> connections = new ArrayList<>(clip.getConnections());
        for (Node n : added) {
            Bounds b = bounds.get(n.getName());
            String name = n.getName() == null || n.getName().isBlank() ? "node" : n.getName();
            if (net.getNodes().stream().anyMatch(o -> name.equals(o.getName()))) {
                n.setName(Edits.uniqueName(net, name.replaceAll("\\d+$", "")));
            }
            net.getNodes().add(n);
            Bounds at = b == null ? new Bounds(40, 40, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT) : b;
            state.getLayout().put(n, new Bounds(at.x() + dx, at.y() + dy, at.width(), at.height()));
        }
        net.getConnections().addAll(connections);
        return added;
    }

    /** Ctrl+C: the selected nodes as clipboard data. */
    public static class RequestData extends AbstractActionHandler<RequestClipboardDataAction> {
        @Inject
        protected SpinflowModelState state;

        @Override
        protected List<Action> executeAction(RequestClipboardDataAction action) {
            List<Node> nodes = nodes(state, action.getEditorContext() == null ? List.of() : action.getEditorContext().getSelectedElementIds());
            Map<String, String> data = new LinkedHashMap<>();
            if (!nodes.isEmpty()) {
                Network clip = copy(state.getNetwork(), nodes);
                data.put(XMI, new String(ModelIO.toBytes(clip), StandardCharsets.UTF_8));
                Map<String, double[]> layout = new LinkedHashMap<>();
                for (Node n : nodes) {
                    Bounds b = state.getLayout().get(n);
                    if (b != null) {
                        layout.put(n.getName(), new double[] { b.x(), b.y(), b.width(), b.height() });
                    }
                }
                data.put(LAYOUT, GSON.toJson(layout));
            }
            return List.of(new SetClipboardDataAction(data));
        }
    }

    /** Ctrl+V: adds the clipboard's nodes (at the mouse when the page knows it, else beside the originals). */
    public static class Paste extends Handlers.Base<PasteOperation> {
        @Override
        public Optional<Command> createCommand(PasteOperation op) {
            Map<String, String> data = op.getClipboardData();
            String xmi = data == null ? null : data.get(XMI);
            if (xmi == null || xmi.isBlank()) {
                return refuse("", "paste", "", "Nothing to paste: copy one or more nodes first (select them, Ctrl+C).");
            }
            if (xmi.length() > MAX_CHARS) {
                return refuse("", "paste", "", "The clipboard is too large to paste.");
            }
            Network clip;
            try {
                Resource r = ModelIO.newResourceSet().createResource(URI.createURI("memory:/clipboard." + ModelIO.EXTENSION));
                r.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), ModelIO.loadOptions(ModelLimits.fromSystemProperties()));
                if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Network n)) {
                    return refuse("", "paste", "", "The clipboard holds no Spinflow nodes.");
                }
                clip = n;
            } catch (IOException | RuntimeException e) {
                return refuse("", "paste", "", "The clipboard holds no Spinflow nodes.");
            }
            Map<String, Bounds> bounds = new LinkedHashMap<>();
            try {
                JsonObject o = JsonParser.parseString(data.getOrDefault(LAYOUT, "{}")).getAsJsonObject();
                for (String k : o.keySet()) {
                    var a = o.getAsJsonArray(k);
                    bounds.put(k, new Bounds(a.get(0).getAsDouble(), a.get(1).getAsDouble(), a.get(2).getAsDouble(), a.get(3).getAsDouble()));
                }
            } catch (RuntimeException e) {
                bounds.clear();
            }
            double dx = OFFSET;
            double dy = OFFSET;
            var mouse = op.getEditorContext() == null ? Optional.<org.eclipse.glsp.graph.GPoint>empty() : op.getEditorContext().getLastMousePosition();
            if (mouse.isPresent() && !bounds.isEmpty()) {
                double minX = bounds.values().stream().mapToDouble(Bounds::x).min().orElse(0);
                double minY = bounds.values().stream().mapToDouble(Bounds::y).min().orElse(0);
                dx = mouse.get().getX() - minX;
                dy = mouse.get().getY() - minY;
            }
            double fdx = dx;
            double fdy = dy;
            return command("Paste", () -> select(insert(state, clip, bounds, fdx, fdy)));
        }

        void select(List<Node> added) {
            List<String> ids = added.stream().map(state::idOf).toList();
            dispatcher.dispatchAfterNextUpdate(SelectAction.setSelection(ids));
        }
    }

    /** Ctrl+D: copies of the given nodes (and the connections among them) beside them. */
    public static class Duplicate extends Handlers.Base<SpinflowActions.DuplicateOperation> {
        @Override
        public Optional<Command> createCommand(SpinflowActions.DuplicateOperation op) {
            List<Node> nodes = nodes(state, op.getElementIds());
            if (nodes.isEmpty()) {
                return refuse("", "duplicate", "", "Select one or more nodes to duplicate.");
            }
            Network clip = copy(state.getNetwork(), nodes);
            Map<String, Bounds> bounds = new LinkedHashMap<>();
            for (Node n : nodes) {
                Bounds b = state.getLayout().get(n);
                if (b != null) {
                    bounds.put(n.getName(), b);
                }
            }
            return command("Duplicate", () -> {
                List<Node> added = insert(state, clip, bounds, OFFSET, OFFSET);
                dispatcher.dispatchAfterNextUpdate(SelectAction.setSelection(added.stream().map(state::idOf).toList()));
            });
        }
    }

    static Set<String> names(List<Node> nodes) {
        Set<String> s = new LinkedHashSet<>();
        nodes.forEach(n -> s.add(n.getName()));
        return s;
    }
}
