package org.spinflow.data;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014; the reference constants of Vigna's
 * {@code splitmix64.c}), spelled out here so that a seed gives the same sequence on every JVM and
 * Java version. Not thread-safe; not for cryptography.
 */
public final class SplitMix64 {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. For seed 0 the first value is 0xE220A8397B1DCDAF. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform integer in {@code 0..bound-1} (unbiased, by rejection). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = (1L << 32) - ((1L << 32) % bound); // largest multiple of bound <= 2^32
        while (true) {
            long r = nextLong() >>> 32;
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    /** Shuffles {@code a} in place (Fisher-Yates, from the end). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Mixes two values into one well-spread seed (e.g. a base seed and an epoch number). */
    public static long mix(long seed, long salt) {
        return new SplitMix64(seed ^ new SplitMix64(salt).nextLong()).nextLong();
    }
}
