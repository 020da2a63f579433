package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress bar of a fold runs once from 0 to 100 % over all its epochs. */
class ProgressTest {
    @Test
    void thePositionNeverGoesBackWithinAFold() {
        int epochs = 3;
        int batches = 7;
        long last = 0;
        for (int e = 0; e < epochs; e++) {
            for (int b = 0; b < batches; b++) {
                long p = Progress.position(e, b, batches);
                assertTrue(p > last, "epoch " + e + " batch " + b + ": " + p + " after " + last);
                last = p;
            }
        }
        assertEquals((long) epochs * batches, last, "the last batch of the last epoch is 100 %");
        assertEquals(batches + 1L, Progress.position(1, 0, batches), "epoch 2 starts where epoch 1 ended");
    }
}
