package org.spinflow.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The nominal transfer curve's flags and values do not depend on how many points are asked for. */
class TransferCurvesGridTest {

    @Test
    void threePointsOfTheSmoothDefaultNeuronAreStaticAndAgreeWithTheFineGrid() {
        TransferCurves.Curve coarse = TransferCurves.nominal("mtj-f-default", -16e-3, 16e-3, 3);
        assertArrayEquals(new int[] {0, 0, 0}, coarse.flag(), "the default neuron is smooth: no jump at any point");
        TransferCurves.Curve fine = TransferCurves.nominal("mtj-f-default", -16e-3, 16e-3, 201);
        for (int i = 0; i < 3; i++) {
            int f = i * 100;
            assertEquals(fine.y()[f], coarse.y()[i], 1e-12, "value at point " + i);
            assertEquals(fine.dydx()[f], coarse.dydx()[i], 1e-9 * Math.abs(fine.dydx()[f]) + 1e-12, "slope at point " + i);
        }
    }
}
