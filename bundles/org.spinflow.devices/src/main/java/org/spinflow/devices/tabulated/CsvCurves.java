package org.spinflow.devices.tabulated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spinflow.devices.DeviceException;

/**
 * A measured transfer curve loaded from CSV: an optional header line, then rows
 * {@code input, output1[, output2 ...]} (one output column per device), comma separated, inputs
 * strictly increasing, at least 4 rows. Blank lines and lines starting with {@code #} are
 * skipped. Errors name the file and the line: {@code iv.csv:12: expected a number in column 2, got 'abc'}.
 *
 * @param x       inputs, strictly increasing
 * @param y       y[column][row]
 * @param columns column names (from the header, or "x", "y1", ...)
 */
public record CsvCurves(Path file, double[] x, double[][] y, List<String> columns) {

    public static final int MIN_POINTS = 4;

    /** Largest tabulated curve file read (bytes), system property {@code spinflow.maxCurveBytes}, default 64 MiB. */
    static final long MAX_BYTES = Long.getLong("spinflow.maxCurveBytes", 64L << 20);

    /** Reads and validates a CSV file. */
    public static CsvCurves read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> lines;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DeviceException(name + ": tabulated device file is " + size + " bytes, more than the limit of "
                        + MAX_BYTES + " (a measured curve is small; raise the limit with -Dspinflow.maxCurveBytes=N)");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeviceException(name + ": cannot read the tabulated device file " + file.toAbsolutePath()
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(name, lines, file);
    }

    /** Parses CSV lines; {@code name} is used in error messages. */
    public static CsvCurves parse(String name, List<String> lines, Path file) {
        List<String> header = null;
        int ncol = -1;
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineNo = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String raw = lines.get(ln).strip();
            if (ln == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            String[] f = raw.split(",", -1);
            if (header == null && rows.isEmpty() && !allNumbers(f)) {
                header = new ArrayList<>();
                for (String s : f) {
                    header.add(s.strip());
                }
                ncol = f.length;
                if (ncol < 2) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": expected at least 2 columns (input, output),"
                            + " got " + ncol);
                }
                continue;
            }
            if (ncol < 0) {
                ncol = f.length;
                if (ncol < 2) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": expected at least 2 columns (input, output),"
                            + " got " + ncol);
                }
            }
            if (f.length != ncol) {
                throw new DeviceException(name + ":" + (ln + 1) + ": expected " + ncol + " columns, got " + f.length);
            }
            double[] row = new double[ncol];
            for (int c = 0; c < ncol; c++) {
                String s = f[c].strip();
                try {
                    row[c] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": expected a number in column " + (c + 1)
                            + ", got '" + s + "'");
                }
                if (!Double.isFinite(row[c])) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": expected a finite number in column " + (c + 1)
                            + ", got '" + s + "'");
                }
            }
            if (!rows.isEmpty()) {
                double prev = rows.get(rows.size() - 1)[0];
                int prevLine = lineNo.get(lineNo.size() - 1);
                if (row[0] == prev) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": duplicate input " + f[0].strip()
                            + " (same as line " + prevLine + ")");
                }
                if (row[0] < prev) {
                    throw new DeviceException(name + ":" + (ln + 1) + ": inputs must be sorted in increasing order: "
                            + f[0].strip() + " comes after " + prev + " (line " + prevLine + ")");
                }
            }
            rows.add(row);
            lineNo.add(ln + 1);
        }
        if (rows.size() < MIN_POINTS) {
            throw new DeviceException(name + ":" + (lines.size()) + ": a tabulated curve needs at least " + MIN_POINTS
                    + " data rows, got " + rows.size());
        }
        int n = rows.size();
        double[] x = new double[n];
        double[][] y = new double[ncol - 1][n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[0];
            for (int c = 1; c < ncol; c++) {
                y[c - 1][i] = rows.get(i)[c];
            }
        }
        if (header == null) {
            header = new ArrayList<>();
            header.add("x");
            for (int c = 1; c < ncol; c++) {
                header.add("y" + c);
            }
        }
        return new CsvCurves(file, x, y, List.copyOf(header));
    }

    private static boolean allNumbers(String[] f) {
        for (String s : f) {
            try {
                Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
