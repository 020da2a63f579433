package org.spinflow.devices.noise;

/**
 * Slow drift of each device's response during a run (docs/PHYSICS.md C.1), e.g. temperature: the
 * output of device j at time t (in training steps) is scaled about a centre voltage,
 * {@code V' = c + (V - c) f_j(t)}, with
 *
 * <pre>
 *   f_j(t) = 1 + A * sqrt(2 / M) * sum_m sin(2 pi t / T_m + phi_jm),   T_m = T / 2^m,  m = 0..M-1
 * </pre>
 *
 * a smooth stationary process with standard deviation A whose slowest component has period T;
 * the phases phi_jm are drawn per device from (key, j, m). Forward and perturbed reads of one step
 * see the same factor, so a derivative measured by reads follows the drift, a stored model of the
 * device does not.
 *
 * @param amplitude relative standard deviation A of the gain
 * @param period    period T of the slowest component, in steps
 * @param centre    voltage the gain acts about (V), the array's output reference
 */
public final class Drift {
    /** Number of components M. */
    public static final int COMPONENTS = 4;

    private final double amplitude;
    private final double period;
    private final double centre;
    private final double[] phases;
    private final int size;
    private volatile Cached cached;

    private record Cached(long t, float[] factors) {
    }

    public Drift(double amplitude, double period, double centre, int size, long key) {
        if (!(amplitude >= 0) || !(period > 0)) {
            throw new org.spinflow.devices.DeviceException("drift: amplitude must be >= 0 and period > 0 (got " + amplitude
                    + ", " + period + ")");
        }
        this.amplitude = amplitude;
        this.period = period;
        this.centre = centre;
        this.size = size;
        this.phases = new double[size * COMPONENTS];
        for (int j = 0; j < size; j++) {
            for (int m = 0; m < COMPONENTS; m++) {
                phases[j * COMPONENTS + m] = 2 * Math.PI * CounterRng.uniform(key, j, m);
            }
        }
    }

    /** The gain factor of each device at step t (a cached array; not to be modified). */
    public float[] factors(long t) {
        Cached c = cached;
        if (c != null && c.t == t) {
            return c.factors;
        }
        float[] f = new float[size];
        double norm = amplitude * Math.sqrt(2.0 / COMPONENTS);
        for (int j = 0; j < size; j++) {
            double s = 0;
            for (int m = 0; m < COMPONENTS; m++) {
                s += Math.sin(2 * Math.PI * t * (1 << m) / period + phases[j * COMPONENTS + m]);
            }
            f[j] = (float) (1 + norm * s);
        }
        cached = new Cached(t, f);
        return f;
    }

    /** Applies the drift of step t to reads {@code out[0, count)}, layout [sample][device]. */
    public void apply(float[] out, int count, long t) {
        float[] f = factors(t);
        final float c = (float) centre;
        for (int k = 0, j = 0; k < count; k++) {
            out[k] = c + (out[k] - c) * f[j];
            if (++j == size) {
                j = 0;
            }
        }
    }
}
