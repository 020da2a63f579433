package org.spinflow.interpreter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

/** Per-thread scratch arrays carry {@link Scratch#PAD} unused elements after their used ones, each array its own. */
class ScratchTest {

    @Test
    void everyArrayHasItsUsedLengthPlusAPaddingOfACacheLineAndIsItsOwn() {
        float[][] f = Scratch.floats(3, 100);
        int[][] i = Scratch.ints(2, 7);
        float[][][] g = Scratch.floats(2, 4, 10);
        assertEquals(3, f.length);
        assertEquals(2, i.length);
        assertEquals(2, g.length);
        assertEquals(4, g[1].length, "the middle dimension is not padded: code reads it as the tile size");
        for (float[] a : f) {
            assertEquals(100 + Scratch.PAD, a.length);
        }
        for (int[] a : i) {
            assertEquals(7 + Scratch.PAD, a.length);
        }
        for (float[] a : g[1]) {
            assertEquals(10 + Scratch.PAD, a.length);
        }
        assertNotSame(f[0], f[1]);
        assertNotSame(g[0][3], g[1][0]);
        assertEquals(64, Scratch.PAD * Float.BYTES, "one cache line of this machine");
    }
}
