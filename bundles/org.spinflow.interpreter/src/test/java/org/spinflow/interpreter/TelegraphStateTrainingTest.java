package org.spinflow.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.superparamagnetic.SuperparamagneticDevice;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowFactory;

/**
 * docs/PHYSICS.md B.1 in training: model B carries its telegraph state through the forward and
 * perturbed reads and from pass to pass, with results that do not depend on the thread count.
 */
class TelegraphStateTrainingTest {

    static final int IN = 8, HIDDEN = 16, OUT = 3, BATCH = 24, STEPS = 6;

    private static Object[] train(int threads, double window) {
        Network n = TestNetworks.mlp(IN, new int[] {HIDDEN}, OUT, "mtj-superparamagnetic", GradientMode.ANALOG_CENTRAL);
        MtjNeuronArray m = CalibrationTest.mtj(n);
        // a read window of one correlation time at Delta = 10 (11 us): consecutive reads are correlated
        StatefulDeviceTest.param(m, "window", window);
        if (m.getVariability() == null) {
            m.setVariability(SpinflowFactory.eINSTANCE.createVariabilitySpec());
        }
        if (m.getNoise() == null) {
            m.setNoise(SpinflowFactory.eINSTANCE.createNoiseSpec());
        }
        m.getVariability().setEnabled(true);
        RunConfig cfg = new RunConfig(GradientMode.ANALOG_CENTRAL, 0.1, 1, 7, BATCH, threads, true, true);
        SplittableRandom r = new SplittableRandom(9);
        int samples = BATCH * 2;
        float[] x = new float[samples * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        int[] y = TestNetworks.labels(r, samples, OUT);
        int[] order = TestNetworks.identity(samples);
        try (Plan plan = Plan.compile(n, null, cfg, new Optimiser(n.getTraining().getOptimizer()))) {
            plan.initialise(BATCH, 1);
            SuperparamagneticDevice d = (SuperparamagneticDevice) CalibrationTest.exec(plan).device();
            double[] losses = new double[STEPS];
            double[] times = new double[STEPS];
            for (int s = 0; s < STEPS; s++) {
                int from = (s * BATCH) % samples;
                plan.load(x, IN, y, order, from, from + BATCH);
                plan.trainStep(Keys.mix(0, s));
                losses[s] = plan.lossSum();
                plan.commit(0.05);
                times[s] = d.carriedTime(); // the state of the pass before this one (NaN before the first)
            }
            byte[] state = new byte[HIDDEN];
            for (int j = 0; j < HIDDEN; j++) {
                state[j] = d.carriedState(j);
            }
            float[] deriv = CalibrationTest.exec(plan).derivatives().clone();
            return new Object[] {plan.state(), losses, state, times, deriv};
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void stateIsCarriedAndDeterministicAcrossThreadCounts() {
        Object[] one = train(1, 11e-6);
        Object[] two = train(2, 11e-6);
        Map<String, float[][]> s1 = (Map<String, float[][]>) one[0], s2 = (Map<String, float[][]>) two[0];
        for (String k : s1.keySet()) {
            for (int i = 0; i < s1.get(k).length; i++) {
                assertArrayEquals(s1.get(k)[i], s2.get(k)[i], k + " array " + i);
            }
        }
        assertArrayEquals((double[]) one[1], (double[]) two[1]);
        assertArrayEquals((byte[]) one[2], (byte[]) two[2]);
        assertArrayEquals((float[]) one[4], (float[]) two[4]);
        double[] t = (double[]) one[3];
        assertTrue(Double.isNaN(t[0]), "no state before the first pass");
        for (int s = 1; s < STEPS; s++) {
            assertTrue(t[s] > 0 && (s == 1 || t[s] > t[s - 1]), "state time of pass " + s + ": " + t[s]);
        }
        for (byte b : (byte[]) one[2]) {
            assertTrue(b == SuperparamagneticDevice.P || b == SuperparamagneticDevice.AP, "state " + b);
        }
        // the state matters: another read window gives other derivatives (same keys)
        assertNotEquals(java.util.Arrays.toString((float[]) one[4]),
                java.util.Arrays.toString((float[]) train(1, 22e-6)[4]));
        assertEquals(STEPS, ((double[]) one[1]).length);
    }
}
