package org.spinflow.interpreter.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The float tanh of the software activation against the JDK's double tanh. */
class ActivationExecTest {

    /** Every float step of 2^-12 over [-12, 12] (196,609 values) and every float power of 2 from 2^-126 to 2^3. */
    @Test
    void tanhIsWithinSixUlpsAndThreePointThreeTenMillionthsOfTheTrueValue() {
        double worstAbs = 0;
        double worstUlps = 0;
        for (int k = -12 * 4096; k <= 12 * 4096; k++) {
            float x = k / 4096f;
            double[] e = error(x);
            worstAbs = Math.max(worstAbs, e[0]);
            worstUlps = Math.max(worstUlps, e[1]);
        }
        for (int p = -126; p <= 3; p++) {
            for (float x : new float[] {Math.scalb(1f, p), Math.scalb(1.37f, p), -Math.scalb(1.81f, p)}) {
                double[] e = error(x);
                worstAbs = Math.max(worstAbs, e[0]);
                worstUlps = Math.max(worstUlps, e[1]);
            }
        }
        assertTrue(worstAbs <= 3.3e-7, "largest absolute error " + worstAbs);
        assertTrue(worstUlps <= 6, "largest error in float ulps " + worstUlps);
    }

    private static double[] error(float x) {
        double exact = Math.tanh(x);
        double got = ActivationExec.tanh(x);
        double abs = Math.abs(got - exact);
        return new double[] {abs, abs / Math.ulp((float) exact)};
    }

    @Test
    void tanhIsOddAndKeepsTinyValuesZeroSignsAndNaN() {
        for (int k = 1; k <= 40_000; k++) {
            float x = k * 3.1e-4f;
            assertEquals(-ActivationExec.tanh(x), ActivationExec.tanh(-x));
        }
        assertEquals(1e-20f, ActivationExec.tanh(1e-20f));
        assertEquals(Float.MIN_VALUE, ActivationExec.tanh(Float.MIN_VALUE));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(ActivationExec.tanh(-0f)));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(ActivationExec.tanh(0f)));
        assertTrue(Float.isNaN(ActivationExec.tanh(Float.NaN)));
        assertEquals(1f, ActivationExec.tanh(Float.POSITIVE_INFINITY), 6e-8f);
        assertEquals(-1f, ActivationExec.tanh(Float.NEGATIVE_INFINITY), 6e-8f);
        assertEquals(1f, ActivationExec.tanh(50f), 6e-8f);
        assertTrue(Math.abs(ActivationExec.tanh(9f)) <= 1f && ActivationExec.tanh(1e30f) <= 1f);
    }
}
