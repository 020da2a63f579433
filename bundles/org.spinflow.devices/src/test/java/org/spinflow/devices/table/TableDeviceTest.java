package org.spinflow.devices.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.spinflow.devices.noise.FastGaussian;

/** The noisy read's float segment table against the double-precision table and the double Gaussian. */
class TableDeviceTest {

    private static TableDevice device(int interpolation) {
        double x0 = -2, x1 = 3;
        int n = 41;
        double[] xs = TableDevice.grid(x0, x1, n);
        return TableDevice.build("test", "A", "V", 5, x0, x1, n, k -> {
            double[] y = new double[n], sg = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = 0.07 + 0.03 * Math.tanh((1 + 0.1 * k) * xs[i]) + 0.001 * k;
                sg[i] = 1e-3 * (1 + 0.2 * k + 0.1 * xs[i] * xs[i]);
            }
            return new TableDevice.Curve(y, sg, null);
        }, new TableDevice.Curve(new double[n], null, null), interpolation, true, false, Map.of());
    }

    @Test
    void noisyReadIsValuePlusSigmaTimesTheDeviateUpToFloatRounding() {
        for (int interpolation : new int[] {Interpolation.SPLINE, Interpolation.PCHIP, Interpolation.LINEAR}) {
            TableDevice d = device(interpolation);
            SplittableRandom r = new SplittableRandom(5);
            int count = 5 * 400;
            float[] x = new float[count], y = new float[count];
            for (int k = 0; k < count; k++) {
                // inside the range, on grid nodes and outside (clamped)
                x[k] = k % 97 == 0 ? 3.5f : (k % 89 == 0 ? -2f : (float) (-2.2 + 5.4 * r.nextDouble()));
            }
            long key = 4242;
            d.read(x, y, count, key);
            long base = FastGaussian.streamBase(key);
            for (int k = 0; k < count; k++) {
                int dev = k % 5;
                double expected = d.value(dev, x[k]) + d.readNoiseSigma(dev, x[k]) * FastGaussian.gaussian(base, k);
                assertEquals(expected, y[k], 2e-7 * 0.1 + 1e-5 * d.readNoiseSigma(dev, x[k]),
                        "interpolation " + interpolation + " read " + k + " at " + x[k]);
            }
        }
    }

    /**
     * The noisy reads' exact bits, pinned: CRCs of 10,000 reads per interpolation taken at 3f2b345 (the
     * interval-major 8-float table), so a change of the table's layout cannot change a trained number.
     */
    @Test
    void noisyReadsKeepTheirBitsAcrossTableLayouts() {
        int[] methods = {Interpolation.SPLINE, Interpolation.PCHIP, Interpolation.LINEAR};
        long[] expected = {0x1e63d7acL, 0xe9097886L, 0xe028f012L};
        for (int m = 0; m < methods.length; m++) {
            TableDevice d = device(methods[m]);
            SplittableRandom r = new SplittableRandom(11);
            int count = 5 * 2000;
            float[] x = new float[count], y = new float[count];
            for (int k = 0; k < count; k++) {
                x[k] = (float) (-2.5 + 6 * r.nextDouble()); // both range ends clamped too
            }
            d.read(x, y, count, 77);
            CRC32 crc = new CRC32();
            for (float v : y) {
                int b = Float.floatToRawIntBits(v);
                crc.update(new byte[] {(byte) b, (byte) (b >>> 8), (byte) (b >>> 16), (byte) (b >>> 24)});
            }
            assertEquals(expected[m], crc.getValue(), "interpolation " + methods[m]);
        }
    }

    @Test
    void readCentralGivesTheBitsOfThreeReads() {
        for (int interpolation : new int[] {Interpolation.SPLINE, Interpolation.LINEAR}) {
            TableDevice d = device(interpolation);
            SplittableRandom r = new SplittableRandom(3);
            int off = 10, count = 5 * 300;
            float h = 0.37f;
            float[] drive = new float[off + count];
            for (int k = 0; k < drive.length; k++) {
                drive[k] = (float) (-2.6 + 6.2 * r.nextDouble());
            }
            drive[off] = Float.NaN;
            drive[off + 1] = -0f;
            drive[off + 2] = 3f;
            drive[off + 3] = -2f - h;
            float[] out = new float[count], plus = new float[count], minus = new float[count];
            d.readCentral(drive, off, count, h, out, plus, minus, 11, 12, 13);
            float[][] shifted = new float[3][count];
            for (int k = 0; k < count; k++) {
                shifted[0][k] = drive[off + k] + 0f;
                shifted[1][k] = drive[off + k] + h;
                shifted[2][k] = drive[off + k] + -h;
            }
            float[][] expected = new float[3][count];
            for (int j = 0; j < 3; j++) {
                d.read(shifted[j], expected[j], count, 11 + j);
            }
            float[][] got = {out, plus, minus};
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < count; k++) {
                    assertEquals(Float.floatToRawIntBits(expected[j][k]), Float.floatToRawIntBits(got[j][k]),
                            "interpolation " + interpolation + " read " + j + " of drive " + k + " at " + drive[off + k]);
                }
            }
        }
    }

    @Test
    void outOfRangeDrivesReadExactlyAsTheRangeEndsAndNanReadsNan() {
        TableDevice d = device(Interpolation.SPLINE);
        float[] outside = {-7f, 3.5f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NaN};
        float[] ends = {-2f, 3f, -2f, 3f, Float.NaN};
        float[] a = new float[5], b = new float[5];
        d.read(outside, a, 5, 99);
        d.read(ends, b, 5, 99);
        for (int k = 0; k < 4; k++) {
            assertEquals(Float.floatToRawIntBits(b[k]), Float.floatToRawIntBits(a[k]), "read " + k + " at " + outside[k]);
        }
        assertTrue(Float.isNaN(a[4]), "a NaN drive reads NaN, got " + a[4]);
    }
}
