package org.spinflow.devices.noise;

/**
 * Fast counter-based standard normal deviates for read noise, keyed by (noise key, element
 * index): {@code gaussian(streamBase(noiseKey), k)} is a pure function, so a batched read gives
 * the same noise whatever the thread split.
 *
 * <p>Method: the 64-bit hash {@code splitmix64(streamBase + k)} is turned into a uniform u and
 * mapped through the inverse normal CDF. The central region uses a 4096-cell table with linear
 * interpolation (error below 1e-6 in the deviate); the outer 2/4096 of the probability mass
 * uses Acklam's rational approximation (relative error 1.2e-9). No allocation, no locks.
 */
public final class FastGaussian {

    private static final int BITS = 12;
    private static final int CELLS = 1 << BITS;
    /** Quantiles at u = i / CELLS, i = 1 .. CELLS-1 (index 0 and CELLS unused). */
    private static final double[] Q = new double[CELLS + 1];
    /** Q as floats with the cell's step beside it ({@code QF[2i] = Q[i]}, {@code QF[2i+1] = Q[i+1] - Q[i]}), for {@link #gaussianFloat}. */
    private static final float[] QF = new float[2 * CELLS];

    static {
        for (int i = 1; i < CELLS; i++) {
            Q[i] = inverseNormal((double) i / CELLS);
        }
        for (int i = 1; i < CELLS - 1; i++) {
            QF[2 * i] = (float) Q[i];
            QF[2 * i + 1] = (float) (Q[i + 1] - Q[i]);
        }
    }

    private FastGaussian() {
    }

    /** Per-batch base of the counter stream of a noise key. */
    public static long streamBase(long noiseKey) {
        return CounterRng.splitmix64(noiseKey ^ 0x5DEECE66DL * 0x2545F4914F6CDD1DL);
    }

    /** Standard normal deviate number {@code index} of the stream {@code base}. */
    public static double gaussian(long base, long index) {
        long h = CounterRng.splitmix64(base + index * 0x9E3779B97F4A7C15L);
        int cell = (int) (h >>> (64 - BITS));
        if (cell == 0 || cell == CELLS - 1) {
            return inverseNormal(CounterRng.toUniform(h));
        }
        double frac = ((h >>> (64 - BITS - 40)) & ((1L << 40) - 1)) * 0x1.0p-40;
        double a = Q[cell];
        return a + (Q[cell + 1 == CELLS ? cell : cell + 1] - a) * frac;
    }

    /**
     * The deviate of {@link #gaussian} in float arithmetic: the same hash and cell, the cell's quantile
     * and step read from one float pair and interpolated in float (24-bit fraction); differs from
     * {@link #gaussian} by rounding only (below about 1e-6). The outer cells use the double path.
     */
    public static float gaussianFloat(long base, long index) {
        return gaussianFloat(hash(base, index));
    }

    /** The hash behind deviate {@code index} of the stream {@code base}: {@code splitmix64(base + index * 0x9E3779B97F4A7C15)}. */
    public static long hash(long base, long index) {
        return CounterRng.splitmix64(base + index * 0x9E3779B97F4A7C15L);
    }

    /** The deviate of {@link #gaussianFloat(long, long)} from its {@link #hash}. */
    public static float gaussianFloat(long h) {
        int cell = (int) (h >>> (64 - BITS));
        if (cell == 0 || cell == CELLS - 1) {
            return (float) inverseNormal(CounterRng.toUniform(h));
        }
        float frac = (int) ((h >>> (64 - BITS - 24)) & ((1 << 24) - 1)) * 0x1.0p-24f;
        return QF[2 * cell] + QF[2 * cell + 1] * frac;
    }

    /** Hashes per {@link #hashes} call that {@link #STRIDE} covers. */
    public static final int CHUNK = 256;
    /** {@code j * 0x9E3779B97F4A7C15} for j < {@link #CHUNK} (wrapping), the counter steps of a chunk. */
    private static final long[] STRIDE = new long[CHUNK];

    static {
        for (int j = 0; j < CHUNK; j++) {
            STRIDE[j] = j * 0x9E3779B97F4A7C15L;
        }
    }

    /**
     * The hashes of deviates {@code first .. first + m - 1} of the stream {@code base} (m <= {@link #CHUNK})
     * into {@code out[at .. at + m)}, for {@link #gaussianFloat(long)}: the same 64-bit arithmetic as
     * {@link #gaussianFloat(long, long)} (a counter {@code base + (first + j) * 0x9E3779B97F4A7C15} wraps
     * modulo 2^64 as {@code (base + first * ...) + j * ...} does), in a loop without a carried dependency
     * that the JIT vectorises (AVX2 included: 64-bit multiplies are emulated, about 0.8 ns per hash
     * against 2.5 scalar).
     */
    public static void hashes(long base, long first, long[] out, int at, int m) {
        final long b = base + first * 0x9E3779B97F4A7C15L;
        final long[] st = STRIDE;
        for (int j = 0; j < m; j++) {
            out[at + j] = CounterRng.splitmix64(b + st[j]);
        }
    }

    /** Inverse standard normal CDF (Acklam's rational approximation, relative error 1.15e-9). */
    public static double inverseNormal(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        return x;
    }
}
