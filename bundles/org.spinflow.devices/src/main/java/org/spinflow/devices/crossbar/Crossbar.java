package org.spinflow.devices.crossbar;

import org.spinflow.devices.DeviceException;
import org.spinflow.devices.macrospin.Macrospin;
import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.devices.noise.CounterRng;
import org.spinflow.devices.noise.FastGaussian;

/**
 * A synaptic crossbar of differential MTJ pairs (docs/PHYSICS.md "Crossbar synapses"): weight
 * w = (G+ - G-) / G_scale with G+ and G- in [G_min, G_max]. Rows are inputs (voltages), columns
 * outputs (currents): I_col = sum_row (G+ - G-)[row][col] V_row. Storage is row-major
 * {@code [row * cols + col]} in float arrays.
 *
 * <p>Programming ({@link #program}): target pair G+ = G_mid + w G_scale/2, G- = G_mid - w G_scale/2,
 * clipped to [G_min, G_max]; then, if {@code levels >= 2}, each conductance is rounded to the
 * nearest of {@code levels} equally spaced levels in [G_min, G_max]; then write noise multiplies
 * each conductance by (1 + writeNoise N) (counter-based N keyed by (seed, writeKey, element)),
 * clipped again. Reads ({@link #currents}) add column read noise of sigma
 * sqrt(readNoise^2 + (readNoiseRelative |I|)^2).
 *
 * <p>Not thread-safe while programming; {@link #currents} is safe for concurrent calls.
 */
public final class Crossbar {

    /**
     * Configuration. Defaults ({@link #defaults()}): G in [1/R_AP, 1/R_P] of the default junction,
     * G_scale = G_max - G_min (so |w| <= 1 is representable), no write noise (5 % is the documented
     * realistic value), no quantisation, no read noise.
     */
    public record Config(double gMin, double gMax, double gScale, double writeNoise, int levels, double readNoise,
            double readNoiseRelative) {
        public Config {
            if (!(gMin > 0) || !(gMax > gMin) || !(gScale > 0)) {
                throw new DeviceException("crossbar needs 0 < gMin < gMax and gScale > 0");
            }
            if (!(writeNoise >= 0) || !(readNoise >= 0) || !(readNoiseRelative >= 0) || levels < 0 || levels == 1) {
                throw new DeviceException("crossbar noise must be >= 0 and levels 0 (off) or >= 2");
            }
        }

        public Config withWriteNoise(double s) {
            return new Config(gMin, gMax, gScale, s, levels, readNoise, readNoiseRelative);
        }

        public Config withLevels(int n) {
            return new Config(gMin, gMax, gScale, writeNoise, n, readNoise, readNoiseRelative);
        }

        public Config withReadNoise(double abs, double rel) {
            return new Config(gMin, gMax, gScale, writeNoise, levels, abs, rel);
        }

        public double gMid() {
            return 0.5 * (gMin + gMax);
        }
    }

    /** Default configuration from the default junction of docs/PHYSICS.md A.5. */
    public static Config defaults() {
        Macrospin m = new Macrospin(MacrospinParameters.DEFAULTS);
        double gMax = m.gP, gMin = m.gAP0;
        return new Config(gMin, gMax, gMax - gMin, 0, 0, 0, 0);
    }

    /** Realistic write noise from the spec (5 %). */
    public static final double DEFAULT_WRITE_NOISE = 0.05;

    private final int rows, cols;
    private final Config config;
    private final float[] gPlus, gMinus, gDiff;

