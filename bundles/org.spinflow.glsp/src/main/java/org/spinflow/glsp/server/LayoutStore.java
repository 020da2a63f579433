package org.spinflow.glsp.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.spinflow.model.Network;
import org.spinflow.model.Node;

/**
 * Reads and writes the diagram layout resource {@code MODEL.spinflow.layout}: JSON with the bounds of
 * each node by node name. In memory the layout is keyed by node identity so renames keep positions.
 */
public final class LayoutStore {
    public static final String SUFFIX = ".layout";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private LayoutStore() {
    }

    public static Path layoutFile(Path model) {
        return model.resolveSibling(model.getFileName().toString() + SUFFIX);
    }

    /** The stored layout for the nodes of {@code network}, or an empty map when there is none. */
    public static Map<Node, Bounds> load(Network network, Path model) {
        Map<Node, Bounds> layout = new IdentityHashMap<>();
        Path f = layoutFile(model);
        if (!Files.isRegularFile(f)) {
            return layout;
        }
        try {
            if (Files.size(f) > 64L << 20) {
                return layout;
            }
            return fromJson(network, Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // an unreadable layout is not fatal: the diagram is laid out again
            layout.clear();
        }
        return layout;
    }

    /** The layout in {@code text} (what {@link #toJson} writes) for the nodes of {@code network}. */
    static Map<Node, Bounds> fromJson(Network network, String text) {
        Map<Node, Bounds> layout = new IdentityHashMap<>();
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        JsonObject nodes = root.has("nodes") ? root.getAsJsonObject("nodes") : new JsonObject();
        for (Node n : network.getNodes()) {
            if (n.getName() != null && nodes.has(n.getName())) {
                JsonObject b = nodes.getAsJsonObject(n.getName());
                layout.put(n, new Bounds(b.get("x").getAsDouble(), b.get("y").getAsDouble(),
                        b.has("width") ? b.get("width").getAsDouble() : Bounds.DEFAULT_WIDTH,
                        b.has("height") ? b.get("height").getAsDouble() : Bounds.DEFAULT_HEIGHT));
            }
        }
        return layout;
    }

    public static void save(Network network, Map<Node, Bounds> layout, Path model) throws IOException {
        org.spinflow.model.io.AtomicFiles.writeString(layoutFile(model), toJson(network, layout, model.getFileName().toString()));
    }

    /** The text {@link #save} writes for a model file named {@code modelName}. */
    static String toJson(Network network, Map<Node, Bounds> layout, String modelName) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (Node n : network.getNodes()) {
            Bounds b = layout.get(n);
            if (b != null && n.getName() != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("x", round(b.x()));
                m.put("y", round(b.y()));
                m.put("width", round(b.width()));
                m.put("height", round(b.height()));
                nodes.put(n.getName(), m);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("model", modelName);
        root.put("nodes", nodes);
        return GSON.toJson(root) + "\n";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
