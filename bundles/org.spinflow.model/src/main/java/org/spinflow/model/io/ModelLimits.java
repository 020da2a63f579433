package org.spinflow.model.io;

/**
 * Resource limits applied before a model file is parsed or while it is parsed.
 *
 * @param maxBytes largest accepted model file in bytes (system property {@value #MAX_BYTES_PROPERTY})
 * @param maxDepth deepest accepted XML element nesting (system property {@value #MAX_DEPTH_PROPERTY})
 */
public record ModelLimits(long maxBytes, int maxDepth) {

    public static final String MAX_BYTES_PROPERTY = "spinflow.maxModelBytes";
    public static final String MAX_DEPTH_PROPERTY = "spinflow.maxXmlDepth";
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    public ModelLimits {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth=" + maxDepth);
        }
    }

    /** The defaults, overridden by the system properties when they are set to valid positive numbers. */
    public static ModelLimits fromSystemProperties() {
        return new ModelLimits(longProperty(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES),
                (int) Math.min(Integer.MAX_VALUE, longProperty(MAX_DEPTH_PROPERTY, DEFAULT_MAX_DEPTH)));
    }

    private static long longProperty(String name, long dflt) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long l = Long.parseLong(v.strip());
            return l > 0 ? l : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
