package org.spinflow.devices.macrospin;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.NominalCurve;
import org.spinflow.devices.ReadHistory;
import org.spinflow.devices.TimedRead;
import org.spinflow.devices.noise.Flicker;
import org.spinflow.devices.table.TableDevice;

/**
 * Macrospin devices with a state (docs/PHYSICS.md A.7 and C.2): the ascending-sweep tables
 * ({@code up}), optionally the descending-sweep tables ({@code down}, hysteresis on) and optionally
 * correlated 1/f noise ({@link Flicker}).
 *
 * <p><b>Hysteresis.</b> A read drives a device from its idle drive x_idle (the drive between
 * reads, 0 A by default: pulsed reads) to x and back. Where a device is bistable at x (its up
 * and down sweeps differ at a neighbouring grid node) the read returns the branch the path
 * arrives on: the up branch when x is approached from below, the down branch from above. If the
 * device is bistable at x_idle too and x lies in the same bistable interval, the device stays on
 * the branch it was left on at idle, which is its state; a read outside that interval resets the
 * state (up when it came back from below, down from above). The state changes only in
 * {@link #advance} (between passes), so all reads of one pass see the state the previous pass left,
 * and forward reads, perturbed reads, the exact derivative and the flags agree on the branch.
 * Initial state: up (the branch of the single ascending sweep used without hysteresis).
 *
 * <p>Not immutable: the idle state changes in {@link #advance}, from one thread between passes.
 */
public final class MacrospinArray implements Device, DeviceDiagnostics, NominalCurve, TimedRead, ReadHistory {

    public static final byte UP = 0, DOWN = 1;

    private final Device up, down;
    private final DeviceDiagnostics upD, downD;
    private final NominalCurve nominal;
    private final Flicker flicker;
    private final double readTime;
    private final int size, n;
    private final double x0, h, idle;
    /** bistable[j * n + i]: device j's up and down tables differ at node i. */
    private final boolean[] bistable;
    /** Open interval of device j's bistable nodes around the idle drive (NaN: idle is monostable). */
    private final double[] idleLo, idleHi;
    private final byte[] state;

    /**
     * @param up       ascending-sweep tables (also the nominal curve)
     * @param down     descending-sweep tables, or null (no hysteresis)
     * @param bistable per device and grid node, whether the two sweeps differ (null without hysteresis)
     * @param n        grid nodes per device
     * @param idle     drive between reads
     * @param flicker  correlated 1/f noise, or null
     * @param readTime duration of one read [s]
     */
    public MacrospinArray(Device up, Device down, boolean[] bistable, int n, double idle, Flicker flicker,
            double readTime) {
        this.up = up;
        this.down = down;
        this.upD = (DeviceDiagnostics) up;
        this.downD = (DeviceDiagnostics) down;
        this.nominal = (NominalCurve) up;
        this.flicker = flicker;
        this.readTime = readTime;
        this.size = up.size();
        this.n = n;
        this.x0 = up.inputMin();
        this.h = (up.inputMax() - up.inputMin()) / (n - 1);
        this.idle = idle;
        this.bistable = bistable;
        this.idleLo = new double[size];
        this.idleHi = new double[size];
        this.state = new byte[size];
        for (int j = 0; j < size; j++) {
            idleLo[j] = Double.NaN;
            idleHi[j] = Double.NaN;
            if (down == null) {
                continue;
            }
            int i0 = node(idle);
            if (!bi(j, i0) && !bi(j, i0 + 1)) {
                continue;
            }
            int lo = bi(j, i0) ? i0 : i0 + 1, hi = lo;
            while (lo > 0 && bi(j, lo - 1)) {
                lo--;
            }
            while (hi < n - 1 && bi(j, hi + 1)) {
                hi++;
            }
            idleLo[j] = x0 + (lo - 1) * h;
            idleHi[j] = x0 + (hi + 1) * h;
        }
    }

    private int node(double x) {
        return Math.max(0, Math.min(n - 2, (int) Math.floor((x - x0) / h)));
    }

    private boolean bi(int j, int i) {
        return i >= 0 && i < n && bistable[j * n + i];
    }

    /** Whether device j is bistable at drive x (a neighbouring grid node is). */
    public boolean bistableAt(int j, double x) {
        if (down == null) {
            return false;
        }
        int i = node(x);
        return bi(j, i) || bi(j, i + 1);
    }

    /** Whether device j is bistable at its idle drive. */
    public boolean bistableAtIdle(int j) {
        return !Double.isNaN(idleLo[j]);
    }

