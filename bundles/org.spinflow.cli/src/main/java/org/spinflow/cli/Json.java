package org.spinflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * JSON output: one object on stdout and nothing else there. Every document starts with
 * {@code "schema": 1} (raised when a field changes meaning or disappears), every key is snake_case
 * ({@code repeatedReads} and {@code spinflow.version} become {@code repeated_reads} and
 * {@code spinflow_version}), and numbers are JSON numbers.
 */
final class Json {
    /** Version of the output format. */
    static final int SCHEMA = 1;

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
            .create();

    private Json() {
    }

    /** A document: for an object, {@code "schema": 1} first, then its fields; keys in snake_case. */
    static String of(Object o) {
        if (o instanceof Map<?, ?> map) {
            Map<Object, Object> m = new LinkedHashMap<>();
            m.put("schema", SCHEMA);
            map.forEach((k, v) -> {
                if (!"schema".equals(k)) {
                    m.put(k, v);
                }
            });
            return GSON.toJson(snake(m));
        }
        return GSON.toJson(snake(o));
    }

    @SuppressWarnings("unchecked")
    static Object snake(Object o) {
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                m.put(snakeCase(String.valueOf(e.getKey())), snake(e.getValue()));
            }
            return m;
        }
        if (o instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list.size());
            for (Object x : list) {
                l.add(snake(x));
            }
            return l;
        }
        return o;
    }

    /** {@code repeatedReads -> repeated_reads}, {@code spinflow.version -> spinflow_version}, {@code gMax -> g_max}. */
    static String snakeCase(String key) {
        StringBuilder b = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else if (c == '.' || c == '-' || c == ' ') {
                b.append('_');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Provenance values as typed JSON: integers and decimals as numbers, the rest as strings. */
    static Map<String, Object> typed(Map<String, String> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            m.put(e.getKey(), number(e.getValue()));
        }
        return m;
    }

    static Object number(String v) {
        if (v == null) {
            return null;
        }
        if (v.matches("-?(0|[1-9][0-9]{0,17})")) {
            return Long.parseLong(v);
        }
        if (v.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?") || v.equals("NaN") || v.equals("Infinity")
                || v.equals("-Infinity")) {
            return Double.parseDouble(v);
        }
        return v;
    }
}
