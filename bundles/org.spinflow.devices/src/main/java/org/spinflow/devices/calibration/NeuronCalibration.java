package org.spinflow.devices.calibration;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceBackend;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.noise.CounterRng;

/**
 * Per-device two-point output calibration of a neuron array (docs/PHYSICS.md I). A neuron outputs
 * {@code y = outputGain * (V - outputReference)} with one reference and one gain per array; with
 * device-to-device spread every device's curve is shifted and scaled. The calibration pass reads
 * each device at two reference inputs ({@code z = -1} and {@code z = +1}, averaging {@code repeats}
 * reads), and chooses for device k a reference r_k and gain g_k such that its outputs there equal
 * those of the nominal neuron: {@code g_k (m_k(z) - r_k) = outputGain (V_nom(z) - outputReference)}.
 * Without a nominal model (a device without diagnostics) the target is the array mean of the reads.
 * Gains are limited to [1/5, 5] times the array's gain (a dead or inverted device stays bounded).
 *
 * @param references per-device output reference (device output unit)
 * @param gains      per-device output gain
 */
public record NeuronCalibration(float[] references, float[] gains) {

    /** The reference inputs, in units of the pre-activation z. */
    public static final double[] REFERENCE_Z = {-1.0, 1.0};
    /** Limit on g_k / outputGain (and its inverse). */
    public static final double GAIN_LIMIT = 5.0;

    public NeuronCalibration {
        if (references.length != gains.length) {
            throw new DeviceException("calibration: " + references.length + " references but " + gains.length + " gains");
        }
    }

    public int size() {
        return gains.length;
    }

    /**
     * Measures the calibration of {@code device} (all its devices) by reads at the reference inputs.
     *
     * @param key noise key of the calibration reads
     */
    public static NeuronCalibration measure(Device device, double inputGain, double inputOffset, double outputReference,
                                            double outputGain, int repeats, long key) {
        int n = device.size();
        int r = Math.max(1, repeats);
        double[][] measured = new double[REFERENCE_Z.length][n];
        float[] drive = new float[n];
        float[] out = new float[n];
        for (int p = 0; p < REFERENCE_Z.length; p++) {
            java.util.Arrays.fill(drive, (float) (inputOffset + inputGain * REFERENCE_Z[p]));
            for (int k = 0; k < r; k++) {
                device.read(drive, out, n, CounterRng.splitmix64(key ^ CounterRng.splitmix64(p * 1_000_003L + k)));
                for (int j = 0; j < n; j++) {
                    measured[p][j] += out[j] / (double) r;
                }
            }
        }
        double[] target = new double[REFERENCE_Z.length];
        Device nominal = DeviceBackend.nominal(device);
        java.util.Optional<DeviceDiagnostics> diag = DeviceDiagnostics.of(nominal);
        for (int p = 0; p < REFERENCE_Z.length; p++) {
            if (diag.isPresent() && nominal.size() == n) {
                float[] dn = new float[n];
                float[] on = new float[n];
                java.util.Arrays.fill(dn, (float) (inputOffset + inputGain * REFERENCE_Z[p]));
                diag.get().readNoiseless(dn, on, n, true);
                target[p] = on[0];
            } else {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += measured[p][j];
                }
                target[p] = s / n;
            }
        }
        float[] refs = new float[n];
        float[] gains = new float[n];
        double span = target[1] - target[0];
        for (int j = 0; j < n; j++) {
            double m = measured[1][j] - measured[0][j];
            double ratio = m == 0 || !Double.isFinite(m) ? GAIN_LIMIT : span / m;
            if (!(Math.abs(ratio) >= 1 / GAIN_LIMIT)) {
                ratio = Math.copySign(1 / GAIN_LIMIT, ratio);
            } else if (Math.abs(ratio) > GAIN_LIMIT) {
                ratio = Math.copySign(GAIN_LIMIT, ratio);
            }
            if (ratio < 0) {
                ratio = 1; // an inverted device cannot be repaired by a gain; left as it is
            }
            double g = outputGain * ratio;
            // g (m0 - r) = og (t0 - ref)  =>  r = m0 - (t0 - ref) / ratio
            double ref = measured[0][j] - (target[0] - outputReference) / ratio;
            refs[j] = (float) ref;
            gains[j] = (float) g;
        }
        return new NeuronCalibration(refs, gains);
    }

    /** Outputs of reads {@code volts[k0, k1)} (layout [sample][device]): {@code out[k] = g_j (V_k - r_j)}, j = k mod size. */
    public void applyOutputs(float[] volts, float[] out, int k0, int k1) {
        final int n = gains.length;
        for (int k = k0, j = k0 % n; k < k1; k++) {
            out[k] = gains[j] * (volts[k] - references[j]);
            if (++j == n) {
                j = 0;
            }
        }
    }

    /** Rescales derivatives computed with the array's gain to the calibrated per-device gains. */
    public void scaleDerivatives(float[] deriv, int k0, int k1, double outputGain) {
        final int n = gains.length;
        final float inv = (float) (1 / outputGain);
        for (int k = k0, j = k0 % n; k < k1; k++) {
            deriv[k] *= gains[j] * inv;
            if (++j == n) {
                j = 0;
            }
        }
    }
}
