package org.spinflow.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.noise.FastGaussian;
import org.spinflow.devices.table.TableDevice;

/**
 * docs/PHYSICS.md D: central differences at sigma = 27.6 uV and delta = 0.3 mA reach RMS relative
 * errors 0.010, 0.0086, 0.012, 0.028 at x0 = 0, 2, 4, 6 mA (4000 draws), and section F accuracy.
 */
class FiniteDifferenceTest {

    static TableDevice nominalTable(double lo, double hi, int points) {
        DeviceSpec spec = new DeviceSpec("mtj-f-default", Map.of("xMin", lo, "xMax", hi, "tablePoints", (double) points),
                1, 42, 0, 0.0, false, null);
        return (TableDevice) DeviceRegistry.getDefault().create(spec);
    }

    @Test
    void centralDifferenceErrorsOfSectionD() {
        TableDevice d = nominalTable(-16e-3, 16e-3, 161);
        double sigma = 27.6e-6, delta = 0.3e-3;
        double[] x0 = {0, 2e-3, 4e-3, 6e-3};
        double[] expected = {0.010, 0.0086, 0.012, 0.028};
        int draws = 4000;
        long base = FastGaussian.streamBase(2024);
        for (int j = 0; j < 4; j++) {
            double ref = (d.value(0, x0[j] + 1e-6) - d.value(0, x0[j] - 1e-6)) / 2e-6;
            double fp = d.value(0, x0[j] + delta), fm = d.value(0, x0[j] - delta);
            double s2 = 0;
            for (int k = 0; k < draws; k++) {
                double a = fp + sigma * FastGaussian.gaussian(base, 2L * (k + draws * j));
                double b = fm + sigma * FastGaussian.gaussian(base, 2L * (k + draws * j) + 1);
                double e = ((a - b) / (2 * delta) - ref) / ref;
                s2 += e * e;
            }
            double rms = Math.sqrt(s2 / draws);
            // statistical bound: the RMS of 4000 draws is within ~3.5 % (3 sd) of its expectation;
            // the table values are given to 2 digits
            assertEquals(expected[j], rms, 0.07 * expected[j], "x0 = " + x0[j]);
            // and against the error model E^2 = (f''' d^2/6)^2 + sigma^2/(2 d^2) (truncation measured noise-free)
            double trunc = ((fp - fm) / (2 * delta) - ref) / ref;
            double model = Math.sqrt(trunc * trunc + sigma * sigma / (2 * delta * delta) / (ref * ref));
            assertEquals(model, rms, 0.05 * model);
        }
    }

    @Test
    void deviceReadNoiseGivesAboutOnePercentAtTheRecommendedDelta() {
        DeviceSpec spec = new DeviceSpec("mtj-f-default", Map.of(), 1, 42, 0, 0.0, true, null);
        TableDevice d = (TableDevice) DeviceRegistry.getDefault().create(spec);
        double delta = 0.3e-3, x0 = 0;
        int n = 4000;
        float[] x = new float[2 * n], y = new float[2 * n];
        for (int k = 0; k < n; k++) {
            x[2 * k] = (float) (x0 + delta);
            x[2 * k + 1] = (float) (x0 - delta);
        }
        d.read(x, y, 2 * n, 77);
        double ref = d.nominalDerivative(x0), s2 = 0;
        for (int k = 0; k < n; k++) {
            double e = ((y[2 * k] - y[2 * k + 1]) / ((double) x[2 * k] - x[2 * k + 1]) - ref) / ref;
            s2 += e * e;
        }
        double rms = Math.sqrt(s2 / n);
        // the device's own budget at x = 0 is 27.6 uV (C): the same 1 % as section D
        assertEquals(27.64e-6, d.readNoiseSigma(0, 0), 0.05e-6);
        assertEquals(40.2e-6, d.readNoiseSigma(0, 4e-3), 0.3e-6);
        assertEquals(0.010, rms, 0.001);
    }

    @Test
    void sectionFSplineAccuracy() {
        TableDevice d = nominalTable(-8e-3, 8e-3, 201);
        java.util.Random r = new java.util.Random(11);
        double[] xs = new double[400];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -8e-3 + 16e-3 * r.nextDouble();
        }
        java.util.Arrays.sort(xs);
        TransferCurves.Curve direct = null;
        double err = 0, derr = 0;
        org.spinflow.devices.macrospin.SteadyState ss = new org.spinflow.devices.macrospin.SteadyState(
                new org.spinflow.devices.macrospin.Macrospin(org.spinflow.devices.macrospin.MacrospinKind.parameters(
                        new DeviceSpec("mtj-f-default", Map.of(), 1, 0, 0, 0, false, null))));
        var c = ss.sweep(xs);
        for (int i = 0; i < xs.length; i++) {
            err = Math.max(err, Math.abs(d.value(0, xs[i]) - c.output()[i]));
            double exact = ss.outputDerivative(xs[i], c.theta()[i], c.phi()[i]);
            derr = Math.max(derr, Math.abs(d.derivative(0, xs[i]) - exact) / 7.97);
        }
        double swing = 100.031485619e-3 - 43.081664397e-3;
        assertTrue(err / swing < 5e-9, "spline error " + err / swing + " of the swing (F: 2.0e-9)");
        assertTrue(derr < 5e-6, "spline derivative error " + derr);
        assertTrue(direct == null);
    }

    /**
     * Section F bound of the mtj-f-default default table (161 points over +-16 mA, 0.2 mA spacing)
     * against direct steady-state solves at 2,000 random drives: value error below 2e-7 of the swing,
     * derivative error below 2e-5 of the peak slope (measured 7.7e-8 and 8.7e-6; the error scales as
     * spacing^4: 81 points give 1.3e-6 and 7.2e-5, 121 points 2.4e-7 and 2.1e-5).
     */
    @Test
    void defaultTableSplineBound() {
        TableDevice d = (TableDevice) DeviceRegistry.getDefault()
                .create(new DeviceSpec("mtj-f-default", Map.of(), 1, 42, 0, 0.0, false, null));
        assertEquals(161, d.points());
        java.util.Random r = new java.util.Random(11);
        double[] xs = new double[2000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = d.inputMin() + (d.inputMax() - d.inputMin()) * r.nextDouble();
        }
        java.util.Arrays.sort(xs);
        org.spinflow.devices.macrospin.SteadyState ss = new org.spinflow.devices.macrospin.SteadyState(
                new org.spinflow.devices.macrospin.Macrospin(org.spinflow.devices.macrospin.MacrospinKind.parameters(
                        new DeviceSpec("mtj-f-default", Map.of(), 1, 0, 0, 0, false, null))));
        var c = ss.sweep(xs);
        double err = 0, derr = 0, slope = 0, lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            err = Math.max(err, Math.abs(d.value(0, xs[i]) - c.output()[i]));
            double exact = ss.outputDerivative(xs[i], c.theta()[i], c.phi()[i]);
            derr = Math.max(derr, Math.abs(d.derivative(0, xs[i]) - exact));
            slope = Math.max(slope, Math.abs(exact));
            lo = Math.min(lo, c.output()[i]);
            hi = Math.max(hi, c.output()[i]);
        }
        assertTrue(err / (hi - lo) < 2e-7, "spline error " + err / (hi - lo) + " of the swing");
        assertTrue(derr / slope < 2e-5, "spline derivative error " + derr / slope + " of the peak slope");
    }
}
