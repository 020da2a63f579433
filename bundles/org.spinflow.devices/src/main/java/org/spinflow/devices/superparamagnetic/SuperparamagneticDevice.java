package org.spinflow.devices.superparamagnetic;

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
 * variance (independent per read). Otherwise the telegraph is simulated exactly (exponential
 * dwell times) and the state is carried between consecutive reads of the same device <em>within
 * one {@link #read} call</em>, in sample order; the state at the start of a call is drawn from the
 * stationary distribution. All randomness comes from counter-based streams keyed by
 * (noiseKey, device), so results do not depend on threads.
 */
public final class SuperparamagneticDevice implements Device, DeviceDiagnostics, NominalCurve {

    private final String preset;
    private final Telegraph[] devices;
    private final Telegraph nominal;
    private final double window, x0, x1;
    private final boolean noise;

    public SuperparamagneticDevice(String preset, Telegraph[] devices, Telegraph nominal, double window, double x0,
            double x1, boolean noise) {
        this.preset = preset;
        this.devices = devices.clone();
        this.nominal = nominal;
        this.window = window;
        this.x0 = x0;
        this.x1 = x1;
        this.noise = noise;
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
        for (int dev = 0; dev < n; dev++) {
            Telegraph t = devices[dev];
            long[] ctr = {CounterRng.splitmix64(base ^ (dev * 0xD1B54A32D192ED03L))};
            int state = -1; // unknown: drawn from the stationary distribution at the first telegraph read
            for (int k = dev; k < count; k += n) {
                double i = clamp(drive[k]);
                double tauC = t.correlationTime(i);
                double p = t.probabilityP(i);
                double fP;
                if (window / tauC > 1e4) {
                    double var = t.varianceFraction(i, window);
                    fP = beta(p, var, ctr);
                    state = -1;
                } else {
                    if (state < 0) {
                        state = uniform(ctr) < p ? 1 : 0;
                    }
                    double rAP = t.rateToAP(i), rP = t.rateToP(i);
                    double tm = 0, inP = 0;
                    while (true) {
                        double rate = state == 1 ? rAP : rP;
                        double dwell = -Math.log(uniform(ctr)) / rate;
                        if (tm + dwell >= window) {
                            if (state == 1) {
                                inP += window - tm;
                            }
                            break;
                        }
                        if (state == 1) {
                            inP += dwell;
                        }
                        tm += dwell;
                        state = 1 - state;
                    }
                    fP = inP / window;
                }
                out[k] = (float) (2 * fP - 1);
            }
        }
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
