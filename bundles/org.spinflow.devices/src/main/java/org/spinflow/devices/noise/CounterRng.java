package org.spinflow.devices.noise;

/**
 * The counter-based generator of docs/PHYSICS.md section C. Every value is a pure function of its
 * arguments, so draws do not depend on generation order, threads, or on parameters added later.
 *
 * <pre>
 * splitmix64(x)   as in section C (all arithmetic mod 2^64)
 * U(seed, dev, c) = ((splitmix64(splitmix64(splitmix64(seed) ^ dev) ^ c) &gt;&gt;&gt; 11) + 0.5) * 2^-53
 * N(seed, dev, k) = sqrt(-2 ln U(seed, dev, 2k)) * cos(2 pi U(seed, dev, 2k + 1))
 * </pre>
 */
public final class CounterRng {

    private static final double TWO_M53 = 0x1.0p-53;

    private CounterRng() {
    }

    /** The splitmix64 finaliser of section C. */
    public static long splitmix64(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in (0, 1), never 0 or 1: U(seed, dev, c). */
    public static double uniform(long seed, long dev, long c) {
        long h = splitmix64(splitmix64(splitmix64(seed) ^ dev) ^ c);
        return ((h >>> 11) + 0.5) * TWO_M53;
    }

    /** Standard normal N(seed, dev, k) for parameter slot k. */
    public static double normal(long seed, long dev, long k) {
        return boxMuller(uniform(seed, dev, 2 * k), uniform(seed, dev, 2 * k + 1));
    }

    /**
     * The Box-Muller transform, the one Gaussian of the project: a standard normal from two
     * uniforms, {@code u1} in (0, 1], {@code u2} in [0, 1).
     */
    public static double boxMuller(double u1, double u2) {
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * Device counter of device {@code index} of the neuron array {@code nodeId}:
     * {@code index ^ (nodeId * 0x9E3779B97F4A7C15)}. The multiplier is odd, so distinct node ids
     * give distinct offsets, and node id 0 is neutral (the counter is the plain index, which is
     * what the section C reference values use).
     */
    public static long deviceCounter(long nodeId, long index) {
        return index ^ (nodeId * 0x9E3779B97F4A7C15L);
    }

    /** Uniform in (0,1) from a 64-bit hash. */
    public static double toUniform(long h) {
        return ((h >>> 11) + 0.5) * TWO_M53;
    }
}
