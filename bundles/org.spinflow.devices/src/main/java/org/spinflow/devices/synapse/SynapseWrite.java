package org.spinflow.devices.synapse;

import org.spinflow.devices.DeviceException;
import org.spinflow.devices.noise.CounterRng;

/**
 * How a synaptic device takes a requested conductance change (docs/PHYSICS.md G): a pulse-based
 * update whose step depends on the device (device-to-device write variation, fixed per device),
 * on the direction (asymmetry) and on where the conductance sits in its range (nonlinearity),
 * disturbed cycle to cycle by noise proportional to the step, clipped to [gMin, gMax] and, for
 * few-level devices, rounded stochastically to a level (the expected conductance is the requested
 * one, so updates smaller than a level are not lost). A device whose request is zero is not
 * written and keeps its conductance exactly: nothing drifts between writes.
 *
 * <p>Random draws are pure functions of (key, device index, counter) ({@link CounterRng}), so the
 * result does not depend on the thread that writes a block.
 *
 * @param gMin           lowest conductance (S)
 * @param gMax           highest conductance (S)
 * @param levels         conductance levels (0 or 1: continuous)
 * @param writeNoise     cycle-to-cycle relative standard deviation of a step
 * @param writeVariation device-to-device relative standard deviation of the step size
 * @param nonlinearity   nu: potentiating steps scaled by exp(-nu u), depressing by exp(-nu (1 - u))
 * @param asymmetry      a: potentiating steps scaled by 1 + a/2, depressing by 1 - a/2
 */
public record SynapseWrite(double gMin, double gMax, int levels, double writeNoise, double writeVariation,
                           double nonlinearity, double asymmetry) {

    public SynapseWrite {
        if (!(gMin < gMax)) {
            throw new DeviceException("synapse: gMin " + gMin + " S must be below gMax " + gMax + " S");
        }
        if (!(writeNoise >= 0) || !(writeVariation >= 0) || !(nonlinearity >= 0)) {
            throw new DeviceException("synapse: writeNoise, writeVariation and nonlinearity must be >= 0");
        }
        if (!(asymmetry > -2 && asymmetry < 2)) {
            throw new DeviceException("synapse: asymmetry " + asymmetry + " must lie in (-2, 2)");
        }
    }

    /** Whether a write is exactly "add the request and clip" (the fast path of the crossbar). */
    public boolean ideal() {
        return writeNoise == 0 && writeVariation == 0 && nonlinearity == 0 && asymmetry == 0 && levels <= 1;
    }

    /** The conductance spacing of a few-level device (0 when continuous). */
    public double levelStep() {
        return levels > 1 ? (gMax - gMin) / (levels - 1) : 0;
    }

    /**
     * Applies requests {@code sign * change[i]} to devices {@code g[i]}, i in [from, to).
     *
     * @param deviceKey key of this device population (node and polarity); the write variation of device i
     *                  is drawn from (deviceKey, i) once and for all
     * @param counter   key of this write cycle (distinct per training step)
     * @return the programming pulses issued: one per device with a non-zero request (a pulse may leave a
     *         device at a bound, or, rounded, on its level)
     */
    public int apply(float[] g, float[] change, float sign, int from, int to, long deviceKey, long counter) {
        final double range = gMax - gMin;
        final double lvl = levelStep();
        final double up = 1 + asymmetry / 2;
        final double down = 1 - asymmetry / 2;
        final long cycleKey = CounterRng.splitmix64(deviceKey ^ CounterRng.splitmix64(counter));
        int written = 0;
        for (int i = from; i < to; i++) {
            double req = sign * change[i];
            if (req == 0) {
                continue;
            }
            written++;
            double old = g[i];
            double step = req;
            if (writeVariation > 0) {
                step *= Math.max(0, 1 + writeVariation * CounterRng.normal(deviceKey, i, 0x5A1EL));
            }
            double u = (old - gMin) / range;
            step *= step > 0 ? up * Math.exp(-nonlinearity * u) : down * Math.exp(-nonlinearity * (1 - u));
            if (writeNoise > 0) {
                step *= 1 + writeNoise * CounterRng.normal(cycleKey, i, 0);
            }
            double v = old + step;
            v = v < gMin ? gMin : (v > gMax ? gMax : v);
            if (lvl > 0) {
                double q = (v - gMin) / lvl;
                double f = Math.floor(q);
                double up1 = CounterRng.uniform(cycleKey, i, 1) < q - f ? 1 : 0;
                v = Math.min(gMax, gMin + (f + up1) * lvl);
            }
            g[i] = (float) v;
        }
        return written;
    }
}
