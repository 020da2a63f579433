package org.spinflow.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stratified train/validation splits and deterministic shuffling. All randomness comes from
 * {@link SplitMix64} seeded with the caller's seed, so the same seed gives the same splits on every
 * JVM. Index arrays in a {@link Split} are sorted ascending; shuffle them per epoch with
 * {@link #shuffle(int[], long)}.
 */
public final class Splits {

    private Splits() {
    }

    /** A training and a validation index set, disjoint. Arrays are copied in and out. */
    public record Split(int[] train, int[] validation) {
        public Split {
            train = train.clone();
            validation = validation.clone();
        }

        @Override
        public int[] train() {
            return train.clone();
        }

        @Override
        public int[] validation() {
            return validation.clone();
        }

        public int trainSize() {
            return train.length;
        }

        public int validationSize() {
            return validation.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
        }

        @Override
        public String toString() {
            return "Split[train=" + train.length + ", validation=" + validation.length + "]";
        }
    }

    /**
     * Stratified k-fold cross-validation. Each class's samples are shuffled and dealt round-robin
     * over the folds, continuing where the previous class stopped, so every class's count differs by
     * at most one between folds and the fold sizes differ by at most one. The validation sets are
     * disjoint and together cover {@code 0..n-1}; each fold's training set is the rest.
     *
     * @param labels class labels, non-negative
     * @param k      number of folds, {@code 2 <= k <= labels.length}
     */
    public static List<Split> kFold(int[] labels, int k, long seed) {
        int n = labels.length;
        if (k < 2 || k > n) {
            throw new DataException("k-fold cross-validation needs between 2 and " + n + " folds for " + n
                    + " samples, got " + k + " folds");
        }
        int[][] byClass = byClass(labels);
        SplitMix64 rng = new SplitMix64(seed);
        int[] foldOf = new int[n];
        int next = 0;
        for (int[] members : byClass) {
            rng.shuffle(members);
            for (int i : members) {
                foldOf[i] = next;
                next = next + 1 == k ? 0 : next + 1;
            }
        }
        int[] sizes = new int[k];
        for (int f : foldOf) {
            sizes[f]++;
        }
        List<Split> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int[] val = new int[sizes[f]];
            int[] train = new int[n - sizes[f]];
            int v = 0;
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldOf[i] == f) {
                    val[v++] = i;
                } else {
                    train[t++] = i;
                }
            }
            folds.add(new Split(train, val));
        }
        return List.copyOf(folds);
    }

    /**
     * A stratified hold-out split: {@code round(fraction * n)} samples go to validation, each
     * class contributing {@code floor} or {@code ceil} of {@code fraction} times its count (largest
     * remainders first, ties to the lower label).
     *
     * @param fraction validation fraction, strictly between 0 and 1; both parts must be non-empty
     */
    public static Split holdout(int[] labels, double fraction, long seed) {
        int n = labels.length;
        if (!(fraction > 0 && fraction < 1)) {
            throw new DataException("hold-out fraction must be in (0, 1), got " + fraction);
        }
        int total = (int) Math.round(fraction * n);
        if (total < 1 || total > n - 1) {
            throw new DataException("hold-out fraction " + fraction + " of " + n
                    + " samples leaves an empty training or validation set");
        }
        int[][] byClass = byClass(labels);
        int classes = byClass.length;
        int[] take = new int[classes];
        double[] rem = new double[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            double exact = fraction * byClass[c].length;
            take[c] = (int) Math.floor(exact);
            rem[c] = exact - take[c];
            assigned += take[c];
        }
        Integer[] order = new Integer[classes];
        for (int c = 0; c < classes; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
        for (int i = 0; assigned < total && i < classes; i++) {
            int c = order[i];
            if (take[c] < byClass[c].length) {
                take[c]++;
                assigned++;
            }
        }
        SplitMix64 rng = new SplitMix64(seed);
        boolean[] isVal = new boolean[n];
        for (int c = 0; c < classes; c++) {
            int[] members = byClass[c];
            rng.shuffle(members);
            for (int i = 0; i < take[c]; i++) {
                isVal[members[i]] = true;
            }
        }
        int[] val = new int[assigned];
        int[] train = new int[n - assigned];
        int v = 0;
        int t = 0;
        for (int i = 0; i < n; i++) {
            if (isVal[i]) {
                val[v++] = i;
            } else {
                train[t++] = i;
            }
        }
        return new Split(train, val);
    }

    /** A shuffled copy of {@code idx}; the input is not changed. */
    public static int[] shuffle(int[] idx, long seed) {
        int[] a = idx.clone();
        new SplitMix64(seed).shuffle(a);
        return a;
    }

    /** Shuffles {@code idx} in place (no allocation, for per-epoch reuse). */
    public static void shuffleInPlace(int[] idx, long seed) {
        new SplitMix64(seed).shuffle(idx);
    }

    /** A per-epoch seed derived from a run seed, so epochs get independent orders. */
    public static long epochSeed(long seed, int epoch) {
        return SplitMix64.mix(seed, epoch);
    }

    /** {@code 0, 1, ..., n-1}. */
    public static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The indices of each class, ascending, indexed by label (classes = max label + 1). */
    private static int[][] byClass(int[] labels) {
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label at index " + i + " is negative: " + labels[i]);
            }
            max = Math.max(max, labels[i]);
        }
        int[] counts = new int[max + 1];
        for (int l : labels) {
            counts[l]++;
        }
        int[][] out = new int[max + 1][];
        for (int c = 0; c <= max; c++) {
            out[c] = new int[counts[c]];
        }
        int[] fill = new int[max + 1];
        for (int i = 0; i < labels.length; i++) {
            out[labels[i]][fill[labels[i]]++] = i;
        }
        return out;
    }
}
