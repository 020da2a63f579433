package org.spinflow.data;

import java.util.Locale;

/**
 * Per-feature normalisation. Statistics are fitted on the <em>training</em> part only
 * ({@link #fit(Dataset)}) and the resulting {@link Transform} is then applied unchanged to training,
 * validation and test data, so no information leaks from held-out data. Every transform is affine
 * per feature, {@code x' = (x - offset[j]) * scale[j]}, and returns new data sets; inputs are never
 * modified.
 */
public enum Normaliser {

    /**
     * {@code (x - mean) / std}; mean and population standard deviation per feature. A feature constant in the
     * training data (std below {@link #FLOOR}) maps to 0 everywhere, also where held-out data differ.
     */
    ZSCORE,
    /**
     * Maps each feature's training range {@code [min, max]} onto {@code [-1, 1]}; a feature constant in the
     * training data (range below {@link #FLOOR}) maps to 0 everywhere.
     */
    MINMAX,
    /**
     * {@code x / 255}: 8-bit pixels 0..255 onto {@code [0, 1]}, independent of the data. Chosen as the
     * plain pixel scaling; use {@link #SCALE255_CENTRED} for inputs centred on zero.
     */
    SCALE255,
    /** {@code x / 127.5 - 1}: 8-bit pixels 0..255 onto {@code [-1, 1]}, independent of the data. */
    SCALE255_CENTRED,
    /** Identity. */
    NONE;

    /**
     * Standard deviation (ZSCORE) or range (MINMAX) below which a feature counts as constant in the training
     * data and gets scale 0: it carries nothing the model could learn, and dividing by a tiny spread would turn
     * a held-out value that differs (a digit pixel blank in every training image of a fold) into a huge input.
     */
    public static final double FLOOR = 1e-8;

    /** Parses a name case-insensitively, accepting {@code -} for {@code _} (e.g. "zscore", "scale255-centred"). */
    public static Normaliser parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Normaliser m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown normalisation '" + name
                + "', expected one of zscore, minmax, scale255, scale255_centred, none");
    }

    /** Fits this normalisation's statistics on {@code train} (only its features are read). */
    public Transform fit(Dataset train) {
        int n = train.n();
        int d = train.d();
        double[] offset = new double[d];
        double[] scale = new double[d];
        switch (this) {
            case NONE -> java.util.Arrays.fill(scale, 1.0);
            case SCALE255 -> java.util.Arrays.fill(scale, 1.0 / 255.0);
            case SCALE255_CENTRED -> {
                java.util.Arrays.fill(offset, 127.5);
                java.util.Arrays.fill(scale, 1.0 / 127.5);
            }
            case ZSCORE -> {
                requireRows(train);
                java.nio.FloatBuffer x = train.featureBuffer();
                double[] sum = new double[d];
                for (int i = 0, p = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        sum[j] += x.get(p++);
                    }
                }
                for (int j = 0; j < d; j++) {
                    offset[j] = sum[j] / n;
                }
                double[] ss = new double[d];
                for (int i = 0, p = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        double e = x.get(p++) - offset[j];
                        ss[j] += e * e;
                    }
                }
                for (int j = 0; j < d; j++) {
                    double std = Math.sqrt(ss[j] / n);
                    scale[j] = std < FLOOR ? 0.0 : 1.0 / std;
                }
            }
            case MINMAX -> {
                requireRows(train);
                java.nio.FloatBuffer x = train.featureBuffer();
                double[] lo = new double[d];
                double[] hi = new double[d];
                java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
                for (int i = 0, p = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        float v = x.get(p++);
                        lo[j] = Math.min(lo[j], v);
                        hi[j] = Math.max(hi[j], v);
                    }
                }
                for (int j = 0; j < d; j++) {
                    offset[j] = (lo[j] + hi[j]) / 2;
                    double range = hi[j] - lo[j];
                    scale[j] = range < FLOOR ? 0.0 : 2.0 / range;
                }
            }
            default -> throw new AssertionError(this);
        }
        return new Transform(this, offset, scale, train.source());
    }

    private void requireRows(Dataset train) {
        if (train.n() == 0) {
            throw new IllegalArgumentException(name() + " needs at least one training sample to fit ("
                    + train.source() + " is empty)");
        }
    }

    /** A fitted, immutable per-feature affine transform {@code x' = (x - offset[j]) * scale[j]}. */
    public static final class Transform {
        private final Normaliser method;
        private final double[] offset;
        private final double[] scale;
        private final String fittedOn;

        private Transform(Normaliser method, double[] offset, double[] scale, String fittedOn) {
            this.method = method;
            this.offset = offset;
            this.scale = scale;
            this.fittedOn = fittedOn;
        }

        /** Builds a transform from saved statistics (e.g. stored with a trained model). */
        public static Transform of(Normaliser method, double[] offset, double[] scale) {
            if (offset.length != scale.length || offset.length == 0) {
                throw new IllegalArgumentException("offset and scale must have the same, positive length");
            }
            return new Transform(method, offset.clone(), scale.clone(), "saved statistics");
        }

        public Normaliser method() {
            return method;
        }

        /** Number of features this transform expects. */
        public int d() {
            return offset.length;
        }

        /** Per-feature offsets (the mean for ZSCORE, the range midpoint for MINMAX); a copy. */
        public double[] offset() {
            return offset.clone();
        }

        /** Per-feature scales (1/std for ZSCORE, 2/range for MINMAX); a copy. */
        public double[] scale() {
            return scale.clone();
        }

        /** Source of the data the statistics were fitted on. */
        public String fittedOn() {
            return fittedOn;
        }

        /** A new data set with transformed features; {@code ds} is unchanged. */
        public Dataset apply(Dataset ds) {
            check(ds.d(), ds.source());
            float[] x = ds.features();
            applyInPlace(x, 0, ds.n());
            return ds.withFeaturesOwned(x);
        }

        /** Transforms {@code rows} consecutive rows of {@code d()} features in {@code x} starting at {@code off}. */
        public void applyInPlace(float[] x, int off, int rows) {
            int d = offset.length;
            java.util.Objects.checkFromIndexSize(off, Math.multiplyExact(rows, d), x.length);
            for (int i = 0, p = off; i < rows; i++) {
                for (int j = 0; j < d; j++, p++) {
                    x[p] = (float) ((x[p] - offset[j]) * scale[j]);
                }
            }
        }

        private void check(int d, String source) {
            if (d != offset.length) {
                throw new IllegalArgumentException(method + " normalisation fitted on " + fittedOn + " expects "
                        + offset.length + " features, but " + source + " has " + d);
            }
        }

        @Override
        public String toString() {
            return "Normaliser.Transform[" + method + ", d=" + offset.length + ", fitted on " + fittedOn + "]";
        }
    }
}
