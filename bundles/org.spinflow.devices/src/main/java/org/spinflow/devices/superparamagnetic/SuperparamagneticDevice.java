package org.spinflow.devices.superparamagnetic;

import org.spinflow.devices.CarriedRead;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.NominalCurve;
import org.spinflow.devices.noise.CounterRng;
import org.spinflow.devices.noise.FastGaussian;

/**
 * A population of superparamagnetic MTJs (model B). Drive: junction current [A]; output: the
 * activation y = 2 f_P - 1 [1] averaged over the integration window T.
 *
 * <p>Noise: with T/tau_c > 1e4, f_P is drawn from a Beta distribution with the exact mean and
 * variance (the state after such a read is drawn from the stationary distribution at its drive: it
 * forgets its start within a window). Otherwise the telegraph is simulated exactly (exponential
 * dwell times) from the state the previous read left.
 *
 * <p>State (docs/PHYSICS.md B.1): {@link #readRun} carries each device's P/AP state through a run of
 * reads in device-time order (forward and perturbed reads of each sample); between reads the device
 * sits at the idle drive and its state follows the exact two-state transition kernel over the gap
 * (kept with probability e^(-gap/tau_c(idle)), otherwise redrawn from p_P(idle)). A run starts from the
 * state {@link #carry} recorded (the end of the previous pass) at its time; with nothing recorded the
 * device has idled since ever (stationary at the idle drive). The untimed {@link #read} keeps the
 * state between the consecutive reads of one device within the call (back to back) and starts from
 * the stationary distribution at the first read's drive. All randomness comes from counter-based
 * streams keyed by (noiseKey, device), so results do not depend on threads.
 *
 * <p>Not immutable: the recorded state changes in {@link #carry}, from one thread between passes.
 */
public final class SuperparamagneticDevice implements Device, DeviceDiagnostics, NominalCurve, CarriedRead {

    /** State codes: unknown (stationary), AP, P. */
    public static final byte UNKNOWN = -1, AP = 0, P = 1;

    private final String preset;
    private final Telegraph[] devices;
    private final Telegraph nominal;
    private final double window, x0, x1, idle;
    private final boolean noise;
    /** State recorded by {@link #carry} and its device time (NaN: none). */
    private final byte[] carried;
    private double carriedTime = Double.NaN;

    public SuperparamagneticDevice(String preset, Telegraph[] devices, Telegraph nominal, double window, double x0,
            double x1, boolean noise) {
        this(preset, devices, nominal, window, x0, x1, 0, noise);
    }

    /** @param idle drive between reads [A] (clamped to the drive range) */
    public SuperparamagneticDevice(String preset, Telegraph[] devices, Telegraph nominal, double window, double x0,
            double x1, double idle, boolean noise) {
        this.preset = preset;
        this.devices = devices.clone();
        this.nominal = nominal;
        this.window = window;
        this.x0 = x0;
        this.x1 = x1;
        this.idle = Math.min(x1, Math.max(x0, idle));
        this.noise = noise;
        this.carried = new byte[devices.length];
        java.util.Arrays.fill(carried, UNKNOWN);
    }

    /** Drive between reads [A]. */
    public double idle() {
        return idle;
    }

    /** The state {@link #carry} recorded for device k ({@link #UNKNOWN} before any). */
    public byte carriedState(int k) {
        return carried[k];
    }

    /** Device time of the recorded state [s] (NaN: none). */
    public double carriedTime() {
        return carriedTime;
    }

    @Override
    public double readTime() {
        return window;
    }

    @Override
    public void carry(byte[] state, double time) {
        if (state.length != devices.length) {
            throw new DeviceException("carry: " + state.length + " states for " + devices.length + " devices");
        }
        System.arraycopy(state, 0, carried, 0, state.length);
        carriedTime = time;
    }

    @Override
    public byte[] recordedState() {
        return carried.clone();
    }

    @Override
    public double recordedTime() {
        return carriedTime;
    }

    @Override
    public void resetState() {
        java.util.Arrays.fill(carried, UNKNOWN);
        carriedTime = Double.NaN;
    }

    @Override
    public int size() {
        return devices.length;
    }

