package org.spinflow.data;

/**
 * Resource limits for loaders, checked against file sizes and header claims <em>before</em> any
 * large array is allocated.
 *
 * @param maxValues largest number of feature values (n x d) a loader will allocate
 * @param maxBytes  largest input file (on disk, compressed or not) a loader will open
 */
public record DataLimits(long maxValues, long maxBytes) {

    /** System property overriding {@link #DEFAULT_MAX_VALUES}. */
    public static final String MAX_VALUES_PROPERTY = "spinflow.maxDataValues";
    /** System property overriding {@link #DEFAULT_MAX_BYTES}. */
    public static final String MAX_BYTES_PROPERTY = "spinflow.maxDataBytes";
    /** 10^8 values (400 MB of floats); MNIST train is 4.7 x 10^7. */
    public static final long DEFAULT_MAX_VALUES = 100_000_000L;
    /** 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    /** Java arrays cannot hold more; no property can raise the value limit beyond this. */
    public static final long HARD_MAX_VALUES = Integer.MAX_VALUE - 8;

    public DataLimits {
        if (maxValues <= 0) {
            throw new IllegalArgumentException("maxValues must be positive, got " + maxValues);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        maxValues = Math.min(maxValues, HARD_MAX_VALUES);
    }

    /** The defaults, overridden by the system properties {@value #MAX_VALUES_PROPERTY} and {@value #MAX_BYTES_PROPERTY}. */
    public static DataLimits fromSystemProperties() {
        return new DataLimits(property(MAX_VALUES_PROPERTY, DEFAULT_MAX_VALUES),
                property(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES));
    }

    private static long property(String name, long dflt) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long x = Long.parseLong(v.strip().replace("_", ""));
            if (x > 0) {
                return x;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new DataException("system property " + name + "='" + v + "': expected a positive integer");
    }

    String valuesHint() {
        return "limit " + MAX_VALUES_PROPERTY + "=" + maxValues
                + (maxValues >= HARD_MAX_VALUES ? " (Java array maximum)" : "; raise it with -D" + MAX_VALUES_PROPERTY + "=N");
    }

    String bytesHint() {
        return "limit " + MAX_BYTES_PROPERTY + "=" + maxBytes + "; raise it with -D" + MAX_BYTES_PROPERTY + "=N";
    }
}
