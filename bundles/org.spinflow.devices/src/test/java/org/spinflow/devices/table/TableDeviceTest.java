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
        return device(interpolation, 5, -2, 3);
    }

    private static TableDevice device(int interpolation, int size, double x0, double x1) {
        int n = 41;
        double[] xs = TableDevice.grid(x0, x1, n);
        return TableDevice.build("test", "A", "V", size, x0, x1, n, k -> {
            double[] y = new double[n], sg = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = 0.07 + 0.03 * Math.tanh((1 + 0.1 * k) * xs[i]) + 0.001 * k;
                sg[i] = 1e-3 * (1 + 0.2 * k + 0.1 * xs[i] * xs[i]);
            }
            if (x0 == 0) { // a range starting at +0 with a -0 value and no noise there: a -0 drive reads -0 or +0
                y[0] = -0.0;
                sg[0] = 0;
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

    /**
     * readCentral's passes (chunks of {@link FastGaussian#CHUNK} devices, vectorised clamp) against three
     * {@link TableDevice#read}s: 300 devices (a full chunk and a partial one), several samples, one scratch
     * reused, drives at and beyond the range ends, NaN, infinities and signed zeros; and a range starting at
     * exactly +0, where a -0 drive (d - h with h = 0) must keep read's -0 (the read-by-read path). The outer Gaussian cells
     * (computed apart from the quantile table) are among the reads.
     */
    @Test
    void readCentralKeepsTheBitsOfThreeReadsAcrossChunksAndAtAZeroRangeStart() {
        float[] special = {Float.NaN, -0f, 0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -2f, 3f, 2.99f, -1.999f};
        double[][] ranges = {{-2, 3}, {0.0, 3}};
        TableDevice.CentralScratch scratch = new TableDevice.CentralScratch();
        int outer = 0;
        for (double[] range : ranges) {
            for (int interpolation : new int[] {Interpolation.SPLINE, Interpolation.LINEAR}) {
                int size = 300, samples = 6, off = 7, count = size * samples;
                TableDevice d = device(interpolation, size, range[0], range[1]);
                SplittableRandom r = new SplittableRandom(17);
                float[] drive = new float[off + count];
                for (int k = 0; k < drive.length; k++) {
                    drive[k] = k % 23 == 0 ? special[(k / 23) % special.length]
                            : (float) (range[0] - 0.4 + (range[1] - range[0] + 0.8) * r.nextDouble());
                }
                for (int rep = 0; rep < 2; rep++) {
                    // h = 0: d - h keeps a -0 drive -0, which a range starting at +0 must read as read does
                    float h = rep == 0 ? 0.29f : 0f;
                    long key = 100 + rep, keyPlus = 200 + rep, keyMinus = 300 + rep;
                    float[] out = new float[count], plus = new float[count], minus = new float[count];
                    d.readCentral(drive, off, count, h, out, plus, minus, key, keyPlus, keyMinus, scratch);
                    float[][] shifted = new float[3][count];
                    for (int k = 0; k < count; k++) {
                        shifted[0][k] = drive[off + k] + 0f;
                        shifted[1][k] = drive[off + k] + h;
                        shifted[2][k] = drive[off + k] - h;
                    }
                    long[] keys = {key, keyPlus, keyMinus};
                    float[][] got = {out, plus, minus};
                    for (int j = 0; j < 3; j++) {
                        float[] expected = new float[count];
                        d.read(shifted[j], expected, count, keys[j]);
                        long base = FastGaussian.streamBase(keys[j]);
                        for (int k = 0; k < count; k++) {
                            assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(got[j][k]),
                                    "range start " + range[0] + ", h " + h + ", interpolation " + interpolation + ", read " + j
                                            + " of drive " + k + " at " + drive[off + k]);
                            long cell = FastGaussian.hash(base, k) >>> 52;
                            if (cell == 0 || cell == 4095) {
                                outer++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(outer > 0, "no read fell in an outer Gaussian cell");
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
