package org.spinflow.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable labelled data set: {@code n} samples of {@code d} float features (row-major) and an
 * integer class label in {@code 0..classes-1} per sample.
 *
 * <p>The arrays are never exposed: accessors return copies or read-only views, and every
 * transformation returns a new {@code Dataset}.
 */
public final class Dataset {

    private final float[] features;
    private final int[] labels;
    private final int n;
    private final int d;
    private final int classes;
    private final String[] classNames;
    private final String source;

    /**
     * Builds a data set from copies of the given arrays.
     *
     * @param features   row-major, length {@code n * d}
     * @param labels     length {@code n}, each in {@code 0..classes-1}
     * @param classNames length {@code classes}
     * @param source     where the data came from (file name, "subset of ...", ...), for messages
     */
    public Dataset(float[] features, int[] labels, int n, int d, int classes, String[] classNames, String source) {
        this(features.clone(), labels.clone(), n, d, classes, classNames.clone(), source, true);
    }

    /** Takes ownership of the arrays (no copy); callers inside the package must not keep them. */
    Dataset(float[] features, int[] labels, int n, int d, int classes, String[] classNames, String source,
            boolean owned) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        this.source = Objects.requireNonNull(source, "source");
        if (n < 0 || d < 1) {
            throw new IllegalArgumentException(source + ": need n >= 0 and d >= 1, got n=" + n + ", d=" + d);
        }
        if ((long) n * d != features.length) {
            throw new IllegalArgumentException(source + ": features has length " + features.length
                    + ", expected n*d = " + n + "*" + d + " = " + (long) n * d);
        }
        if (labels.length != n) {
            throw new IllegalArgumentException(source + ": labels has length " + labels.length + ", expected n = " + n);
        }
        if (classes < 1 || classNames.length != classes) {
            throw new IllegalArgumentException(source + ": classes=" + classes + " but " + classNames.length
                    + " class names");
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(source + ": sample " + i + " has label " + labels[i]
                        + ", expected 0.." + (classes - 1));
            }
        }
        for (String s : classNames) {
            Objects.requireNonNull(s, "class name");
        }
        this.features = features;
        this.labels = labels;
        this.n = n;
        this.d = d;
        this.classes = classes;
        this.classNames = classNames;
    }

    /** Number of samples. */
    public int n() {
        return n;
    }

    /** Number of features per sample. */
    public int d() {
        return d;
    }

    /** Number of classes; labels are {@code 0..classes-1}. */
    public int classes() {
        return classes;
    }

    /** A copy of the class names, indexed by label. */
    public String[] classNames() {
        return classNames.clone();
    }

    public String className(int label) {
        return classNames[label];
    }

    /** Where the data came from, for messages. */
    public String source() {
        return source;
    }

    /** Feature {@code j} of sample {@code i}. */
    public float feature(int i, int j) {
        Objects.checkIndex(i, n);
        Objects.checkIndex(j, d);
        return features[i * d + j];
    }

    public int label(int i) {
        return labels[Objects.checkIndex(i, n)];
    }

    /** A copy of all features, row-major {@code n x d}. */
    public float[] features() {
        return features.clone();
    }

    /** A read-only, zero-copy view of all features, row-major {@code n x d}. */
    public FloatBuffer featureBuffer() {
        return FloatBuffer.wrap(features).asReadOnlyBuffer();
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of sample {@code i}'s features. */
    public float[] row(int i) {
        Objects.checkIndex(i, n);
        return Arrays.copyOfRange(features, i * d, i * d + d);
    }

    /** Copies sample {@code i}'s features into {@code dst[off .. off+d)}. */
    public void copyRow(int i, float[] dst, int off) {
        Objects.checkIndex(i, n);
        System.arraycopy(features, i * d, dst, off, d);
    }

    /**
     * Gathers a mini-batch: samples {@code idx[from..to)} are copied row by row into {@code x}
     * (length at least {@code (to-from)*d}) and their labels into {@code y} (may be null).
     */
    public void gather(int[] idx, int from, int to, float[] x, int[] y) {
        Objects.checkFromToIndex(from, to, idx.length);
        for (int k = from; k < to; k++) {
            int i = Objects.checkIndex(idx[k], n);
            System.arraycopy(features, i * d, x, (k - from) * d, d);
            if (y != null) {
                y[k - from] = labels[i];
            }
        }
    }

    /** Number of samples per class, indexed by label. */
    public int[] classCounts() {
        int[] c = new int[classes];
        for (int l : labels) {
            c[l]++;
        }
        return c;
    }

    /**
     * The samples at {@code idx}, in that order (repeats allowed); same classes and class names.
     *
     * @throws IndexOutOfBoundsException if an index is outside {@code 0..n-1}
     */
    public Dataset subset(int[] idx) {
        float[] f = new float[Math.multiplyExact(idx.length, d)];
        int[] l = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int i = Objects.checkIndex(idx[k], n);
            System.arraycopy(features, i * d, f, k * d, d);
            l[k] = labels[i];
        }
        return new Dataset(f, l, idx.length, d, classes, classNames, source, true);
    }

    /** The first {@code m} samples (or all, if fewer). */
    public Dataset head(int m) {
        int k = Math.max(0, Math.min(m, n));
        return new Dataset(Arrays.copyOf(features, k * d), Arrays.copyOf(labels, k), k, d, classes, classNames,
                source, true);
    }

    /** The same data with another source description. */
    public Dataset withSource(String newSource) {
        return new Dataset(features, labels, n, d, classes, classNames, newSource, true);
    }

    /** The same data with other class names (same count). */
    public Dataset withClassNames(String... names) {
        if (names.length != classes) {
            throw new IllegalArgumentException(source + ": " + classes + " classes but " + names.length + " names given");
        }
        return new Dataset(features, labels, n, d, classes, names.clone(), source, true);
    }

    /** New features (owned, length n*d) with the same labels; arrays shared, both datasets immutable. */
    Dataset withFeaturesOwned(float[] newFeatures) {
        return new Dataset(newFeatures, labels, n, d, classes, classNames, source, true);
    }

    @Override
    public String toString() {
        return "Dataset[" + source + ": n=" + n + ", d=" + d + ", classes=" + classes + "]";
    }
}