    /** The branch ({@link #UP} or {@link #DOWN}) a read of device j at drive x returns in the current state. */
    public byte branch(int j, double x) {
        if (!bistableAt(j, x)) {
            return UP;
        }
        if (x > idleLo[j] && x < idleHi[j]) {
            return state[j];
        }
        return x > idle ? UP : DOWN;
    }

    /** The idle-state branch of device j. */
    public byte state(int j) {
        return state[j];
    }

    @Override
    public void advance(float[] drive, int count) {
        if (down == null) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int j = k % size;
            if (Double.isNaN(idleLo[j])) {
                continue;
            }
            double x = drive[k];
            if (!(x > idleLo[j] && x < idleHi[j])) {
                state[j] = x < idle ? UP : DOWN;
            }
        }
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(state, UP);
    }

    @Override
    public byte[] saveState() {
        return down == null ? null : state.clone();
    }

    @Override
    public void restoreState(byte[] s) {
        if (down == null || s == null || s.length != size) {
            throw new org.spinflow.devices.DeviceException("hysteresis state of " + (s == null ? "no" : s.length)
                    + " devices for a population of " + size + (down == null ? " without hysteresis" : ""));
        }
        for (byte b : s) {
            if (b != UP && b != DOWN) {
                throw new org.spinflow.devices.DeviceException("hysteresis state " + b + " is neither up nor down");
            }
        }
        System.arraycopy(s, 0, state, 0, size);
    }

    /**
     * A 64-bit hash of the tables' bits: the ascending and descending {@link TableDevice#contentHash()} and the
     * bistable nodes (for tests and bench tools that check a faster build gives the same bits).
     */
    public long contentHash() {
        long h = ((TableDevice) up).contentHash();
        if (down != null) {
            h = h * 0x9E3779B97F4A7C15L ^ ((TableDevice) down).contentHash();
            for (boolean b : bistable) {
                h = (h ^ (b ? 1 : 0)) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
        }
        return h;
    }

    /** Whether the descending branch is modelled. */
    public boolean hysteresis() {
        return down != null;
    }

    /** The correlated 1/f process, or null. */
    public Flicker flicker() {
        return flicker;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String preset() {
        return up.preset();
    }

    @Override
    public double inputMin() {
        return up.inputMin();
    }

    @Override
    public double inputMax() {
        return up.inputMax();
    }

    @Override
    public String inputUnit() {
        return up.inputUnit();
    }

    @Override
    public String outputUnit() {
        return up.outputUnit();
    }

    @Override
    public double readTime() {
        return readTime;
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        read(drive, out, count, noiseKey, 0, readTime);
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey, double t0, double dt) {
        up.read(drive, out, count, noiseKey);
        if (down != null) {
            float[] d = new float[count];
            down.read(drive, d, count, noiseKey);
            select(drive, out, d, count);
        }
        if (flicker != null) {
            flicker.apply(out, count, t0, dt);
        }
    }

    private void select(float[] drive, float[] out, float[] d, int count) {
        for (int k = 0; k < count; k++) {
            if (branch(k % size, drive[k]) == DOWN) {
                out[k] = d[k];
            }
        }
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        double s = (branch(index, drive) == DOWN ? down : up).readNoiseSigma(index, drive);
        if (flicker != null) {
            float[] in = new float[index + 1];
            java.util.Arrays.fill(in, (float) drive);
            float[] o = new float[index + 1];
            readNoiseless(in, o, index + 1, false);
            double f = flicker.sigma() * o[index];
            s = Math.sqrt(s * s + f * f);
        }
        return s;
    }

    @Override
    public void derivative(float[] drive, float[] out, int count, boolean nom) {
        upD.derivative(drive, out, count, nom);
        if (down != null && !nom) {
            float[] d = new float[count];
            downD.derivative(drive, d, count, false);
            select(drive, out, d, count);
        }
    }

    @Override
    public void readNoiseless(float[] drive, float[] out, int count, boolean nom) {
        upD.readNoiseless(drive, out, count, nom);
        if (down != null && !nom) {
            float[] d = new float[count];
            downD.readNoiseless(drive, d, count, false);
            select(drive, out, d, count);
        }
    }

    @Override
    public int flag(int index, double drive) {
        return (branch(index, drive) == DOWN ? downD : upD).flag(index, drive);
    }

    @Override
    public double nominalValue(double x) {
        return nominal.nominalValue(x);
    }

    @Override
    public double nominalDerivative(double x) {
        return nominal.nominalDerivative(x);
    }

    @Override
    public int nominalFlag(double x) {
        return nominal.nominalFlag(x);
    }
}
