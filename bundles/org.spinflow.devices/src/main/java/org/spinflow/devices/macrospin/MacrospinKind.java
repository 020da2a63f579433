package org.spinflow.devices.macrospin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Parameters;
import org.spinflow.devices.Preset;
import org.spinflow.devices.table.TableDevice;

/**
 * Device kind {@code macrospin}: model A of docs/PHYSICS.md, read through per-device lookup tables of
 * the steady-state curve (built in parallel). Presets {@code mtj-f-default} (F-mode neuron of A.6)
 * and {@code mtj-j-bridge} (J-mode bridge output V - I R_P of A.6).
 */
public final class MacrospinKind implements DeviceKind {

    public static final String ID = "macrospin";

    private static final List<Preset> PRESETS = List.of(fDefault(), jBridge());

    private static Preset fDefault() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Bb", 5e-3);
        m.put("psi", Math.PI / 2);
        m.put("beta", Math.PI);
        m.put("Ij0", 100e-6);
        m.put("gj", 0.0);
        m.put("IL0", 0.0);
        m.put("gL", 1.0);
        m.put("outputMode", 0.0);
        // the specification's +/-8 mA (A.6); +/-16 mA until issue 17: no accuracy difference measured on
        // Iris and digits (docs/RESULTS-fidelity2.md, range-* sections), half the field-line read energy
        m.put("xMin", -8e-3);
        m.put("xMax", 8e-3);
        m.put("tablePoints", 161.0);
        // A.6 fit: V = 72.42 mV + 29.68 mV tanh((x - 1.62 mA) / 3.74 mA); D: delta 0.3-0.5 mA
        m.putAll(Parameters.neuron(3.74e-3, 1.62e-3, 0.07242, 1 / 0.02968, 0.4e-3));
        return new Preset("mtj-f-default", ID,
                "docs/PHYSICS.md A.5-A.6 (typical CoFeB/MgO literature values; in-plane crossed MTJ, field-line"
                        + " input, h_b = 1, I_read = 100 uA); noise docs/PHYSICS.md C; spreads C",
                "macrospin MTJ, F-mode: field-line current in (A), read voltage out (V)", m);
    }

    private static Preset jBridge() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Bb", 10e-3);
        m.put("psi", Math.PI / 2);
        m.put("Ij0", 0.0);
        m.put("gj", 1.0);
        m.put("IL0", 0.0);
        m.put("gL", 0.0);
        m.put("outputMode", 1.0);
        m.put("xMin", -0.6e-3);
        m.put("xMax", 0.6e-3);
        m.put("tablePoints", 121.0);
        m.putAll(Parameters.neuron(J_INPUT_GAIN, 0.0, 0.0, 1 / J_OUTPUT_AMPLITUDE, 0.05e-3));
        return new Preset("mtj-j-bridge", ID,
                "docs/PHYSICS.md A.6 J-mode (bias 2 B_k along the easy axis, bridge output V - I R_P, +-0.6 mA);"
                        + " parameters A.5",
                "macrospin MTJ, J-mode bridge: junction current in (A), V - I R_P out (V)", m);
    }

    /** tanh fit of the nominal mtj-j-bridge curve: y = A tanh(x / s). */
    static final double J_INPUT_GAIN = 0.56e-3, J_OUTPUT_AMPLITUDE = 0.102;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Preset> presets() {
        return PRESETS;
    }

    /** The preset parameters with the spec's overrides, as a parameter record (neuron.* keys dropped). */
    public static MacrospinParameters parameters(DeviceSpec spec) {
        Preset p = Parameters.find(PRESETS, spec.preset());
        return MacrospinParameters.of(Parameters.merged(p, spec));
    }

    @Override
    public Device create(DeviceSpec spec) {
        Parameters.check(spec);
        MacrospinParameters base = parameters(spec);
        double x0 = base.xMin(), x1 = base.xMax();
        int n = base.points();
        double[] xs = TableDevice.grid(x0, x1, n);
        boolean noise = spec.readNoise();
        Map<String, Double> info = new LinkedHashMap<>();
        Macrospin m0 = new Macrospin(base);
        info.put("R_P", m0.rP());
        info.put("R_AP0", 1 / m0.gAP0);
        info.put("P", m0.polarization);
        boolean hyst = base.hysteresis() != 0;
        boolean correlated = noise && base.flickerCorrelated() != 0;
        if (!hyst && !correlated) {
            // the nominal curve is solved inside the parallel build (by the thread that claims it first)
            return TableDevice.build(spec.preset(), "A", "V", spec.count(), x0, x1, n,
                    k -> curve(Variability.draw(base, spec.seed(), spec.nodeId(), k, spec.variabilityScale()), xs, noise),
                    () -> curve(Variability.draw(base, spec.seed(), 0L, 0.0), xs, noise),
                    (int) Math.round(base.interpolation()), noise, base.allowInvalid() != 0, info);
        }
        TableDevice.Curve nominal = curve(Variability.draw(base, spec.seed(), 0L, 0.0), xs, noise);
        // correlated 1/f (C.2): the tables carry the white read noise only, the process adds the 1/f part
        MacrospinParameters tb = correlated ? base.with("flickerL", 0.0) : base;
        double[][] ups = new double[spec.count()][], downs = hyst ? new double[spec.count()][] : null;
        Device up = TableDevice.build(spec.preset(), "A", "V", spec.count(), x0, x1, n, k -> {
            TableDevice.Curve c = curve(Variability.draw(tb, spec.seed(), spec.nodeId(), k, spec.variabilityScale()), xs,
                    noise, false);
            ups[k] = c.y();
            return c;
        }, nominal, (int) Math.round(base.interpolation()), noise, base.allowInvalid() != 0, info);
        Device down = null;
        boolean[] bistable = null;
        if (hyst) {
            down = TableDevice.build(spec.preset(), "A", "V", spec.count(), x0, x1, n, k -> {
                TableDevice.Curve c = curve(Variability.draw(tb, spec.seed(), spec.nodeId(), k, spec.variabilityScale()),
                        xs, noise, true);
                downs[k] = c.y();
                return c;
            }, nominal, (int) Math.round(base.interpolation()), noise, base.allowInvalid() != 0, info);
            bistable = bistable(ups, downs);
        }
        org.spinflow.devices.noise.Flicker flicker = correlated
                ? new org.spinflow.devices.noise.Flicker(Math.sqrt(base.alphaH() / base.area()), 1 / (2 * base.tInt()),
                        base.flickerBand(), spec.count(), spec.seed() ^ (spec.nodeId() * 0x9E3779B97F4A7C15L) ^ 0xF11CL)
                : null;
        return new MacrospinArray(up, down, bistable, n, base.hysteresisIdle(), flicker, base.tInt());
    }

    /**
     * Per device and node, whether the ascending and descending sweeps differ by more than 1e-6 of
     * the device's largest |output| (the test of {@link SteadyState#hysteresis}).
     */
    static boolean[] bistable(double[][] ups, double[][] downs) {
        int n = ups[0].length;
        boolean[] b = new boolean[ups.length * n];
        for (int j = 0; j < ups.length; j++) {
            double max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, Math.max(Math.abs(ups[j][i]), Math.abs(downs[j][i])));
            }
            for (int i = 0; i < n; i++) {
                b[j * n + i] = Math.abs(ups[j][i] - downs[j][i]) > 1e-6 * max;
            }
        }
        return b;
    }

    /** Direct steady-state solve of one device over xs (ascending), with per-point read-noise sigma. */
    public static TableDevice.Curve curve(MacrospinParameters p, double[] xs, boolean noise) {
        return curve(p, xs, noise, false);
    }

    /**
     * {@link #curve(MacrospinParameters, double[], boolean)} swept in ascending order, or descending
     * ({@code descending}: continuation from xs[n-1] down, the branch a device reached from above
     * stays on), returned in the order of xs.
     */
    public static TableDevice.Curve curve(MacrospinParameters p, double[] xs, boolean noise, boolean descending) {
        SteadyState ss = new SteadyState(new Macrospin(p));
        ss.fastTables = true;
        SteadyState.Curve c = descending ? reversed(ss.sweep(reversed(xs))) : ss.sweep(xs);
        double[] sigma = null;
        if (noise) {
            // The noise budget is solved at the even nodes (and the last) and interpolated linearly at
            // the odd ones between two static neighbours: reads interpolate sigma linearly between
            // nodes anyway, and sigma is smooth (the midpoint error, sigma'' h^2 / 8, is below 1e-4 of
            // sigma on the preset grids). Non-static neighbourhoods are solved point by point.
            int n = xs.length;
            int[] fl = c.flag();
            sigma = new double[n];
            for (int i = 0; i < n; i += 2) {
                sigma[i] = ss.noiseSigma(xs[i], c.theta()[i], c.phi()[i]);
            }
            if ((n & 1) == 0) {
                sigma[n - 1] = ss.noiseSigma(xs[n - 1], c.theta()[n - 1], c.phi()[n - 1]);
            }
            for (int i = 1; i < n - 1; i += 2) {
                sigma[i] = fl[i - 1] == 0 && fl[i] == 0 && fl[i + 1] == 0
                        ? 0.5 * (sigma[i - 1] + sigma[i + 1])
                        : ss.noiseSigma(xs[i], c.theta()[i], c.phi()[i]);
            }
        }
        return new TableDevice.Curve(c.output(), sigma, c.flag());
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    private static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    private static SteadyState.Curve reversed(SteadyState.Curve c) {
        return new SteadyState.Curve(reversed(c.x()), reversed(c.output()), reversed(c.voltage()), reversed(c.theta()),
                reversed(c.phi()), reversed(c.flag()));
    }
}
