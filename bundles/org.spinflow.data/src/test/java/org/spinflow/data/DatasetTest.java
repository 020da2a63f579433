package org.spinflow.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetTest {

    private static Dataset sample() {
        return new Dataset(new float[] {1, 2, 3, 4, 5, 6}, new int[] {0, 1, 1}, 3, 2, 2, new String[] {"a", "b"}, "s");
    }

    @Test
    void isImmutable() {
        float[] f = {1, 2};
        int[] l = {0};
        String[] names = {"a"};
        Dataset ds = new Dataset(f, l, 1, 2, 1, names, "s");
        f[0] = 99;
        l[0] = 5;
        names[0] = "z";
        ds.features()[1] = 99;
        ds.labels()[0] = 7;
        ds.classNames()[0] = "y";
        assertArrayEquals(new float[] {1, 2}, ds.features());
        assertArrayEquals(new int[] {0}, ds.labels());
        assertEquals("a", ds.className(0));
        assertThrows(java.nio.ReadOnlyBufferException.class, () -> ds.featureBuffer().put(0, 3f));
    }

    @Test
    void subsetGatherAndCounts() {
        Dataset ds = sample();
        Dataset sub = ds.subset(new int[] {2, 0, 2});
        assertEquals(3, sub.n());
        assertArrayEquals(new float[] {5, 6, 1, 2, 5, 6}, sub.features());
        assertArrayEquals(new int[] {1, 0, 1}, sub.labels());
        assertArrayEquals(new int[] {1, 2}, sub.classCounts());
        float[] x = new float[4];
        int[] y = new int[2];
        ds.gather(new int[] {9, 1, 2}, 1, 3, x, y);
        assertArrayEquals(new float[] {3, 4, 5, 6}, x);
        assertArrayEquals(new int[] {1, 1}, y);
        assertEquals(1, ds.head(1).n());
        assertThrows(IndexOutOfBoundsException.class, () -> ds.subset(new int[] {3}));
    }

    @Test
    void validatesShapeAndLabels() {
        String[] ab = {"a", "b"};
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[5], new int[3], 3, 2, 2, ab, "s"));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[6], new int[2], 3, 2, 2, ab, "s"));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[2], new int[] {2}, 1, 2, 2, ab, "s"));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new float[2], new int[] {0}, 1, 2, 3, ab, "s"));
    }
}