    @Override
    public String preset() {
        return preset;
    }

    @Override
    public double inputMin() {
        return x0;
    }

    @Override
    public double inputMax() {
        return x1;
    }

    @Override
    public String inputUnit() {
        return "A";
    }

    @Override
    public String outputUnit() {
        return "1";
    }

    /** The telegraph parameters of device k. */
    public Telegraph device(int k) {
        return devices[k];
    }

    /** Integration window T [s]. */
    public double window() {
        return window;
    }

    private double clamp(double x) {
        return Math.min(x1, Math.max(x0, x));
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        int n = devices.length;
        if (count % n != 0) {
            throw new DeviceException("read count " + count + " is not a multiple of the population size " + n);
        }
        if (!noise) {
            for (int k = 0; k < count; k++) {
                out[k] = (float) devices[k % n].meanActivation(clamp(drive[k]));
            }
            return;
        }
        long base = FastGaussian.streamBase(noiseKey);
        int[] state = new int[1];
        for (int dev = 0; dev < n; dev++) {
            Telegraph t = devices[dev];
            long[] ctr = {CounterRng.splitmix64(base ^ (dev * 0xD1B54A32D192ED03L))};
            state[0] = UNKNOWN; // drawn from the stationary distribution at the first telegraph read
            for (int k = dev; k < count; k += n) {
                out[k] = (float) (2 * simulateWindow(t, clamp(drive[k]), window, state, ctr, null) - 1);
            }
        }
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey, double t0, double dt) {
        int n = devices.length;
        if (count % n != 0) {
            throw new DeviceException("read count " + count + " is not a multiple of the population size " + n);
        }
        readRun(drive, 0, count / n, new float[] {0f}, new float[][] {out}, noiseKey, t0, dt, null);
    }

    @Override
    public double readRun(float[] drive, int offset, int samples, float[] shifts, float[][] out, long noiseKey,
            double t0, double dt, byte[] endState) {
        int n = devices.length;
        int slots = shifts.length;
        double tEnd = t0;
        if (!noise) {
            for (int i = 0; i < samples; i++) {
                for (int r = 0; r < slots; r++) {
                    if (Float.isNaN(shifts[r])) {
                        continue;
                    }
                    for (int j = 0; j < n; j++) {
                        int k = offset + i * n + j;
                        out[r][k] = (float) devices[j].meanActivation(clamp(drive[k] + shifts[r]));
                    }
                    tEnd = t0 + i * dt + (r + 1) * window;
                }
            }
            if (endState != null) {
                java.util.Arrays.fill(endState, UNKNOWN);
            }
            return tEnd;
        }
        long base = FastGaussian.streamBase(noiseKey);
        int[] state = new int[1];
        for (int j = 0; j < n; j++) {
            Telegraph t = devices[j];
            long[] ctr = {CounterRng.splitmix64(base ^ (j * 0xD1B54A32D192ED03L))};
            double pIdle = t.probabilityP(idle), tauIdle = t.correlationTime(idle);
            state[0] = carried[j];
            double prev = carriedTime;
            if (state[0] == UNKNOWN || Double.isNaN(prev)) {
                // idle since ever: stationary at the idle drive
                state[0] = uniform(ctr) < pIdle ? P : AP;
                prev = Double.NaN;
            }
            for (int i = 0; i < samples; i++) {
                for (int r = 0; r < slots; r++) {
                    if (Float.isNaN(shifts[r])) {
                        continue;
                    }
                    double tr = t0 + i * dt + r * window;
                    if (!Double.isNaN(prev) && tr > prev) {
                        // idle between reads: two-state kernel over the gap
                        if (uniform(ctr) >= Math.exp(-(tr - prev) / tauIdle)) {
                            state[0] = uniform(ctr) < pIdle ? P : AP;
                        }
                    }
                    int k = offset + i * n + j;
                    out[r][k] = (float) (2 * simulateWindow(t, clamp(drive[k] + shifts[r]), window, state, ctr, null) - 1);
                    prev = tr + window;
                }
            }
            if (endState != null) {
                endState[j] = (byte) state[0];
            }
            if (!Double.isNaN(prev)) {
                tEnd = Math.max(tEnd, prev);
            }
        }
        return tEnd;
    }

