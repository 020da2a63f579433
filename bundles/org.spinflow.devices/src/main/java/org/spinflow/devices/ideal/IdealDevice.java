package org.spinflow.devices.ideal;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.NominalCurve;
import org.spinflow.devices.noise.FastGaussian;

/** tanh, sigmoid or ReLU evaluated directly, with optional additive Gaussian read noise. Unit "1". */
public final class IdealDevice implements Device, DeviceDiagnostics, NominalCurve {

    /** The function. */
    public enum Function {
        TANH, SIGMOID, RELU;

        public double value(double x) {
            return switch (this) {
                case TANH -> Math.tanh(x);
                case SIGMOID -> 1 / (1 + Math.exp(-x));
                case RELU -> x > 0 ? x : 0;
            };
        }

        public double derivative(double x) {
            return switch (this) {
                case TANH -> {
                    double t = Math.tanh(x);
                    yield 1 - t * t;
                }
                case SIGMOID -> {
                    double s = 1 / (1 + Math.exp(-x));
                    yield s * (1 - s);
                }
                case RELU -> x > 0 ? 1 : 0;
            };
        }
    }

    private final String preset;
    private final Function f;
    private final int size;
    private final double x0, x1, sigma;

    public IdealDevice(String preset, Function f, int size, double x0, double x1, double sigma) {
        this.preset = preset;
        this.f = f;
        this.size = size;
        this.x0 = x0;
        this.x1 = x1;
        this.sigma = sigma;
    }

    @Override
    public int size() {
        return size;
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
        return "1";
    }

    @Override
    public String outputUnit() {
        return "1";
    }

    private double clamp(double x) {
        return Math.min(x1, Math.max(x0, x));
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        if (count % size != 0) {
            throw new DeviceException("read count " + count + " is not a multiple of the population size " + size);
        }
        if (sigma > 0) {
            long base = FastGaussian.streamBase(noiseKey);
            for (int k = 0; k < count; k++) {
                out[k] = (float) (f.value(clamp(drive[k])) + sigma * FastGaussian.gaussian(base, k));
            }
        } else {
            for (int k = 0; k < count; k++) {
                out[k] = (float) f.value(clamp(drive[k]));
            }
        }
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        return sigma;
    }

    @Override
    public void derivative(float[] drive, float[] out, int count, boolean nominal) {
        for (int k = 0; k < count; k++) {
            out[k] = (float) nominalDerivative(drive[k]);
        }
    }

    @Override
    public void readNoiseless(float[] drive, float[] out, int count, boolean nominal) {
        for (int k = 0; k < count; k++) {
            out[k] = (float) f.value(clamp(drive[k]));
        }
    }

    @Override
    public int flag(int index, double drive) {
        return 0;
    }

    @Override
    public double nominalValue(double x) {
        return f.value(clamp(x));
    }

    @Override
    public double nominalDerivative(double x) {
        return x < x0 || x > x1 ? 0 : f.derivative(x);
    }

    @Override
    public int nominalFlag(double x) {
        return 0;
    }
}
