package org.spinflow.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How Spinflow speaks to one instrument model: the SCPI command templates, the identification the
 * instrument must answer, and the lab's safety limits. Loaded from a properties file (format in
 * docs/INSTRUMENTS.md) so a lab adapts the command set without code. Built-in mappings live in
 * {@code org/spinflow/instrument/mappings/NAME.properties}.
 *
 * <p>Templates: {@code {channel}}, {@code {current}} (one point), {@code {channels}},
 * {@code {currents}} (a batch), {@code {aperture}} (s), {@code {compliance}} (V). Several commands
 * in one template are separated by {@code ;:} as in SCPI.
 */
public final class Mapping {

    /** The mapping of Spinflow's simulated lab ({@code spinflow instrument simulate}). */
    public static final String SIMULATED_LAB = "spinflow-simlab";

    static final Set<String> KEYS = Set.of("name", "idn", "reset", "clear", "opc", "error", "error.inline", "setup", "batch", "batch.max",
            "point", "channels", "aperture", "settle", "max.current", "max.voltage");

    private final String source;
    private final Map<String, String> values;
    private final Pattern idn;
    private final Limits limits;

    private Mapping(String source, Map<String, String> values) {
        this.source = source;
        this.values = values;
        for (String k : values.keySet()) {
            if (!KEYS.contains(k) && !k.matches("max\\.(current|voltage)\\.\\d+")) {
                throw new InstrumentException(source + ": unknown key '" + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)) + ", max.current.N, max.voltage.N)");
            }
        }
        for (String k : new String[] {"idn", "error", "channels", "max.current", "max.voltage"}) {
            if (!values.containsKey(k) || values.get(k).isBlank()) {
                throw new InstrumentException(source + ": missing key '" + k + "'");
            }
        }
        if (!values.containsKey("batch") && !values.containsKey("point")) {
            throw new InstrumentException(source + ": needs a 'batch' or a 'point' measurement template");
        }
        try {
            this.idn = Pattern.compile(values.get("idn"));
        } catch (PatternSyntaxException e) {
            throw new InstrumentException(source + ": 'idn' is not a regular expression: " + e.getDescription());
        }
        if (channels() < 1) {
            throw new InstrumentException(source + ": 'channels' must be at least 1");
        }
        if (values.containsKey("batch") && batchMax() < 1) {
            throw new InstrumentException(source + ": 'batch.max' must be at least 1");
        }
        this.limits = Limits.of(this);
    }

    /** A built-in mapping by name (e.g. {@value #SIMULATED_LAB}) or a properties file. */
    public static Mapping load(String nameOrFile) {
        String res = "mappings/" + nameOrFile + ".properties";
        try (InputStream in = Mapping.class.getResourceAsStream(res)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                return of(nameOrFile, p);
            }
        } catch (IOException e) {
            throw new InstrumentException("built-in mapping '" + nameOrFile + "': " + e.getMessage(), e);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InstrumentException(nameOrFile + ": no such mapping file (and no built-in mapping of that name; built in: "
                    + SIMULATED_LAB + ", generic-smu-switch)");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InstrumentException(file + ": cannot read the mapping file (" + e.getMessage() + ")", e);
        }
        return of(file.toString(), p);
    }

    static Mapping of(String source, Properties p) {
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k.strip(), p.getProperty(k).strip());
        }
        return new Mapping(source, m);
    }

    public String source() {
        return source;
    }

    public String name() {
        return values.getOrDefault("name", source);
    }

    public boolean identifies(String idnReply) {
        return idn.matcher(idnReply).find();
    }

    public String idnPattern() {
        return idn.pattern();
    }

    public String get(String key) {
        return values.get(key);
    }

    public boolean batched() {
        return values.containsKey("batch");
    }

    /** Whether the error query is appended to each measurement line (one round trip per transaction). */
    public boolean inlineErrors() {
        String v = values.get("error.inline");
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InstrumentException(source + ": 'error.inline' must be true or false, got '" + v + "'");
    }

    public int channels() {
        return integer("channels", 0);
    }

    public int batchMax() {
        return integer("batch.max", 1024);
    }

    /** Integration time per point asked from the instrument (s). */
    public double aperture() {
        return number("aperture", 1e-4);
    }

    /** Settling time per point after a switch or a source change (s), used for timing estimates only. */
    public double settle() {
        return number("settle", 0);
    }

    public Limits limits() {
        return limits;
    }

    double number(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InstrumentException(source + ": '" + key + "' must be a non-negative number, got '" + v + "'");
        }
    }

    private int integer(String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InstrumentException(source + ": '" + key + "' must be an integer, got '" + v + "'");
        }
    }

    Map<String, String> values() {
        return values;
    }

    /** Fills a template's placeholders. */
    static String fill(String template, Map<String, String> args) {
        String s = template;
        for (Map.Entry<String, String> e : args.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }

    /** A number as SCPI <NRf>: plain scientific notation, locale-independent. */
    static String nrf(double v) {
        return String.format(Locale.ROOT, "%.6E", v);
    }
}
