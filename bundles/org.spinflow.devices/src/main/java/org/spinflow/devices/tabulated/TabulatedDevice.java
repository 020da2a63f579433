package org.spinflow.devices.tabulated;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.NominalCurve;
import org.spinflow.devices.noise.FastGaussian;
import org.spinflow.devices.table.Interpolation;

/**
 * Devices given by measured curves (one per CSV output column; device k uses column k % columns),
 * interpolated by monotone PCHIP (default) or a not-a-knot spline on the measured, possibly
 * non-uniform, inputs; reads outside the measured range are clamped. Read noise: Gaussian with
 * sigma = sqrt(noiseSigma^2 + (noiseRelative |y|)^2). The nominal device is the first column, or a
 * tanh fitted to all columns ({@link TanhFit}, docs/PHYSICS.md B.2) when one is given.
 */
public final class TabulatedDevice implements Device, DeviceDiagnostics, NominalCurve {

    private final String preset;
    private final int size;
    private final double[] x;
    private final double[][] y, s;
    private final double abs, rel;
    private final String inputUnit, outputUnit;
    private final TanhFit fit;

    public TabulatedDevice(String preset, int size, CsvCurves data, int interpolation, double noiseSigma,
            double noiseRelative, String inputUnit, String outputUnit) {
        this(preset, size, data, interpolation, noiseSigma, noiseRelative, inputUnit, outputUnit, false);
    }

    /** @param fittedNominal the nominal model is a tanh fitted to all columns instead of the first column */
    public TabulatedDevice(String preset, int size, CsvCurves data, int interpolation, double noiseSigma,
            double noiseRelative, String inputUnit, String outputUnit, boolean fittedNominal) {
        this.preset = preset;
        this.size = size;
        this.x = data.x().clone();
        this.y = new double[data.y().length][];
        this.s = new double[data.y().length][];
        for (int c = 0; c < y.length; c++) {
            y[c] = data.y()[c].clone();
            s[c] = Interpolation.slopes(x, y[c], interpolation == Interpolation.SPLINE ? Interpolation.SPLINE
                    : Interpolation.PCHIP);
        }
        this.abs = noiseSigma;
        this.rel = noiseRelative;
        this.inputUnit = inputUnit;
        this.outputUnit = outputUnit;
        this.fit = fittedNominal ? TanhFit.fit(x, y) : null;
    }

    /** The fitted-tanh nominal model, or null (the first column is the nominal device). */
    public TanhFit nominalFit() {
        return fit;
    }

    private double nominalAt(double xv) {
        return fit != null ? fit.value(Math.min(x[x.length - 1], Math.max(x[0], xv))) : value(0, xv);
    }

    private double nominalSlope(double xv) {
        if (fit != null) {
            return xv < x[0] || xv > x[x.length - 1] ? 0 : fit.derivative(xv);
        }
        return derivativeAt(0, xv);
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
        return x[0];
    }

    @Override
    public double inputMax() {
        return x[x.length - 1];
    }

    @Override
    public String inputUnit() {
        return inputUnit;
    }

    @Override
    public String outputUnit() {
        return outputUnit;
    }

    /** Number of measured curves (CSV output columns). */
    public int columns() {
        return y.length;
    }

    private int piece(double xv) {
        int i = Arrays.binarySearch(x, xv);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(x.length - 2, i));
    }

    /** Noiseless value of column c at xv. */
    public double value(int c, double xv) {
        double xc = Math.min(x[x.length - 1], Math.max(x[0], xv));
        int i = piece(xc);
        double h = x[i + 1] - x[i];
        return Interpolation.hermite((xc - x[i]) / h, h, y[c][i], s[c][i], y[c][i + 1], s[c][i + 1]);
    }

    /** Derivative of column c at xv (0 outside the measured range). */
    public double derivativeAt(int c, double xv) {
        if (xv < x[0] || xv > x[x.length - 1]) {
            return 0;
        }
        int i = piece(xv);
        double h = x[i + 1] - x[i];
        return Interpolation.hermiteDerivative((xv - x[i]) / h, h, y[c][i], s[c][i], y[c][i + 1], s[c][i + 1]);
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        if (count % size != 0) {
            throw new DeviceException("read count " + count + " is not a multiple of the population size " + size);
        }
        long base = FastGaussian.streamBase(noiseKey);
        boolean noisy = abs > 0 || rel > 0;
        for (int k = 0; k < count; k++) {
            double v = value((k % size) % y.length, drive[k]);
            if (noisy) {
                v += Math.sqrt(abs * abs + rel * rel * v * v) * FastGaussian.gaussian(base, k);
            }
            out[k] = (float) v;
        }
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        double v = value(index % y.length, drive);
        return Math.sqrt(abs * abs + rel * rel * v * v);
    }

    @Override
    public void derivative(float[] drive, float[] out, int count, boolean nominal) {
        for (int k = 0; k < count; k++) {
            out[k] = (float) (nominal ? nominalSlope(drive[k]) : derivativeAt((k % size) % y.length, drive[k]));
        }
    }

    @Override
    public void readNoiseless(float[] drive, float[] out, int count, boolean nominal) {
        for (int k = 0; k < count; k++) {
            out[k] = (float) (nominal ? nominalAt(drive[k]) : value((k % size) % y.length, drive[k]));
        }
    }

    @Override
    public int flag(int index, double drive) {
        return 0;
    }

    @Override
    public double nominalValue(double xv) {
        return nominalAt(xv);
    }

    @Override
    public double nominalDerivative(double xv) {
        return nominalSlope(xv);
    }

    @Override
    public int nominalFlag(double xv) {
        return 0;
    }

    /**
     * A neuron mapping derived from the nominal curve (the preset's static neuron.* keys cannot know
     * the file): outputReference = mid-range of y, outputGain = 2 / (y range), inputOffset = the
     * input at mid-range, inputGain = one sixth of the input range.
     */
    public Map<String, Double> neuronMapping() {
        if (fit != null) {
            // the fitted tanh maps z to tanh(z) exactly: d = x0 + s z, y = (V - c) / A
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("neuron.inputGain", fit.s());
            m.put("neuron.inputOffset", fit.x0());
            m.put("neuron.outputReference", fit.c());
            m.put("neuron.outputGain", 1 / fit.a());
            m.put("neuron.delta", (x[x.length - 1] - x[0]) / 100);
            return m;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : y[0]) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double mid = 0.5 * (lo + hi);
        double xm = 0.5 * (x[0] + x[x.length - 1]);
        for (int i = 0; i < x.length - 1; i++) {
            if ((y[0][i] - mid) * (y[0][i + 1] - mid) <= 0 && y[0][i + 1] != y[0][i]) {
                xm = x[i] + (mid - y[0][i]) / (y[0][i + 1] - y[0][i]) * (x[i + 1] - x[i]);
                break;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        double range = x[x.length - 1] - x[0];
        m.put("neuron.inputGain", range / 6);
        m.put("neuron.inputOffset", xm);
        m.put("neuron.outputReference", mid);
        m.put("neuron.outputGain", hi > lo ? 2 / (hi - lo) : 1);
        m.put("neuron.delta", range / 100);
        return m;
    }
}
