package org.spinflow.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * An experiment suite read from JSON: a list of {@code runs} (one training each, with a target
 * from the results table) and {@code sweeps} (one parameter over a list of values, for several
 * series). Every training, gradient check or transfer curve is a {@link Point} with a stable key,
 * which is what makes a suite resumable. The format is documented in {@code experiments/README.md}.
 */
public final class Suite {

    /** What a section computes. */
    public enum Type {
        RUN, TRAIN, GRADCHECK, CURVE
    }

    /** Target of a run: an accuracy floor, or a maximal distance (pp) to another run's accuracy. */
    public record Target(String text, Double min, String of, Double withinPp) {
    }

    /**
     * A run or sweep. For runs {@code parameter} is null and there is one series; for curves
     * {@code preset}, {@code lo}, {@code hi}, {@code points} give the drive range.
     */
    public record Section(String id, Type type, String title, String description, Path model, String modelName,
                          Path data, String dataName, Map<String, JsonElement> set, String parameter, List<Double> values,
                          List<Map<String, JsonElement>> series, List<String> seriesLabels, List<Long> seeds,
                          int batches, String xLabel, boolean logX, String caseName, String paper, Target target,
                          String preset, double lo, double hi, int points, String note) {
    }

    /** One unit of work. {@code x} is null for runs and curves, {@code seed} null for curves. */
    public record Point(Section section, int seriesIndex, String series, Double x, Long seed,
                        Map<String, JsonElement> settings, String key) {
    }

    /** Keys accepted in {@code set}, in series entries and as a sweep parameter. */
    public static final Set<String> TRAIN_KEYS = Set.of("gradient", "delta", "repeated_reads", "folds", "epochs",
            "limit", "variability", "variability_scale", "noise", "levels", "lr", "batch_size", "bias_field",
            "bias_angle", "field_line_angle", "read_current", "label");
    /** Keys accepted in the series of a curve section. */
    public static final Set<String> CURVE_KEYS = Set.of("bias_field", "bias_angle", "field_line_angle",
            "read_current", "label");

    private final Path file;
    private final String name;
    private final String title;
    private final int threads;
    private final List<Section> sections;
    private final List<Point> points;
    private String notes = "";

    private Suite(Path file, String name, String title, int threads, List<Section> sections, List<Point> points) {
        this.file = file;
        this.name = name;
        this.title = title;
        this.threads = threads;
        this.sections = sections;
        this.points = points;
    }

    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** Worker threads asked for by the suite (default 1). */
    public int threads() {
        return threads;
    }

