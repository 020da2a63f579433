package org.spinflow.interpreter.kernel;

/** Counter-based keys and random numbers (splitmix64), so that noise never depends on call order or threads. */
public final class Keys {
    private Keys() {
    }

    /** The devices' splitmix64 (docs/PHYSICS.md section C), shared so there is one definition. */
    public static long splitmix64(long x) {
        return org.spinflow.devices.noise.CounterRng.splitmix64(x);
    }

    public static long mix(long a, long b) {
        return splitmix64(splitmix64(a) ^ b);
    }

    public static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    public static long mix(long a, long b, long c, long d) {
        return mix(mix(mix(a, b), c), d);
    }

    /** Stable 64-bit id of a name (FNV-1a), e.g. a node's. */
    public static long nameId(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Uniform in (0, 1) from a key. */
    public static double uniform(long key) {
        return ((splitmix64(key) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Standard normal from a key (Box-Muller on two derived uniforms). */
    public static double gaussian(long key) {
        return org.spinflow.devices.noise.CounterRng.boxMuller(uniform(key), uniform(key ^ 0x5DEECE66DL));
    }
}
