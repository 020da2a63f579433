package org.spinflow.model.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import org.spinflow.model.Conductances;
import org.spinflow.model.Crossbar;
import org.spinflow.model.SpinflowFactory;

/**
 * Compact storage of a crossbar's learned conductance pairs: {@code float[]} in row-major order
 * (physical rows incl. the bias row, x cols), little-endian float32, base64 encoded, as stored in
 * {@link Conductances#getGPlus()} and {@link Conductances#getGMinus()}.
 */
public final class ConductanceCodec {

    private ConductanceCodec() {
    }

    /** A crossbar's pair matrices, row-major, {@code rows x cols} each. */
    public record Pairs(int rows, int cols, float[] gPlus, float[] gMinus) {
        public Pairs {
            if (rows <= 0 || cols <= 0) {
                throw new IllegalArgumentException("conductance shape must be positive, got " + rows + " x " + cols);
            }
            long n = (long) rows * cols;
            if (gPlus == null || gMinus == null || gPlus.length != n || gMinus.length != n) {
                throw new IllegalArgumentException("conductance arrays must hold " + rows + " x " + cols + " = " + n
                        + " values, got G+ " + len(gPlus) + " and G- " + len(gMinus));
            }
        }

        /** G+ at (row, col). */
        public float plus(int row, int col) {
            return gPlus[index(row, col)];
        }

        /** G- at (row, col). */
        public float minus(int row, int col) {
            return gMinus[index(row, col)];
        }

        private int index(int row, int col) {
            if (row < 0 || row >= rows || col < 0 || col >= cols) {
                throw new IndexOutOfBoundsException("(" + row + ", " + col + ") outside " + rows + " x " + cols);
            }
            return row * cols + col;
        }

        private static String len(float[] a) {
            return a == null ? "none" : Integer.toString(a.length);
        }
    }

    /** Base64 of the little-endian float32 values. */
    public static String encode(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(values.length, Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** Decodes {@link #encode(float[])}; an empty or null string gives an empty array. */
    public static float[] decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return new float[0];
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("conductances are not valid base64: " + e.getMessage(), e);
        }
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("conductance data is " + bytes.length
                    + " bytes, not a whole number of float32 values");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /** Number of physical rows of a crossbar: {@code rows} plus one when it has a bias row. */
    public static int physicalRows(Crossbar crossbar) {
        return crossbar.getRows() + (crossbar.isBias() ? 1 : 0);
    }

    /** True when the crossbar stores conductances (both matrices set). */
    public static boolean hasPairs(Crossbar crossbar) {
        Conductances c = crossbar.getConductances();
        return c != null && c.getGPlus() != null && c.getGMinus() != null;
    }

    /**
     * Reads the pair matrices of {@code crossbar}, checking that the stored shape equals the
     * crossbar's (physical rows x cols) and that both arrays have that many values.
     *
     * @throws IllegalArgumentException on any mismatch or when no conductances are stored
     */
    public static Pairs getPairs(Crossbar crossbar) {
        Conductances c = crossbar.getConductances();
        String name = "crossbar '" + crossbar.getName() + "'";
        if (c == null || c.getGPlus() == null || c.getGMinus() == null) {
            throw new IllegalArgumentException(name + " stores no conductances");
        }
        int rows = physicalRows(crossbar);
        int cols = crossbar.getCols();
        if (c.getRows() != rows || c.getCols() != cols) {
            throw new IllegalArgumentException(name + " stores conductances of shape " + c.getRows() + " x " + c.getCols()
                    + " but needs " + rows + " x " + cols + (crossbar.isBias() ? " (rows + 1 bias row)" : ""));
        }
        float[] plus = decode(c.getGPlus());
        float[] minus = decode(c.getGMinus());
        long n = (long) rows * cols;
        if (plus.length != n || minus.length != n) {
            throw new IllegalArgumentException(name + " stores " + plus.length + " G+ and " + minus.length
                    + " G- values but needs " + n + " (" + rows + " x " + cols + ")");
        }
        return new Pairs(rows, cols, plus, minus);
    }

    /**
     * Stores the pair matrices in {@code crossbar} (creating its {@link Conductances} if needed);
     * the shape must be the crossbar's physical rows x cols.
     */
    public static void setPairs(Crossbar crossbar, Pairs pairs) {
        int rows = physicalRows(crossbar);
        int cols = crossbar.getCols();
        if (pairs.rows() != rows || pairs.cols() != cols) {
            throw new IllegalArgumentException("crossbar '" + crossbar.getName() + "' needs conductances of shape " + rows
                    + " x " + cols + (crossbar.isBias() ? " (rows + 1 bias row)" : "") + ", got " + pairs.rows() + " x "
                    + pairs.cols());
        }
        Conductances c = crossbar.getConductances();
        if (c == null) {
            c = SpinflowFactory.eINSTANCE.createConductances();
            crossbar.setConductances(c);
        }
        c.setRows(rows);
        c.setCols(cols);
        c.setGPlus(encode(pairs.gPlus()));
        c.setGMinus(encode(pairs.gMinus()));
    }

    /** {@link #setPairs(Crossbar, Pairs)} from row-major flat arrays. */
    public static void setPairs(Crossbar crossbar, float[] gPlus, float[] gMinus) {
        setPairs(crossbar, new Pairs(physicalRows(crossbar), crossbar.getCols(), gPlus, gMinus));
    }

    /** {@link #setPairs(Crossbar, Pairs)} from {@code [row][col]} matrices. */
    public static void setPairs(Crossbar crossbar, float[][] gPlus, float[][] gMinus) {
        int rows = physicalRows(crossbar);
        int cols = crossbar.getCols();
        setPairs(crossbar, new Pairs(rows, cols, flatten(gPlus, rows, cols, "G+"), flatten(gMinus, rows, cols, "G-")));
    }

    /** G+ as a {@code [row][col]} matrix. */
    public static float[][] getGPlus(Crossbar crossbar) {
        Pairs p = getPairs(crossbar);
        return unflatten(p.gPlus(), p.rows(), p.cols());
    }

    /** G- as a {@code [row][col]} matrix. */
    public static float[][] getGMinus(Crossbar crossbar) {
        Pairs p = getPairs(crossbar);
        return unflatten(p.gMinus(), p.rows(), p.cols());
    }

    static float[] flatten(float[][] m, int rows, int cols, String what) {
        if (m == null || m.length != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, got " + (m == null ? "none" : m.length));
        }
        float[] out = new float[Math.multiplyExact(rows, cols)];
        for (int r = 0; r < rows; r++) {
            if (m[r] == null || m[r].length != cols) {
                throw new IllegalArgumentException(what + " row " + r + " must have " + cols + " columns, got "
                        + (m[r] == null ? "none" : m[r].length));
            }
            System.arraycopy(m[r], 0, out, r * cols, cols);
        }
        return out;
    }

    static float[][] unflatten(float[] flat, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, m[r], 0, cols);
        }
        return m;
    }
}
