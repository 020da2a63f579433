package org.spinflow.devices;

import java.nio.file.Path;
import java.util.Map;

import org.spinflow.devices.macrospin.Macrospin;
import org.spinflow.devices.macrospin.MacrospinKind;
import org.spinflow.devices.macrospin.MacrospinParameters;
import org.spinflow.devices.macrospin.SteadyState;
import org.spinflow.devices.table.TableDevice;

/**
 * Raw transfer curves of a preset's nominal device (no variability, gain, reference or noise), for
 * {@code spinflow devices --curve PRESET --range LO:HI --points N}. Macrospin presets are solved
 * directly (steady-state continuation, exact derivative by the implicit-function theorem at static
 * points, numerical derivative of the solved curve elsewhere); other kinds use their
 * {@link NominalCurve}.
 */
public final class TransferCurves {

    /** Fewest points the steady-state continuation is solved on over the requested range. */
    public static final int MIN_SOLVE_POINTS = 201;

    private TransferCurves() {
    }

    /**
     * A curve: drive x (SI, e.g. A), output y (e.g. V), exact dy/dx, steady-state flag
     * (0 static, 1 jump, 2 precession, 3 failure).
     */
    public record Curve(String preset, double[] x, double[] y, double[] dydx, int[] flag, String inputUnit,
            String outputUnit) {
    }

    /** The nominal curve of a preset over [lo, hi] with n points (n >= 2). */
    public static Curve nominal(String preset, double lo, double hi, int n) {
        return nominal(preset, lo, hi, n, Map.of(), Map.of(), null);
    }

    /** The nominal curve over the preset's own drive range, 201 points. */
    public static Curve nominal(String preset) {
        Device d = create(preset, Map.of(), Map.of(), null);
        return nominal(preset, d.inputMin(), d.inputMax(), 201, Map.of(), Map.of(), null);
    }

    /**
     * The nominal curve with parameter overrides and text parameters (e.g. {@code file} for
     * {@code tabulated}, resolved against baseDir).
     */
    public static Curve nominal(String preset, double lo, double hi, int n, Map<String, Double> overrides,
            Map<String, String> text, Path baseDir) {
        if (n < 2 || !(hi > lo)) {
            throw new DeviceException("a transfer curve needs at least 2 points and HI > LO (got " + n + " points, "
                    + lo + ":" + hi + ")");
        }
        double[] x = TableDevice.grid(lo, hi, n);
        double[] y = new double[n], dy = new double[n];
        int[] flag = new int[n];
        Preset p = DeviceRegistry.getDefault().preset(preset);
        if (p.kind().equals(MacrospinKind.ID)) {
            DeviceSpec spec = spec(preset, overrides, baseDir);
            MacrospinParameters params = MacrospinKind.parameters(spec);
            SteadyState ss = new SteadyState(new Macrospin(params));
            // The continuation is solved on a grid at least as fine as MIN_SOLVE_POINTS over [lo, hi] that
            // contains the requested points, so that the flags and derivatives do not depend on the number
            // of points asked for (a coarse grid would make neighbouring solutions look like jumps).
            int r = Math.max(1, (int) Math.ceil((MIN_SOLVE_POINTS - 1) / (double) (n - 1)));
            double[] fine = TableDevice.grid(lo, hi, (n - 1) * r + 1);
            SteadyState.Curve c = ss.sweep(fine);
            int fn = fine.length;
            for (int i = 0; i < n; i++) {
                int f = i * r;
                y[i] = c.output()[f];
                flag[i] = c.flag()[f];
                if (flag[i] == 0) {
                    dy[i] = ss.outputDerivative(x[i], c.theta()[f], c.phi()[f]);
                } else {
                    int a = Math.max(0, f - 1), b = Math.min(fn - 1, f + 1);
                    dy[i] = (c.output()[b] - c.output()[a]) / (fine[b] - fine[a]);
                }
            }
            return new Curve(preset, x, y, dy, flag, "A", "V");
        }
        Device d = create(preset, overrides, text, baseDir);
        if (!(d instanceof NominalCurve nc)) {
            throw new DeviceException("preset '" + preset + "' does not expose its nominal curve");
        }
        for (int i = 0; i < n; i++) {
            y[i] = nc.nominalValue(x[i]);
            dy[i] = nc.nominalDerivative(x[i]);
            flag[i] = nc.nominalFlag(x[i]);
        }
        return new Curve(preset, x, y, dy, flag, d.inputUnit(), d.outputUnit());
    }

    private static DeviceSpec spec(String preset, Map<String, Double> overrides, Path baseDir) {
        return new DeviceSpec(preset, overrides == null ? Map.of() : overrides, 1, 0L, 0L, 0.0, false, baseDir);
    }

    private static Device create(String preset, Map<String, Double> overrides, Map<String, String> text, Path baseDir) {
        return DeviceRegistry.getDefault().create(spec(preset, overrides, baseDir), text == null ? Map.of() : text);
    }
}
