package org.spinflow.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormaliserTest {

    /** Feature 0: train 1,2,3,4 / test 100; feature 1: constant 7 in train, 8 in test. */
    private static final Dataset TRAIN = new Dataset(new float[] {1, 7, 2, 7, 3, 7, 4, 7}, new int[] {0, 1, 0, 1},
            4, 2, 2, new String[] {"a", "b"}, "train");
    private static final Dataset TEST = new Dataset(new float[] {100, 8}, new int[] {1}, 1, 2, 2,
            new String[] {"a", "b"}, "test");

    @Test
    void zscoreUsesTrainingStatisticsOnly() {
        float[] trainBefore = TRAIN.features();
        float[] testBefore = TEST.features();
        Normaliser.Transform t = Normaliser.ZSCORE.fit(TRAIN);
        assertArrayEquals(new double[] {2.5, 7}, t.offset(), 1e-12);
        double std = Math.sqrt(1.25); // population std of 1,2,3,4
        assertEquals(1 / std, t.scale()[0], 1e-12);
        assertEquals(0.0, t.scale()[1], "a feature constant in training gets scale 0");

        Dataset tr = t.apply(TRAIN);
        float mean = 0;
        for (int i = 0; i < 4; i++) {
            mean += tr.feature(i, 0);
            assertEquals(0f, tr.feature(i, 1));
        }
        assertEquals(0f, mean / 4, 1e-6f);
        Dataset te = t.apply(TEST);
        assertEquals((float) ((100 - 2.5) / std), te.feature(0, 0), 1e-4f);
        assertEquals(0f, te.feature(0, 1), "8 where training saw only 7 stays 0, not (8 - 7) / 1e-8");
        assertArrayEquals(trainBefore, TRAIN.features(), "inputs unchanged");
        assertArrayEquals(testBefore, TEST.features(), "inputs unchanged");
        assertArrayEquals(TEST.labels(), te.labels());
    }

    @Test
    void zscoreFittedOnATrainingSubsetIgnoresTheRest() {
        Dataset all = new Dataset(new float[] {0, 10, 20, 1000}, new int[] {0, 0, 1, 1}, 4, 1, 2,
                new String[] {"a", "b"}, "all");
        Dataset trainPart = all.subset(new int[] {0, 1, 2});
        Normaliser.Transform t = Normaliser.ZSCORE.fit(trainPart);
        assertEquals(10.0, t.offset()[0], 1e-12);
        assertEquals("all", t.fittedOn());
    }

    @Test
    void minmaxMapsTrainingRangeOntoMinusOneOne() {
        Normaliser.Transform t = Normaliser.MINMAX.fit(TRAIN);
        Dataset tr = t.apply(TRAIN);
        assertEquals(-1f, tr.feature(0, 0), 1e-6f);
        assertEquals(1f, tr.feature(3, 0), 1e-6f);
        assertEquals(0f, tr.feature(0, 1));
        assertEquals((float) ((100 - 2.5) * 2 / 3), t.apply(TEST).feature(0, 0), 1e-4f);
        assertEquals(0f, t.apply(TEST).feature(0, 1), "a feature constant in training stays 0 on held-out data");
    }

    @Test
    void fixedScalings() {
        Dataset px = new Dataset(new float[] {0, 127.5f, 255}, new int[] {0, 0, 0}, 3, 1, 1, new String[] {"x"}, "px");
        assertArrayEquals(new float[] {0, 0.5f, 1}, Normaliser.SCALE255.fit(px).apply(px).features(), 1e-7f);
        assertArrayEquals(new float[] {-1, 0, 1}, Normaliser.SCALE255_CENTRED.fit(px).apply(px).features(), 1e-7f);
        assertArrayEquals(px.features(), Normaliser.NONE.fit(px).apply(px).features());
        assertEquals(Normaliser.SCALE255_CENTRED, Normaliser.parse("scale255-centred"));
        assertThrows(IllegalArgumentException.class, () -> Normaliser.parse("l2"));
    }

    @Test
    void dimensionMismatchIsRejected() {
        Dataset one = new Dataset(new float[] {1}, new int[] {0}, 1, 1, 1, new String[] {"x"}, "one");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Normaliser.ZSCORE.fit(TRAIN).apply(one));
        assertTrue(e.getMessage().contains("expects 2 features, but one has 1"), e.getMessage());
    }
}
