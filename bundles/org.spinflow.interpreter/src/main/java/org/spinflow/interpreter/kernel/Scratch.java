package org.spinflow.interpreter.kernel;

/**
 * Per-thread and per-slice scratch arrays that never share a cache line with each other. Arrays allocated one after
 * another sit next to each other on the heap, so the last elements of one thread's array and the first of the next
 * thread's fall in one 64-byte cache line; when both threads write them (column sums updated once per weight row
 * in the commit, say), that line moves between the cores at every write. Each array made here has {@link #PAD}
 * unused elements after its {@code len} used ones, which keeps its used part at least a cache line away from
 * whatever the heap places next (the arrays keep their padding when the garbage collector moves them). Code that
 * uses such an array must index it by its used length, never by {@code length}.
 */
public final class Scratch {
    /** Unused elements after each array's used ones: 64 bytes of floats or ints, which also covers doubles' header. */
    public static final int PAD = 16;

    private Scratch() {
    }

    /** {@code n} float arrays of {@code len} used elements each. */
    public static float[][] floats(int n, int len) {
        float[][] a = new float[n][];
        for (int i = 0; i < n; i++) {
            a[i] = new float[len + PAD];
        }
        return a;
    }

    /** {@code n} by {@code m} float arrays of {@code len} used elements each. */
    public static float[][][] floats(int n, int m, int len) {
        float[][][] a = new float[n][][];
        for (int i = 0; i < n; i++) {
            a[i] = floats(m, len);
        }
        return a;
    }

    /** {@code n} int arrays of {@code len} used elements each. */
    public static int[][] ints(int n, int len) {
        int[][] a = new int[n][];
        for (int i = 0; i < n; i++) {
            a[i] = new int[len + PAD];
        }
        return a;
    }
}