    /**
     * One read window of length T at drive x from state {@code state[0]} (P, AP or UNKNOWN: drawn from
     * p_P(x)); returns the fraction of the window spent in P and leaves the end state in {@code state[0]}.
     * {@code stats}, if not null, accumulates {exits from P, exits from AP, time in P, time in AP} (for
     * validation).
     */
    static double simulateWindow(Telegraph t, double x, double window, int[] state, long[] ctr, double[] stats) {
        double tauC = t.correlationTime(x);
        double p = t.probabilityP(x);
        if (window / tauC > 1e4) {
            double fP = beta(p, t.varianceFraction(x, window), ctr);
            state[0] = uniform(ctr) < p ? P : AP; // the start is forgotten within the window
            return fP;
        }
        if (state[0] != P && state[0] != AP) {
            state[0] = uniform(ctr) < p ? P : AP;
        }
        double rAP = t.rateToAP(x), rP = t.rateToP(x);
        double tm = 0, inP = 0;
        int s = state[0];
        while (true) {
            double rate = s == P ? rAP : rP;
            double dwell = -Math.log(uniform(ctr)) / rate;
            if (tm + dwell >= window) {
                double rest = window - tm;
                if (s == P) {
                    inP += rest;
                }
                if (stats != null) {
                    stats[s == P ? 2 : 3] += rest;
                }
                break;
            }
            if (s == P) {
                inP += dwell;
            }
            if (stats != null) {
                stats[s == P ? 0 : 1] += 1;
                stats[s == P ? 2 : 3] += dwell;
            }
            tm += dwell;
            s = s == P ? AP : P;
        }
        state[0] = s;
        return inP / window;
    }

    private static double uniform(long[] ctr) {
        ctr[0] += 0x9E3779B97F4A7C15L;
        return CounterRng.toUniform(CounterRng.splitmix64(ctr[0]));
    }

    private static double normal(long[] ctr) {
        double u1 = uniform(ctr);
        return CounterRng.boxMuller(u1, uniform(ctr));
    }

    /** Beta draw with the given mean and variance (method of moments), via two Gamma draws. */
    static double beta(double mean, double var, long[] ctr) {
        double maxVar = mean * (1 - mean);
        if (var <= 0 || mean <= 0 || mean >= 1) {
            return mean;
        }
        double nu = Math.max(maxVar / Math.min(var, 0.999 * maxVar) - 1, 1e-6);
        double a = mean * nu, b = (1 - mean) * nu;
        double ga = gamma(a, ctr), gb = gamma(b, ctr);
        return ga + gb > 0 ? ga / (ga + gb) : mean;
    }

    /** Marsaglia-Tsang Gamma(shape, 1). */
    static double gamma(double shape, long[] ctr) {
        if (shape < 1) {
            return gamma(shape + 1, ctr) * Math.pow(uniform(ctr), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(ctr);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform(ctr);
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        return noise ? 2 * Math.sqrt(devices[index].varianceFraction(clamp(drive), window)) : 0;
    }

    @Override
    public void derivative(float[] drive, float[] out, int count, boolean nom) {
        for (int k = 0; k < count; k++) {
            double x = drive[k];
            Telegraph t = nom ? nominal : devices[k % devices.length];
            out[k] = x < x0 || x > x1 ? 0f : (float) t.meanActivationDerivative(x);
        }
    }

    @Override
    public void readNoiseless(float[] drive, float[] out, int count, boolean nom) {
        for (int k = 0; k < count; k++) {
            Telegraph t = nom ? nominal : devices[k % devices.length];
            out[k] = (float) t.meanActivation(clamp(drive[k]));
        }
    }

    @Override
    public int flag(int index, double drive) {
        return 0;
    }

    @Override
    public double nominalValue(double x) {
        return nominal.meanActivation(clamp(x));
    }

    @Override
    public double nominalDerivative(double x) {
        return x < x0 || x > x1 ? 0 : nominal.meanActivationDerivative(x);
    }

    @Override
    public int nominalFlag(double x) {
        return 0;
    }
}