    public Crossbar(int rows, int cols, Config config) {
        if (rows <= 0 || cols <= 0) {
            throw new DeviceException("crossbar size must be positive, got " + rows + " x " + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.config = config;
        this.gPlus = new float[rows * cols];
        this.gMinus = new float[rows * cols];
        this.gDiff = new float[rows * cols];
        float mid = (float) config.gMid();
        java.util.Arrays.fill(gPlus, mid);
        java.util.Arrays.fill(gMinus, mid);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public Config config() {
        return config;
    }

    /** Ideal (noise-free, unquantised, clipped) pair for weight w: {G+, G-}. */
    public static double[] pair(double w, Config c) {
        double gp = c.gMid() + 0.5 * w * c.gScale();
        double gm = c.gMid() - 0.5 * w * c.gScale();
        return new double[] {clip(gp, c), clip(gm, c)};
    }

    private static double clip(double g, Config c) {
        return Math.min(c.gMax(), Math.max(c.gMin(), g));
    }

    /** Rounds g to the nearest of the config's levels (identity when levels == 0). */
    public static double quantise(double g, Config c) {
        if (c.levels() < 2) {
            return g;
        }
        double step = (c.gMax() - c.gMin()) / (c.levels() - 1);
        return c.gMin() + Math.rint((g - c.gMin()) / step) * step;
    }

    /**
     * Programs all weights ({@code [row * cols + col]}). Write noise draws N(seed, writeKey, 2 e) for
     * G+ and N(seed, writeKey, 2 e + 1) for G- of element e, so reprogramming with another writeKey
     * gives fresh noise.
     */
    public void program(float[] weights, long seed, long writeKey) {
        if (weights.length < rows * cols) {
            throw new DeviceException("need " + rows * cols + " weights, got " + weights.length);
        }
        Config c = config;
        double mid = c.gMid(), half = 0.5 * c.gScale();
        for (int e = 0; e < rows * cols; e++) {
            double w = weights[e];
            double gp = quantise(clip(mid + w * half, c), c);
            double gm = quantise(clip(mid - w * half, c), c);
            if (c.writeNoise() > 0) {
                gp = clip(gp * (1 + c.writeNoise() * CounterRng.normal(seed, writeKey, 2L * e)), c);
                gm = clip(gm * (1 + c.writeNoise() * CounterRng.normal(seed, writeKey, 2L * e + 1)), c);
            }
            gPlus[e] = (float) gp;
            gMinus[e] = (float) gm;
            gDiff[e] = (float) (gp - gm);
        }
    }

    /** Effective weights (G+ - G-) / G_scale into out. */
    public void effectiveWeights(float[] out) {
        float inv = (float) (1 / config.gScale());
        for (int e = 0; e < rows * cols; e++) {
            out[e] = gDiff[e] * inv;
        }
    }

    /** Copy of G+ ([row * cols + col], siemens). */
    public float[] gPlus() {
        return gPlus.clone();
    }

    /** Copy of G-. */
    public float[] gMinus() {
        return gMinus.clone();
    }

    /**
     * Column currents of a batch: {@code out[b * cols + j] = sum_i (G+ - G-)[i][j] v[b * rows + i]}
     * plus column read noise keyed by (noiseKey, b * cols + j). Row-major streaming inner loop over
     * columns (vectorisable by the JIT).
     */
    public void currents(float[] v, float[] out, int batch, long noiseKey) {
        final int r = rows, c = cols;
        final float[] g = gDiff;
        for (int b = 0; b < batch; b++) {
            int ob = b * c;
            java.util.Arrays.fill(out, ob, ob + c, 0f);
            int vb = b * r;
            for (int i = 0; i < r; i++) {
                float vi = v[vb + i];
                if (vi == 0f) {
                    continue;
                }
                int gi = i * c;
                for (int j = 0; j < c; j++) {
                    out[ob + j] += vi * g[gi + j];
                }
            }
        }
        if (config.readNoise() > 0 || config.readNoiseRelative() > 0) {
            long base = FastGaussian.streamBase(noiseKey);
            double a = config.readNoise(), rel = config.readNoiseRelative();
            for (int k = 0; k < batch * c; k++) {
                double i = out[k];
                out[k] = (float) (i + Math.sqrt(a * a + rel * rel * i * i) * FastGaussian.gaussian(base, k));
            }
        }
    }
}
