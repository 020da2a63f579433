package org.spinflow.devices.noise;

import org.spinflow.devices.DeviceException;

/**
 * Correlated 1/f (flicker) noise of each device's resistance (docs/PHYSICS.md C.2): a process with
 * memory, not white per read. Device j's relative resistance fluctuation at time t (seconds of
 * device time) is
 *
 * <pre>
 *   r_j(t) = a * sqrt(2 dlnf) * sum_m cos(2 pi f_jm t + phi_jm),   m = 0..M-1
 *   f_jm = f_min * exp((m + u_jm) dlnf),   dlnf = L / M,   L = ln(f_max / f_min)
 * </pre>
 *
 * with phases phi_jm and jitters u_jm uniform per device and component (counter-based, from
 * (key, j, m)). Components equally spaced in ln f with equal amplitude give a power spectral
 * density a^2 / f between f_min and f_max (random-phase spectral synthesis: the power of a
 * component, a^2 dlnf, equals the integral of a^2 / f over its band), so the variance is
 * a^2 L, the Hooge value for a^2 = alpha_H / A. A read of output V at time t becomes
 * V (1 + r_j(t)): at fixed read current the voltage follows the resistance.
 *
 * <p>Every value is a pure function of (key, device, time), so reads in parallel slices stay
 * deterministic; two reads close in time see almost the same slow components, which is why a
 * back-to-back read pair cancels most of the 1/f noise and reads far apart do not.
 *
 * @param amplitude a, the square root of the relative PSD at 1 Hz (sqrt(alpha_H / A)) [1]
 * @param fMax      highest frequency f_max [Hz] (the read bandwidth 1 / (2 T_int))
 * @param band      L = ln(f_max / f_min)
 */
public final class Flicker {
    /** Components per e-fold of frequency (about 4.6 per decade). */
    public static final double PER_EFOLD = 2.0;

    private final double amplitude, fMax, band;
    private final int size, components;
    private final double[] omega, phase;
    private final double norm;

    public Flicker(double amplitude, double fMax, double band, int size, long key) {
        if (!(amplitude >= 0) || !(fMax > 0) || !(band > 0) || Double.isInfinite(band)) {
            throw new DeviceException("flicker: amplitude must be >= 0, fMax > 0 and band > 0 (got " + amplitude + ", "
                    + fMax + ", " + band + ")");
        }
        this.amplitude = amplitude;
        this.fMax = fMax;
        this.band = band;
        this.size = size;
        this.components = Math.max(1, (int) Math.ceil(band * PER_EFOLD));
        double dln = band / components;
        double fMin = fMax * Math.exp(-band);
        this.omega = new double[size * components];
        this.phase = new double[size * components];
        for (int j = 0; j < size; j++) {
            for (int m = 0; m < components; m++) {
                double u = CounterRng.uniform(key, j, 2L * m);
                omega[j * components + m] = 2 * Math.PI * fMin * Math.exp((m + u) * dln);
                phase[j * components + m] = 2 * Math.PI * CounterRng.uniform(key, j, 2L * m + 1);
            }
        }
        this.norm = amplitude * Math.sqrt(2 * dln);
    }

    /** Number of components M. */
    public int components() {
        return components;
    }

    /** Standard deviation of r_j(t) over time: a sqrt(L). */
    public double sigma() {
        return amplitude * Math.sqrt(band);
    }

    /** Highest and lowest frequency [Hz]. */
    public double fMax() {
        return fMax;
    }

    public double fMin() {
        return fMax * Math.exp(-band);
    }

    /** The relative fluctuation r_j(t) of device j at time t [s]. */
    public double value(int j, double t) {
        double s = 0;
        int o = j * components;
        for (int m = 0; m < components; m++) {
            s += Math.cos(omega[o + m] * t + phase[o + m]);
        }
        return norm * s;
    }

    /**
     * Applies the fluctuation to reads {@code out[0, count)}, layout [sample][device]: sample i of
     * the block is read at time {@code t0 + i * dt}.
     */
    public void apply(float[] out, int count, double t0, double dt) {
        for (int k = 0; k < count; k++) {
            int j = k % size;
            double t = t0 + (k / size) * dt;
            out[k] = (float) (out[k] * (1 + value(j, t)));
        }
    }
}
