package org.spinflow.devices.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/** docs/PHYSICS.md I: two-point per-device calibration of a neuron array. */
class NeuronCalibrationTest {
    // the mtj-f-default neuron mapping (MacrospinKind)
    static final double GAIN = 3.74e-3, OFFSET = 1.62e-3, REF = 0.07242, OG = 1 / 0.02968;

    static Device population(double spread) {
        return DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", Map.of(), 32, 42, 99, spread, true, null),
                Map.of());
    }

    /** Standard deviation over devices of y = g (V - r) at pre-activation z, noiseless. */
    static double spreadAt(Device d, double z, NeuronCalibration c) {
        int n = d.size();
        float[] x = new float[n];
        float[] v = new float[n];
        java.util.Arrays.fill(x, (float) (OFFSET + GAIN * z));
        DeviceDiagnostics.of(d).orElseThrow().readNoiseless(x, v, n, false);
        float[] y = new float[n];
        if (c == null) {
            for (int k = 0; k < n; k++) {
                y[k] = (float) (OG * (v[k] - REF));
            }
        } else {
            c.applyOutputs(v, y, 0, n);
        }
        double s = 0, q = 0;
        for (float t : y) {
            s += t;
            q += t * t;
        }
        return Math.sqrt(Math.max(0, q / n - (s / n) * (s / n)));
    }

    @Test
    void calibrationMapsEveryDeviceOntoTheNominalNeuronAtTheReferenceInputs() {
        Device d = population(0.8);
        NeuronCalibration c = NeuronCalibration.measure(d, GAIN, OFFSET, REF, OG, 16, 5);
        assertEquals(32, c.size());
        for (double z : NeuronCalibration.REFERENCE_Z) {
            float[] x = new float[32];
            float[] v = new float[32];
            float[] nominal = new float[32];
            java.util.Arrays.fill(x, (float) (OFFSET + GAIN * z));
            DeviceDiagnostics.of(d).orElseThrow().readNoiseless(x, v, 32, false);
            DeviceDiagnostics.of(d).orElseThrow().readNoiseless(x, nominal, 32, true);
            float[] y = new float[32];
            c.applyOutputs(v, y, 0, 32);
            double target = OG * (nominal[0] - REF);
            for (int k = 0; k < 32; k++) {
                // the calibration reads carry read noise (16 reads averaged): agreement to the noise level
                assertEquals(target, y[k], 0.01, "device " + k + " at z = " + z);
            }
        }
        double before = spreadAt(d, 0.0, null);
        double after = spreadAt(d, 0.0, c);
        assertTrue(after < 0.5 * before, "spread of outputs at z = 0 across devices: " + before + " -> " + after);
    }

    @Test
    void derivativesFollowTheCalibratedGains() {
        NeuronCalibration c = new NeuronCalibration(new float[] {0f, 0f}, new float[] {2f, 4f});
        float[] deriv = {1f, 1f, 1f, 1f};
        c.scaleDerivatives(deriv, 0, 4, 2.0);
        assertEquals(1f, deriv[0]);
        assertEquals(2f, deriv[1]);
        assertEquals(1f, deriv[2]);
        assertEquals(2f, deriv[3]);
    }
}