    /** Free text (markdown) for the report, from the suite's "notes" (a string or a list of paragraphs). */
    public String notes() {
        return notes;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Point> points() {
        return points;
    }

    /**
     * Reads a suite. Model paths are relative to the suite file, {@code data} folders relative to
     * {@code dataRoot}. Every problem is an {@link ExperimentException} whose message names the file.
     */
    public static Suite load(Path file, Path dataRoot) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExperimentException(file + ": no such suite file");
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read the suite (" + e.getMessage() + ")");
        }
        JsonObject root;
        try {
            JsonElement el = JsonParser.parseString(text);
            if (!el.isJsonObject()) {
                throw new ExperimentException(file + ": a suite must be a JSON object with \"runs\" and/or \"sweeps\"");
            }
            root = el.getAsJsonObject();
        } catch (JsonParseException e) {
            String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ExperimentException(file + ": not valid JSON: " + oneLine(m));
        }
        try {
            return parse(file, root, dataRoot);
        } catch (ExperimentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExperimentException(file + ": " + oneLine(e.getMessage()), e);
        }
    }

    private static Suite parse(Path file, JsonObject root, Path dataRoot) {
        Path base = file.toAbsolutePath().getParent();
        known(file, "suite", root, Set.of("name", "title", "description", "threads", "defaults", "seeds", "notes", "runs", "sweeps"));
        String name = str(root, "name", stripJson(file.getFileName().toString()));
        String title = str(root, "title", name);
        int threads = root.has("threads") ? num(file, "suite", root.get("threads"), "threads").intValue() : 1;
        Map<String, JsonElement> defaults = settings(file, "defaults", obj(file, "suite", root, "defaults"), TRAIN_KEYS);
        List<Long> defaultSeeds = root.has("seeds") ? seeds(file, "suite", root) : List.of(1L);
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        JsonArray runs = arr(file, "suite", root, "runs");
        JsonArray sweeps = arr(file, "suite", root, "sweeps");
        if (runs.isEmpty() && sweeps.isEmpty()) {
            throw new ExperimentException(file + ": the suite has no \"runs\" and no \"sweeps\"");
        }
        for (JsonElement e : runs) {
            sections.add(section(file, base, dataRoot, e, true, defaults, defaultSeeds, ids));
        }
        for (JsonElement e : sweeps) {
            sections.add(section(file, base, dataRoot, e, false, defaults, defaultSeeds, ids));
        }
        for (Section s : sections) {
            if (s.target() != null && s.target().of() != null
                    && sections.stream().noneMatch(o -> o.id().equals(s.target().of()))) {
                throw new ExperimentException(file + ": run '" + s.id() + "': target refers to unknown run '"
                        + s.target().of() + "'");
            }
        }
        List<Point> points = new ArrayList<>();
        for (Section s : sections) {
            points.addAll(expand(s, defaults));
        }
        Suite suite = new Suite(file, name, title, Math.max(1, threads), List.copyOf(sections), List.copyOf(points));
        suite.notes = text(root.get("notes"));
        return suite;
    }

    private static Section section(Path file, Path base, Path dataRoot, JsonElement e, boolean run,
                                   Map<String, JsonElement> defaults, List<Long> defaultSeeds, Set<String> ids) {
        String where = run ? "runs" : "sweeps";
        if (!e.isJsonObject()) {
            throw new ExperimentException(file + ": every entry of \"" + where + "\" must be an object");
        }
        JsonObject o = e.getAsJsonObject();
        String id = str(o, "id", null);
        if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
            throw new ExperimentException(file + ": an entry of \"" + where
                    + "\" needs an \"id\" made of letters, digits, '.', '_' or '-'");
        }
        if (!ids.add(id)) {
            throw new ExperimentException(file + ": duplicate id '" + id + "'");
        }
        String ctx = where + "/" + id;
        Type type;
        if (run) {
            type = Type.RUN;
            known(file, ctx, o, Set.of("id", "case", "paper", "target", "title", "description", "note", "model",
                    "data", "set", "seeds"));
        } else {
            String t = str(o, "type", "train");
            type = switch (t) {
                case "train" -> Type.TRAIN;
                case "gradcheck" -> Type.GRADCHECK;
                case "curve" -> Type.CURVE;
                default -> throw new ExperimentException(file + ": " + ctx + ": unknown type '" + t
                        + "' (expected train, gradcheck or curve)");
            };
            known(file, ctx, o, type == Type.CURVE
                    ? Set.of("id", "type", "title", "description", "note", "preset", "range", "points", "series",
                            "x_label")
                    : Set.of("id", "type", "title", "description", "note", "model", "data", "set", "parameter",
                            "values", "series", "seeds", "batches", "x_label", "log_x"));
        }
        String title = str(o, "title", id);
        String description = str(o, "description", "");
        Path model = null;
        String modelName = null;
        Path data = null;
        String dataName = null;
        if (type != Type.CURVE) {
            modelName = str(o, "model", null);
            if (modelName == null) {
                throw new ExperimentException(file + ": " + ctx + ": missing \"model\" (a .spinflow file, relative to the suite)");
            }
            model = base.resolve(modelName).normalize();
            if (!Files.isRegularFile(model)) {
                throw new ExperimentException(file + ": " + ctx + ": model " + model + " does not exist");
            }
            dataName = str(o, "data", null);
            if (dataName != null) {
                data = (dataRoot != null ? dataRoot : base).resolve(dataName).normalize();
                if (!Files.exists(data)) {
                    throw new ExperimentException(file + ": " + ctx + ": data " + data
                            + " does not exist (data folders are relative to --data-root)");
                }
            }
        }
        Map<String, JsonElement> set = settings(file, ctx + "/set", obj(file, ctx, o, "set"), TRAIN_KEYS);
        List<Long> seeds = o.has("seeds") ? seeds(file, ctx, o) : defaultSeeds;
        String parameter = null;
        List<Double> values = List.of();
        List<Map<String, JsonElement>> series = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seriesKeys = type == Type.CURVE ? CURVE_KEYS : TRAIN_KEYS;
        if (!run) {
            if (type != Type.CURVE) {
                parameter = str(o, "parameter", null);
                if (parameter == null || !TRAIN_KEYS.contains(parameter) || parameter.equals("gradient")
                        || parameter.equals("label")) {
                    throw new ExperimentException(file + ": " + ctx + ": \"parameter\" must be a numeric setting, one of "
                            + new java.util.TreeSet<>(TRAIN_KEYS).toString().replace("gradient, ", "").replace(", label", ""));
                }
                values = new ArrayList<>();
                for (JsonElement v : arr(file, ctx, o, "values")) {
                    values.add(num(file, ctx, v, "values").doubleValue());
                }
                if (values.isEmpty()) {
                    throw new ExperimentException(file + ": " + ctx + ": \"values\" is empty");
                }
            }
            JsonArray sa = arr(file, ctx, o, "series");
            for (JsonElement s : sa) {
                if (!s.isJsonObject()) {
                    throw new ExperimentException(file + ": " + ctx + ": every series entry must be an object");
                }
                Map<String, JsonElement> m = settings(file, ctx + "/series", s.getAsJsonObject(), seriesKeys);
                series.add(m);
                labels.add(m.containsKey("label") ? m.get("label").getAsString() : describe(m));
            }
        }
        if (series.isEmpty()) {
            series.add(Map.of());
            labels.add(run ? id : "default");
        }
        int batches = o.has("batches") ? num(file, ctx, o.get("batches"), "batches").intValue() : 8;
        String xLabel = str(o, "x_label", parameter == null ? "drive" : parameter);
        boolean logX = o.has("log_x") && o.get("log_x").getAsBoolean();
        Target target = null;
        if (o.has("target")) {
            JsonObject t = obj(file, ctx, o, "target");
            known(file, ctx + "/target", t, Set.of("text", "min", "of", "within_pp"));
            target = new Target(str(t, "text", null), t.has("min") ? num(file, ctx, t.get("min"), "min").doubleValue() : null,
                    str(t, "of", null), t.has("within_pp") ? num(file, ctx, t.get("within_pp"), "within_pp").doubleValue() : null);
            if (target.min() == null && (target.of() == null || target.withinPp() == null)) {
                throw new ExperimentException(file + ": " + ctx + ": a target needs \"min\" or \"of\" with \"within_pp\"");
            }
        }
        String preset = null;
        double lo = 0;
        double hi = 0;
        int pts = 0;
        if (type == Type.CURVE) {
            preset = str(o, "preset", "mtj-f-default");
            JsonArray r = arr(file, ctx, o, "range");
            if (r.size() != 2) {
                throw new ExperimentException(file + ": " + ctx + ": \"range\" must be [LO, HI] in drive units (A)");
            }
            lo = num(file, ctx, r.get(0), "range").doubleValue();
            hi = num(file, ctx, r.get(1), "range").doubleValue();
            pts = o.has("points") ? num(file, ctx, o.get("points"), "points").intValue() : 161;
            if (!(hi > lo) || pts < 2) {
                throw new ExperimentException(file + ": " + ctx + ": need HI > LO and at least 2 points");
            }
        }
        return new Section(id, type, title, description, model, modelName, data, dataName, inFileOrder(set), parameter, values, series,
                labels, List.copyOf(seeds), batches, xLabel, logX, str(o, "case", title), str(o, "paper", ""), target,
                preset, lo, hi, pts, text(o.get("note")));
    }

    private static List<Point> expand(Section s, Map<String, JsonElement> defaults) {
        List<Point> out = new ArrayList<>();
        for (int si = 0; si < s.series().size(); si++) {
            Map<String, JsonElement> m = new LinkedHashMap<>();
            if (s.type() != Type.CURVE) {
                m.putAll(defaults);
            }
            m.putAll(s.set());
            m.putAll(s.series().get(si));
            m.remove("label");
            List<Double> xs = s.type() == Type.RUN || s.type() == Type.CURVE ? java.util.Collections.singletonList(null)
                    : s.values();
            for (Double x : xs) {
                Map<String, JsonElement> full = new LinkedHashMap<>(m);
                if (x != null) {
                    full.put(s.parameter(), new JsonPrimitive(x));
                }
                List<Long> seeds = s.type() == Type.CURVE ? java.util.Collections.singletonList(null) : s.seeds();
                for (Long seed : seeds) {
                    String label = s.seriesLabels().get(si);
                    StringBuilder key = new StringBuilder(s.id()).append('|').append(label);
                    if (x != null) {
                        key.append('|').append(s.parameter()).append('=').append(fmt(x));
                    }
                    if (seed != null) {
                        key.append("|seed=").append(seed);
                    }
                    key.append('|').append(hash(s, full, seed));
                    out.add(new Point(s, si, label, x, seed, inFileOrder(full), key.toString()));
                }
            }
        }
        return out;
    }

    /**
     * An unmodifiable copy that keeps the order of {@code m} (the order the suite file gives): reports list the
     * settings in it. {@code Map.copyOf} would not: its order changes from one JVM run to the next.
     */
    private static Map<String, JsonElement> inFileOrder(Map<String, JsonElement> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static String hash(Section s, Map<String, JsonElement> settings, Long seed) {
        StringBuilder b = new StringBuilder();
        b.append(s.type()).append('\n').append(s.modelName()).append('\n').append(s.dataName()).append('\n');
        new TreeMap<>(settings).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        b.append(seed).append('\n');
        if (s.type() == Type.GRADCHECK) {
            b.append("batches=").append(s.batches()).append('\n');
        }
        if (s.type() == Type.CURVE) {
            b.append(s.preset()).append(' ').append(s.lo()).append(' ').append(s.hi()).append(' ').append(s.points());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "k=v, k=v" for a series without a label. */
    static String describe(Map<String, JsonElement> m) {
        StringBuilder b = new StringBuilder();
        for (var e : m.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            JsonElement v = e.getValue();
            b.append(e.getKey()).append('=').append(v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()
                    ? v.getAsString() : v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() ? fmt(v.getAsDouble()) : v.toString());
        }
        return b.length() == 0 ? "default" : b.toString();
    }

    /** Compact number format: integers without ".0", others with up to 6 significant digits. */
    public static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", x);
        if (s.contains("e")) {
            String[] p = s.split("e");
            String m = p[0].contains(".") ? p[0].replaceAll("0+$", "").replaceAll("\\.$", "") : p[0];
            return m + "e" + Integer.parseInt(p[1]);
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static Map<String, JsonElement> settings(Path file, String ctx, JsonObject o, Set<String> allowed) {
        Map<String, JsonElement> m = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            String k = e.getKey();
            if (!allowed.contains(k) && !k.startsWith("device.")) {
                throw new ExperimentException(file + ": " + ctx + ": unknown setting '" + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ", device.<macrospin parameter>)");
            }
            JsonElement v = e.getValue();
            if (!v.isJsonPrimitive()) {
                throw new ExperimentException(file + ": " + ctx + ": setting '" + k + "' must be a number or a string");
            }
            if (!k.equals("gradient") && !k.equals("label") && !v.getAsJsonPrimitive().isNumber()) {
                throw new ExperimentException(file + ": " + ctx + ": setting '" + k + "' must be a number");
            }
            m.put(k, v);
        }
        return m;
    }

    /** A string, or a list of strings joined as paragraphs; "" when absent. */
    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> parts.add(x.getAsString()));
            return String.join("\n\n", parts);
        }
        return e.getAsString();
    }

    private static List<Long> seeds(Path file, String ctx, JsonObject o) {
        List<Long> seeds = new ArrayList<>();
        for (JsonElement s : arr(file, ctx, o, "seeds")) {
            seeds.add(num(file, ctx, s, "seeds").longValue());
        }
        if (seeds.isEmpty()) {
            throw new ExperimentException(file + ": " + ctx + ": \"seeds\" is empty");
        }
        return List.copyOf(seeds);
    }

    private static void known(Path file, String ctx, JsonObject o, Set<String> allowed) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new ExperimentException(file + ": " + ctx + ": unknown field '" + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String str(JsonObject o, String k, String dflt) {
        JsonElement e = o.get(k);
        return e == null || e.isJsonNull() ? dflt : e.getAsString();
    }

    private static Number num(Path file, String ctx, JsonElement e, String k) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new ExperimentException(file + ": " + ctx + ": \"" + k + "\" must be a number");
        }
        return e.getAsNumber();
    }

    private static JsonObject obj(Path file, String ctx, JsonObject o, String k) {
        JsonElement e = o.get(k);
        if (e == null || e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw new ExperimentException(file + ": " + ctx + ": \"" + k + "\" must be an object");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray arr(Path file, String ctx, JsonObject o, String k) {
        JsonElement e = o.get(k);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw new ExperimentException(file + ": " + ctx + ": \"" + k + "\" must be a list");
        }
        return e.getAsJsonArray();
    }

    private static String stripJson(String n) {
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
