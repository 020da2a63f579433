package org.spinflow.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.csv}: one row per finished point, keyed by the point's key. Every update
 * rewrites the whole file to a temporary file, forces it to disk and renames it over the old one,
 * so a killed run leaves either the old or the new complete file, never a torn row.
 */
public final class ResultsFile {
    /** Column order of results.csv. */
    public static final List<String> COLUMNS = List.of("key", "section", "type", "series", "parameter", "x", "seed",
            "status", "acc_mean", "acc_std", "acc_folds", "loss", "cosine_mean", "cosine_min", "rel_error_median",
            "deriv_cosine", "deriv_rel_error", "epochs", "folds", "gradient", "seconds", "detail");

    private final Path file;
    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

    public ResultsFile(Path file) {
        this.file = file;
    }

    /** Reads the rows of an existing file (none when absent); rows with a different column set are dropped. */
    public static ResultsFile open(Path file, boolean fresh) {
        ResultsFile r = new ResultsFile(file);
        if (fresh || !Files.exists(file)) {
            return r;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot read previous results (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            return r;
        }
        List<String> header = parse(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = parse(lines.get(i));
            if (cells.size() != header.size()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            if (row.containsKey("key")) {
                r.rows.put(row.get("key"), row);
            }
        }
        return r;
    }

    public boolean has(String key) {
        return rows.containsKey(key);
    }

    public Map<String, String> get(String key) {
        return rows.get(key);
    }

    public Map<String, Map<String, String>> rows() {
        return rows;
    }

    /** Adds (or replaces) a row and writes the file atomically. */
    public void put(Map<String, String> row) {
        rows.put(row.get("key"), row);
        write();
    }

    public void write() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Map<String, String> row : rows.values()) {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                cells.add(quote(row.getOrDefault(c, "")));
            }
            b.append(String.join(",", cells)).append('\n');
        }
        atomicWrite(file, b.toString());
    }

    /** Writes text to a temporary sibling, forces it to disk and renames it over {@code target}. */
    public static void atomicWrite(Path target, String text) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            org.spinflow.model.io.AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\r", " ").replace("\n", " ").replace("\"", "\"\"") + '"';
    }

    public static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        q = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
