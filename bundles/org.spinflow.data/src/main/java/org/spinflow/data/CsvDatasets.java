package org.spinflow.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a labelled data set from a comma-separated file, raw or gzip-compressed (detected by the
 * magic bytes, not the extension). Three layouts are recognised from the first line:
 *
 * <ol>
 *   <li><b>Counted</b> (the scikit-learn layout of {@code iris.csv}): {@code n,d,name0,name1,...};
 *       then exactly {@code n} rows of {@code d} numbers and an integer class label in
 *       {@code 0..classes-1}, where {@code classes} is the number of names.</li>
 *   <li><b>Named columns</b>: a header of column names (at least one not a number); every row has
 *       that many values, the last being a non-negative integer class label.</li>
 *   <li><b>Headerless</b>: the first line is already data (all numbers), e.g. {@code digits.csv}.</li>
 * </ol>
 *
 * <p>In layouts 2 and 3 there are {@code max label + 1} classes named {@code "0","1",...}, and a
 * label must be below {@link #MAX_CLASSES}. Blank lines are skipped; values are trimmed; features
 * must be finite decimal numbers. Labels may be written as integral decimals ({@code 2.0}).
 */
public final class CsvDatasets {

    /** Largest number of classes accepted in layouts without class names. */
    public static final int MAX_CLASSES = 1 << 16;

    private CsvDatasets() {
    }

    /** Loads {@code file} with the limits from the system properties. */
    public static Dataset load(Path file) {
        return load(file, DataLimits.fromSystemProperties());
    }

    /** Loads {@code file}. */
    public static Dataset load(Path file, DataLimits limits) {
        String name = DataFiles.name(file);
        try (InputStream in = DataFiles.open(file, limits);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), DataFiles.BUFFER)) {
            return parse(r, name, limits);
        } catch (CharacterCodingException e) {
            throw new DataException(name + ": not a text file (invalid UTF-8); expected comma-separated numbers", e);
        } catch (IOException e) {
            throw DataFiles.io(name, e);
        }
    }

    /** Longest line read (characters); a longer one is refused before it is buffered whole. */
    static final int MAX_LINE_CHARS = Integer.getInteger("spinflow.maxLineChars", 1 << 22);

    /**
     * Reads a line (without its terminator: \n, \r or \r\n, as {@link BufferedReader#readLine})
     * of at most {@link #MAX_LINE_CHARS} characters; null at the end.
     */
    private static String readLine(BufferedReader r, StringBuilder sb, String name, int lineNo) throws IOException {
        sb.setLength(0);
        int c;
        boolean any = false;
        while ((c = r.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                r.mark(1);
                if (r.read() != '\n') {
                    r.reset();
                }
                break;
            }
            if (sb.length() >= MAX_LINE_CHARS) {
                throw new DataException(name + ":" + lineNo + ": line longer than " + MAX_LINE_CHARS
                        + " characters (raise the limit with -Dspinflow.maxLineChars=N)");
            }
            sb.append((char) c);
        }
        return any ? sb.toString() : null;
    }

    private static Dataset parse(BufferedReader r, String name, DataLimits limits) throws IOException {
        StringBuilder sb = new StringBuilder();
        int lineNo = 0;
        String line;
        String first = null;
        while ((line = readLine(r, sb, name, lineNo + 1)) != null) {
            lineNo++;
            if (!line.isBlank()) {
                first = line;
                break;
            }
        }
        if (first == null) {
            throw new DataException(name + ": file is empty, expected a header line or comma-separated data");
        }
        String[] head = split(stripBom(first));
        int headLine = lineNo;

        int declaredN = -1;
        int d;
        String[] classNames = null;
        boolean firstIsData = false;
        if (head.length >= 3 && isCount(head[0]) && isCount(head[1]) && noneNumeric(head, 2)) {
            declaredN = Integer.parseInt(head[0]);
            d = Integer.parseInt(head[1]);
            if (d < 1) {
                throw new DataException(name + ":" + headLine + ": header declares " + d
                        + " features, expected at least 1");
            }
            classNames = new String[head.length - 2];
            for (int i = 2; i < head.length; i++) {
                classNames[i - 2] = unquote(head[i]);
            }
            long values = (long) declaredN * d;
            if (values > limits.maxValues()) {
                throw new DataException(name + ":" + headLine + ": header declares " + declaredN + " rows of " + d
                        + " features = " + values + " values, more than the " + limits.valuesHint());
            }
        } else {
            if (head.length < 2) {
                throw new DataException(name + ":" + headLine + ": expected at least 2 comma-separated values"
                        + " (features then class label), got " + head.length);
            }
            d = head.length - 1;
            firstIsData = allNumeric(head);
        }
        int cols = d + 1;

        if (d > limits.maxValues()) {
            throw new DataException(name + ":" + headLine + ": " + d + " features per row, more than the "
                    + limits.valuesHint());
        }
        int cap = declaredN >= 0 ? Math.max(declaredN, 1) : (int) Math.max(1, Math.min(1024, Math.min(limits.maxValues(), 1L << 20) / d)); // grows as rows arrive
        float[] x = new float[Math.multiplyExact(cap, d)];
        int[] y = new int[cap];
        int n = 0;
        int maxLabel = -1;
        int classes = classNames == null ? MAX_CLASSES : classNames.length;
        String[] fields = firstIsData ? head : null;
        int fieldsLine = headLine;
        while (true) {
            if (fields == null) {
                line = readLine(r, sb, name, lineNo + 1);
                if (line == null) {
                    break;
                }
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                fields = split(line);
                fieldsLine = lineNo;
            }
            String where = name + ":" + fieldsLine + ": ";
            if (fields.length != cols) {
                throw new DataException(where + "expected " + cols + " comma-separated values, got " + fields.length);
            }
            if (declaredN >= 0 && n >= declaredN) {
                throw new DataException(where + "more rows than the " + declaredN + " the header declares");
            }
            if (n == y.length) {
                if ((long) (n + 1) * d > limits.maxValues()) {
                    throw new DataException(where + "more than " + limits.maxValues() / d + " rows of " + d
                            + " features, more than the " + limits.valuesHint());
                }
                long newCap = Math.min((long) y.length * 2, limits.maxValues() / d);
                y = Arrays.copyOf(y, (int) newCap);
                x = Arrays.copyOf(x, Math.multiplyExact((int) newCap, d));
            }
            int base = n * d;
            for (int j = 0; j < d; j++) {
                x[base + j] = number(fields[j], where, j + 1);
            }
            int label = label(fields[d], where, d + 1);
            if (label < 0 || label >= classes) {
                throw new DataException(where + "class label " + label + " out of range 0.." + (classes - 1)
                        + (classNames != null ? " (header names " + classes + " classes)" : ""));
            }
            y[n++] = label;
            maxLabel = Math.max(maxLabel, label);
            fields = null;
        }
        if (declaredN >= 0 && n != declaredN) {
            throw new DataException(name + ": header declares " + declaredN + " rows, found " + n);
        }
        if (n == 0) {
            throw new DataException(name + ": no data rows after the header");
        }
        if (classNames == null) {
            classNames = new String[maxLabel + 1];
            for (int c = 0; c < classNames.length; c++) {
                classNames[c] = Integer.toString(c);
            }
        }
        if (x.length != n * d) {
            x = Arrays.copyOf(x, n * d);
            y = Arrays.copyOf(y, n);
        }
        return new Dataset(x, y, n, d, classNames.length, classNames, name, true);
    }

    private static float number(String s, String where, int col) {
        if (looksDecimal(s)) {
            try {
                float v = Float.parseFloat(s);
                if (Float.isFinite(v)) {
                    return v;
                }
                throw new DataException(where + "value '" + s + "' in column " + col
                        + " is out of float range, expected a finite number");
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new DataException(where + "value '" + abbreviate(s) + "' in column " + col + " is not a number");
    }

    private static int label(String s, String where, int col) {
        if (looksDecimal(s)) {
            try {
                double v = Double.parseDouble(s);
                if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE) {
                    return (int) v;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new DataException(where + "class label '" + abbreviate(s) + "' in column " + col
                + " is not an integer");
    }

    /** Plain decimal notation only: digits, sign, point, exponent (no NaN, Infinity, hex, 'f' suffix). */
    private static boolean looksDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    private static boolean isNumeric(String s) {
        if (!looksDecimal(s)) {
            return false;
        }
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean noneNumeric(String[] f, int from) {
        for (int i = from; i < f.length; i++) {
            if (isNumeric(f[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNumeric(String[] f) {
        for (String s : f) {
            if (!isNumeric(s)) {
                return false;
            }
        }
        return true;
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                out.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return out.toArray(String[]::new);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"' ? s.substring(1, s.length() - 1) : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
