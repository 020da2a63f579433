package org.spinflow.devices.table;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.NominalCurve;
import org.spinflow.devices.noise.FastGaussian;

/**
 * A population of devices read from per-device lookup tables on one uniform drive grid
 * (docs/PHYSICS.md "Speed" and F): cubic Hermite pieces whose node slopes are those of a not-a-knot
 * spline (or PCHIP), linear interpolation optionally; per-node flags and read-noise sigma.
 *
 * <p>Storage is flat: {@code yd[(dev * n + i) * 2] = y_i}, {@code yd[... + 1] = h * y'_i}
 * (slope pre-multiplied by the spacing), {@code sigma[dev * n + i]}, {@code flags[dev * n + i]}.
 * A read is one table lookup, one Hermite evaluation and, with noise, one counter-based Gaussian
 * ({@link FastGaussian}) keyed by (noiseKey, element index): allocation-free and deterministic.
 * Noisy reads (the hot path of analog training) use a second, float table of per-interval cubic
 * coefficients and node sigmas, five floats per interval, device-major, and float arithmetic (relative rounding
 * about 1e-7, far below the read noise); noiseless reads and {@link #value} stay in double precision.
 * Reads outside [inputMin, inputMax] are clamped.
 *
 * <p>Invalid points: {@link #build} throws a {@link DeviceException} naming the device and drive
 * when any table point is flagged non-static, unless {@code allowInvalid}; then the flags stay
 * queryable through {@link #flag(int, double)} and {@link #invalidPoints()}.
 */
public final class TableDevice implements Device, DeviceDiagnostics, NominalCurve {

    /** One device's tabulated curve on the grid: outputs, read-noise sigma and flags per node. */
    public record Curve(double[] y, double[] sigma, int[] flags) {
    }

    private final String preset;
    private final String inputUnit, outputUnit;
    private final int size, n;
    private final double x0, x1, h, invH;
    private final double[] yd;
    /**
     * The noisy read's table (null without noise): per device and grid node i, device-major, at
     * {@code (dev * n + i) * 5}, five floats {@code c0, c1, c2, c3, s}: the cubic of interval i in the local
     * coordinate f in [0, 1], {@code y = c0 + f (c1 + f (c2 + f c3))} (zeros at the last node), and the node's
     * read-noise sigma; a read's sigma line is {@code s_i + f (s_{i+1} - s_i)}, its slope taken in float from
     * the next record (the same float as storing it). 20 bytes per interval and device (0.8 MB for 256
     * devices), and the intervals of one device are adjacent, so its reads at d and d +/- h (a few intervals
     * apart) and at the drives of the next samples share cache lines.
     */
    private final float[] seg;
    private final float[] sigma;
    private final byte[] flags;
    private final double[] nominalYd;
    private final byte[] nominalFlags;
    private final boolean noise;
    /**
     * Whether the drive range starts at exactly +0.0: there a -0 drive clamps to -0 in {@link #noisyRead} (its
     * comparisons keep it) and to +0 in the vectorised {@link #intervals} (Math.max), so {@link #readCentral} reads
     * such tables read by read when a shifted drive can be -0 (a zero shift).
     */
    private final boolean zeroLow;
    private final boolean linear;
    private final int invalidPoints;
    private final Map<String, Double> info;

    private TableDevice(String preset, String inputUnit, String outputUnit, int size, int n, double x0, double x1,
            double[] yd, float[] seg, float[] sigma, byte[] flags, double[] nominalYd, byte[] nominalFlags, boolean noise,
            boolean linear, int invalidPoints, Map<String, Double> info) {
        this.preset = preset;
        this.inputUnit = inputUnit;
        this.outputUnit = outputUnit;
        this.size = size;
        this.n = n;
        this.x0 = x0;
        this.x1 = x1;
        this.h = (x1 - x0) / (n - 1);
        this.invH = 1 / h;
        this.yd = yd;
        this.sigma = sigma;
        this.seg = seg;
        this.flags = flags;
        this.nominalYd = nominalYd;
        this.nominalFlags = nominalFlags;
        this.noise = noise;
        this.zeroLow = Double.doubleToRawLongBits(x0) == 0L;
        this.linear = linear;
        this.invalidPoints = invalidPoints;
        this.info = info == null ? Map.of() : Map.copyOf(info);
    }

    /** The uniform grid x_i = x0 + i (x1 - x0)/(n - 1). */
    public static double[] grid(double x0, double x1, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i == n - 1 ? x1 : x0 + (x1 - x0) * i / (n - 1);
        }
        return x;
    }

    /**
     * Builds the tables of {@code size} devices in parallel (common ForkJoin pool).
     *
     * @param perDevice     curve of device k on {@link #grid}
     * @param nominal       curve of the nominal device
     * @param interpolation {@link Interpolation#SPLINE}, {@link Interpolation#PCHIP} or {@link Interpolation#LINEAR}
     * @param noise         whether reads carry noise
     * @param allowInvalid  keep populations with non-static points instead of throwing
     * @param info          extra numbers exposed by {@link #info()}
     */
    public static TableDevice build(String preset, String inputUnit, String outputUnit, int size, double x0, double x1,
            int n, IntFunction<Curve> perDevice, Curve nominal, int interpolation, boolean noise, boolean allowInvalid,
            Map<String, Double> info) {
        return build(preset, inputUnit, outputUnit, size, x0, x1, n, perDevice, () -> nominal, interpolation, noise,
                allowInvalid, info);
    }

    /** Devices per claim of the parallel build (about a millisecond of solver work per claim). */
    private static final int CHUNK = 8;

    /**
     * {@link #build(String, String, String, int, double, double, int, IntFunction, Curve, int, boolean, boolean, Map)}
     * with the nominal curve computed by {@code nominal} inside the parallel build (claimed first, by one thread while
     * the other starts on the devices). The devices are claimed {@value #CHUNK} at a time from a shared counter by the calling
     * thread and the common pool's workers, so the threads finish together whatever each device costs and
     * whenever a worker starts; every device's table is a function of its index only, so the tables are the same
     * for any thread count and order.
     */
    public static TableDevice build(String preset, String inputUnit, String outputUnit, int size, double x0, double x1,
            int n, IntFunction<Curve> perDevice, Supplier<Curve> nominal, int interpolation, boolean noise,
            boolean allowInvalid, Map<String, Double> info) {
        if (size <= 0) {
            throw new DeviceException("device count must be positive, got " + size);
        }
        if (n < 4 || !(x1 > x0)) {
            throw new DeviceException("table needs at least 4 points and xMax > xMin (got " + n + " points, ["
                    + x0 + ", " + x1 + "])");
        }
        double[] xs = grid(x0, x1, n);
        double hh = (x1 - x0) / (n - 1);
        // the population's arrays (66 MB for 10,000 devices of 161 points with noise: tens of milliseconds of
        // zeroing and first-touch page faults) are allocated by a pool task while the devices' curves are solved;
        // a thread buffers the curves it solved until they are allocated
        final ForkJoinTask<Store> alloc = ForkJoinPool.commonPool().submit(() -> new Store(new double[size * n * 2],
                new float[size * n], new byte[size * n], noise ? new float[size * n * SEG] : null));
        final boolean lin = interpolation == Interpolation.LINEAR;
        final Interpolation.NotAKnot spline = interpolation == Interpolation.SPLINE ? new Interpolation.NotAKnot(xs) : null;
        double[] nyd = new double[n * 2];
        float[] nsg = new float[n];
        byte[] nfl = new byte[n];
        final int chunks = (size + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(chunks + 1, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(w -> {
            ArrayList<Solved> pending = new ArrayList<>();
            for (int ch; (ch = next.getAndIncrement()) <= chunks;) {
                if (ch == 0) {
                    // the nominal curve first: the JIT's profiles then include its path (scale 0) before the
                    // solver is compiled, so no compiled method is thrown away for it at the end
                    fill(xs, hh, nominal.get(), interpolation, spline, nyd, nsg, nfl, 0);
                    continue;
                }
                int k0 = (ch - 1) * CHUNK;
                Curve[] cs = new Curve[Math.min(size, k0 + CHUNK) - k0];
                for (int j = 0; j < cs.length; j++) {
                    cs[j] = perDevice.apply(k0 + j);
                }
                pending.add(new Solved(k0, cs));
                if (alloc.isDone()) {
                    alloc.join().put(pending, xs, hh, interpolation, spline, size, n, lin);
                }
            }
            alloc.join().put(pending, xs, hh, interpolation, spline, size, n, lin);
        });
        Store store = alloc.join();
        double[] yd = store.yd;
        float[] sg = store.sg;
        byte[] fl = store.fl;
        float[] seg = store.seg;
        int invalid = 0;
        int firstBad = -1;
        for (int i = 0; i < fl.length; i++) {
            if (fl[i] != 0) {
                invalid++;
                if (firstBad < 0) {
                    firstBad = i;
                }
            }
        }
        if (invalid > 0 && !allowInvalid) {
            int dev = firstBad / n, pt = firstBad % n;
            throw new DeviceException("preset '" + preset + "': " + invalid + " table point(s) are not static"
                    + " (first: device " + dev + " at drive " + xs[pt] + " " + inputUnit + ", flag " + fl[firstBad]
                    + " = " + flagName(fl[firstBad]) + "); narrow the drive range (xMin/xMax), change the"
                    + " operating point, or set allowInvalid = 1 to keep the points and query flag()");
        }
        return new TableDevice(preset, inputUnit, outputUnit, size, n, x0, x1, yd, seg, sg, fl, nyd, nfl, noise,
                interpolation == Interpolation.LINEAR, invalid, info);
    }

    /** Solved curves of devices k0, k0 + 1, ... waiting to be stored. */
    private record Solved(int k0, Curve[] curves) {
    }

    /** The population's arrays while they are filled: values and slopes, sigmas, flags, noisy-read segments. */
    private record Store(double[] yd, float[] sg, byte[] fl, float[] seg) {
        /** Stores the pending curves and empties the list. */
        void put(ArrayList<Solved> pending, double[] xs, double hh, int interpolation, Interpolation.NotAKnot spline,
                int size, int n, boolean lin) {
            for (Solved p : pending) {
                for (int j = 0; j < p.curves().length; j++) {
                    int k = p.k0() + j;
                    fill(xs, hh, p.curves()[j], interpolation, spline, yd, sg, fl, k * n);
                    if (seg != null) {
                        segments(yd, sg, k, size, n, lin, seg);
                    }
                }
            }
            pending.clear();
        }
    }

    /** Floats per node of {@link #seg}. */
    private static final int SEG = 5;

    /** Fills device {@code dev}'s part of {@link #seg} from its value/slope and sigma tables. */
    private static void segments(double[] yd, float[] sg, int dev, int size, int n, boolean linear, float[] c) {
        final int segs = n - 1;
        for (int i = 0; i < n; i++) {
            int p = dev * n + i;
            int o = p * SEG;
            c[o + 4] = sg[p];
            if (i == segs) {
                break;
            }
            double y0 = yd[p * 2], d0 = yd[p * 2 + 1], y1 = yd[p * 2 + 2], d1 = yd[p * 2 + 3];
            double dy = y1 - y0;
            c[o] = (float) y0;
            if (linear) {
                c[o + 1] = (float) dy;
            } else {
                c[o + 1] = (float) d0;
                c[o + 2] = (float) (3 * dy - 2 * d0 - d1);
                c[o + 3] = (float) (d0 + d1 - 2 * dy);
            }
        }
    }

    private static void fill(double[] xs, double hh, Curve c, int method, Interpolation.NotAKnot spline, double[] yd,
            float[] sg, byte[] fl, int off) {
        int n = xs.length;
        if (c.y().length != n) {
            throw new IllegalArgumentException("curve has " + c.y().length + " points, grid " + n);
        }
        double[] s = spline != null ? spline.slopes(c.y())
                : Interpolation.slopes(xs, c.y(), method == Interpolation.LINEAR ? Interpolation.PCHIP : method);
        for (int i = 0; i < n; i++) {
            yd[(off + i) * 2] = c.y()[i];
            yd[(off + i) * 2 + 1] = s[i] * hh;
            sg[off + i] = c.sigma() == null ? 0f : (float) c.sigma()[i];
            fl[off + i] = c.flags() == null ? 0 : (byte) c.flags()[i];
        }
    }

    /** Name of a steady-state flag. */
    public static String flagName(int f) {
        return switch (f) {
            case 0 -> "static";
            case 1 -> "jump";
            case 2 -> "precession";
            default -> "failure";
        };
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
        return inputUnit;
    }

    @Override
    public String outputUnit() {
        return outputUnit;
    }

    /** Number of table points per device. */
    public int points() {
        return n;
    }

    /** Number of non-static table points over the population (0 unless built with allowInvalid). */
    public int invalidPoints() {
        return invalidPoints;
    }

    /** Extra numbers of the kind (e.g. derived parameters of device 0). */
    public Map<String, Double> info() {
        return info;
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        checkCount(count);
        final double[] t = yd;
        final int nn = n, sz = size;
        final double lo = x0, hi = x1, ih = invH;
        final int last = nn - 2;
        if (noise) {
            // float arithmetic on the interval's cubic and sigma line (its five floats of seg and the next node's sigma);
            // the noiseless read below keeps the double-precision evaluation of value()
            final long base = FastGaussian.streamBase(noiseKey);
            for (int s0 = 0; s0 < count; s0 += sz) {
                for (int dev = 0, k = s0; dev < sz; dev++, k++) {
                    out[k] = noisyRead(drive[k], dev * nn * SEG, base, k);
                }
            }
        } else {
            for (int s0 = 0; s0 < count; s0 += sz) {
                for (int dev = 0, k = s0; dev < sz; dev++, k++) {
                    double u = (Math.min(hi, Math.max(lo, drive[k])) - lo) * ih;
                    int i = Math.min((int) u, last);
                    out[k] = (float) eval(t, (dev * nn + i) * 2, u - i);
                }
            }
        }
    }

    /**
     * One noisy read of the device whose table starts at {@code row} at drive d, with deviate k of the
     * stream {@code base}: the interval's cubic and sigma line in float arithmetic.
     */
    private float noisyRead(float d, int row, long base, int k) {
        // the clamp of value() as comparisons: the same u for every drive (a NaN passes through both tests
        // as through Math.min/max; only a -0 drive at a range end of exactly 0 could give -0 instead of +0,
        // a zero fraction, which changes an output only where the table holds -0 with zero noise: readCentral's
        // vectorised clamp reads such drives read by read); Math.min/max on doubles (NaN and signed-zero handling)
        // cost about a quarter of a read (ReadTiming)
        final double lo = x0, hi = x1;
        final double dd = d;
        double u = ((dd < lo ? lo : (dd > hi ? hi : dd)) - lo) * invH;
        int i = (int) u;
        if (i > n - 2) {
            i = n - 2;
        }
        float f = (float) (u - i);
        final float[] c = seg;
        int o = row + i * SEG;
        float v = c[o] + f * (c[o + 1] + f * (c[o + 2] + f * c[o + 3]));
        float sg0 = c[o + 4];
        float sgm = sg0 + f * (c[o + 4 + SEG] - sg0);
        return v + sgm * FastGaussian.gaussianFloat(base, k);
    }

    /**
     * A 64-bit hash of everything the tables hold (grid, values and slopes, noisy-read segments, sigmas, flags and
     * the nominal curve), bit for bit: two builds with the same hash hold the same tables (up to hash collisions).
     * For tests and bench tools that check a faster build gives the same bits.
     */
    public long contentHash() {
        long hsh = mix(0x5EEDL, size);
        hsh = mix(hsh, n);
        hsh = mix(hsh, Double.doubleToRawLongBits(x0));
        hsh = mix(hsh, Double.doubleToRawLongBits(x1));
        hsh = mix(hsh, linear ? 1 : 0);
        for (double v : yd) {
            hsh = mix(hsh, Double.doubleToRawLongBits(v));
        }
        if (seg != null) {
            for (float v : seg) {
                hsh = mix(hsh, Float.floatToRawIntBits(v));
            }
        }
        for (float v : sigma) {
            hsh = mix(hsh, Float.floatToRawIntBits(v));
        }
        for (byte v : flags) {
            hsh = mix(hsh, v);
        }
        for (double v : nominalYd) {
            hsh = mix(hsh, Double.doubleToRawLongBits(v));
        }
        for (byte v : nominalFlags) {
            hsh = mix(hsh, v);
        }
        return hsh;
    }

    private static long mix(long h, long v) {
        long z = (h ^ v) * 0x9E3779B97F4A7C15L;
        return z ^ (z >>> 29);
    }

    /** Whether reads carry noise. */
    public boolean noisy() {
        return noise;
    }

    /**
     * The three reads of a central difference in one pass: for k < count, {@code out[k]}, {@code plus[k]}
     * and {@code minus[k]} are what {@link #read} gives for the drives {@code d + 0}, {@code d + h} and
     * {@code d - h}, {@code d = drive[off + k]} (each shifted in float), with the keys {@code key}, {@code keyPlus} and
     * {@code keyMinus}: the same bits. Noisy devices only. Allocates its scratch; a caller that reads often
     * passes its own ({@link #readCentral(float[], int, int, float, float[], float[], float[], long, long, long, CentralScratch)}).
     */
    public void readCentral(float[] drive, int off, int count, float h, float[] out, float[] plus, float[] minus,
            long key, long keyPlus, long keyMinus) {
        readCentral(drive, off, count, h, out, plus, minus, key, keyPlus, keyMinus, new CentralScratch());
    }

    /**
     * Scratch of {@link #readCentral}: the intervals, local coordinates and noise hashes of up to
     * {@link FastGaussian#CHUNK} devices' three reads (14 KB, so they stay in the first-level cache). One
     * per thread: a scratch must not be used by two reads at the same time.
     */
    public static final class CentralScratch {
        private static final int C = FastGaussian.CHUNK;
        /**
         * Unused elements after each array's used ones (64 bytes or more): the scratches of the threads are made one
         * after another and sit next to each other on the heap, and without it the end of one thread's arrays and the
         * start of the next one's would share a cache line, which would move between the cores at every write.
         */
        private static final int PAD = 16;
        /** Read q of device j at {@code q * C + j}. */
        final int[] idx = new int[3 * C + PAD];
        final float[] f = new float[3 * C + PAD];
        final long[] hash = new long[3 * C + PAD];
        final double[] u = new double[C + PAD];
    }

    /**
     * {@link #readCentral(float[], int, int, float, float[], float[], float[], long, long, long)} with the
     * caller's scratch. The reads of up to {@link FastGaussian#CHUNK} devices of a sample are taken in three
     * passes: the interval and local coordinate of every drive ({@link #intervals}), the noise hashes
     * ({@link FastGaussian#hashes}), both in loops the JIT vectorises, then the table lookups, whose addresses
     * are then known up front, so many lookups are in flight at once. The arithmetic of every read is that
     * of {@link #read}, element by element (a float stored and loaded keeps its bits), so the bits are the same.
     */
    public void readCentral(float[] drive, int off, int count, float h, float[] out, float[] plus, float[] minus,
            long key, long keyPlus, long keyMinus, CentralScratch sc) {
        checkCount(count);
        if (!noise) {
            throw new DeviceException("readCentral needs a noisy table device");
        }
        final long b0 = FastGaussian.streamBase(key), b1 = FastGaussian.streamBase(keyPlus),
                b2 = FastGaussian.streamBase(keyMinus);
        final int sz = size, row = n * SEG;
        if (zeroLow && h == 0f) {
            // the vectorised clamp (Math.max) reads a -0 drive at a range end of +0 as +0 where read's comparisons
            // keep -0: read by read, as read does. Only with h = 0 can a shifted drive be -0 (d + 0 is never -0,
            // and d +/- h is -0 only when both terms are zeros)
            for (int s0 = 0; s0 < count; s0 += sz) {
                for (int dev = 0, k = s0; dev < sz; dev++, k++) {
                    final float d = drive[off + k];
                    final int r = dev * row;
                    out[k] = noisyRead(d + 0f, r, b0, k); // shifted by 0 as the others by +/-h (-0 reads as +0)
                    plus[k] = noisyRead(d + h, r, b1, k);
                    minus[k] = noisyRead(d - h, r, b2, k);
                }
            }
            return;
        }
        final float[] c = seg;
        final int C = FastGaussian.CHUNK;
        for (int s0 = 0; s0 < count; s0 += sz) {
            for (int dev0 = 0; dev0 < sz; dev0 += C) {
                final int m = Math.min(C, sz - dev0);
                final int k0 = s0 + dev0;
                intervals(drive, off + k0, m, 0f, sc.u, sc.idx, sc.f, 0); // shifted by 0 as the others by +/-h (-0 reads as +0)
                intervals(drive, off + k0, m, h, sc.u, sc.idx, sc.f, C);
                intervals(drive, off + k0, m, -h, sc.u, sc.idx, sc.f, 2 * C); // d + -h is d - h
                FastGaussian.hashes(b0, k0, sc.hash, 0, m);
                FastGaussian.hashes(b1, k0, sc.hash, C, m);
                FastGaussian.hashes(b2, k0, sc.hash, 2 * C, m);
                lookups(c, dev0 * row, row, m, sc.idx, sc.f, sc.hash, out, plus, minus, k0);
            }
        }
    }

    /**
     * The three reads {@code out, plus, minus[k0 + j]}, j < m, of devices whose tables start at
     * {@code r0 + j * row}, from the scratch's intervals, local coordinates and noise hashes.
     */
    private static void lookups(float[] c, int r0, int row, int m, int[] idx, float[] f, long[] hash, float[] out,
            float[] plus, float[] minus, int k0) {
        final int C = FastGaussian.CHUNK;
        for (int j = 0, r = r0; j < m; j++, r += row) {
            out[k0 + j] = lookup(c, r + idx[j] * SEG, f[j], hash[j]);
            plus[k0 + j] = lookup(c, r + idx[C + j] * SEG, f[C + j], hash[C + j]);
            minus[k0 + j] = lookup(c, r + idx[2 * C + j] * SEG, f[2 * C + j], hash[2 * C + j]);
        }
    }

    /**
     * The interval {@code idx[at + j]} and local coordinate {@code frac[at + j]} of {@link #noisyRead} for the
     * drives {@code drive[from + j] + shift}, j < m: the same clamp as a minimum and maximum (the same value as
     * noisyRead's comparisons unless the range starts at +0, see {@link #zeroLow}), the same double
     * arithmetic. Two loops, each of which the JIT vectorises (one loop with all the conversions, float to
     * double to int and float, is left scalar: about 3 ns per drive against 1).
     */
    private void intervals(float[] drive, int from, int m, float shift, double[] u, int[] idx, float[] frac, int at) {
        final double lo = x0, hi = x1, ih = invH;
        for (int j = 0; j < m; j++) {
            u[j] = (Math.min(hi, Math.max(lo, (double) (drive[from + j] + shift))) - lo) * ih;
        }
        final int last = n - 2;
        for (int j = 0; j < m; j++) {
            double uj = u[j];
            int i = Math.min((int) uj, last);
            idx[at + j] = i;
            frac[at + j] = (float) (uj - i);
        }
    }

    /**
     * A noisy read from the interval record at {@code o} of {@link #seg}, local coordinate f, noise hash
     * {@code hash}: {@link #noisyRead}'s arithmetic.
     */
    private static float lookup(float[] c, int o, float f, long hash) {
        float v = c[o] + f * (c[o + 1] + f * (c[o + 2] + f * c[o + 3]));
        float sg0 = c[o + 4];
        float sgm = sg0 + f * (c[o + 4 + SEG] - sg0);
        return v + sgm * FastGaussian.gaussianFloat(hash);
    }

    private double eval(double[] t, int o, double f) {
        double y0 = t[o], d0 = t[o + 1], y1 = t[o + 2], d1 = t[o + 3];
        if (linear) {
            return y0 + f * (y1 - y0);
        }
        // Hermite in Horner form: y0 + f (d0 + f (c2 + f c3))
        double dy = y1 - y0;
        double c2 = 3 * dy - 2 * d0 - d1;
        double c3 = d0 + d1 - 2 * dy;
        return y0 + f * (d0 + f * (c2 + f * c3));
    }

    private double evalDerivative(double[] t, int o, double f) {
        double y0 = t[o], d0 = t[o + 1], y1 = t[o + 2], d1 = t[o + 3];
        double dy = y1 - y0;
        if (linear) {
            return dy * invH;
        }
        double c2 = 3 * dy - 2 * d0 - d1;
        double c3 = d0 + d1 - 2 * dy;
        return (d0 + f * (2 * c2 + f * 3 * c3)) * invH;
    }

    private void checkCount(int count) {
        if (count % size != 0) {
            throw new DeviceException("read count " + count + " is not a multiple of the population size " + size);
        }
    }

    /** Noiseless table value of device {@code dev} at drive x, in double precision. */
    public double value(int dev, double x) {
        double u = (Math.min(x1, Math.max(x0, x)) - x0) * invH;
        int i = Math.min((int) u, n - 2);
        return eval(yd, (dev * n + i) * 2, u - i);
    }

    /** Exact derivative of the interpolant of device {@code dev} at x (0 outside the range). */
    public double derivative(int dev, double x) {
        if (x < x0 || x > x1) {
            return 0;
        }
        double u = (x - x0) * invH;
        int i = Math.min((int) u, n - 2);
        return evalDerivative(yd, (dev * n + i) * 2, u - i);
    }

    /** Nominal device's value at x. */
    @Override
    public double nominalValue(double x) {
        double u = (Math.min(x1, Math.max(x0, x)) - x0) * invH;
        int i = Math.min((int) u, n - 2);
        return eval(nominalYd, i * 2, u - i);
    }

    /** Nominal device's derivative at x. */
    @Override
    public double nominalDerivative(double x) {
        if (x < x0 || x > x1) {
            return 0;
        }
        double u = (x - x0) * invH;
        int i = Math.min((int) u, n - 2);
        return evalDerivative(nominalYd, i * 2, u - i);
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        if (!noise) {
            return 0;
        }
        double u = (Math.min(x1, Math.max(x0, drive)) - x0) * invH;
        int i = Math.min((int) u, n - 2);
        int p = index * n + i;
        double f = u - i;
        return sigma[p] + f * (sigma[p + 1] - sigma[p]);
    }

    @Override
    public void derivative(float[] drive, float[] out, int count, boolean nominal) {
        checkCount(count);
        for (int k = 0; k < count; k++) {
            int dev = k % size;
            out[k] = (float) (nominal ? nominalDerivative(drive[k]) : derivative(dev, drive[k]));
        }
    }

    @Override
    public void readNoiseless(float[] drive, float[] out, int count, boolean nominal) {
        checkCount(count);
        for (int k = 0; k < count; k++) {
            int dev = k % size;
            out[k] = (float) (nominal ? nominalValue(drive[k]) : value(dev, drive[k]));
        }
    }

    @Override
    public int flag(int index, double drive) {
        double u = (Math.min(x1, Math.max(x0, drive)) - x0) * invH;
        int i = Math.min((int) u, n - 2);
        int p = index * n + i;
        double f = u - i;
        if (f == 0) {
            return flags[p];
        }
        return Math.max(flags[p], flags[p + 1]);
    }

    /** The flag of the nominal device at x. */
    @Override
    public int nominalFlag(double drive) {
        double u = (Math.min(x1, Math.max(x0, drive)) - x0) * invH;
        int i = Math.min((int) u, n - 2);
        double f = u - i;
        return f == 0 ? nominalFlags[i] : Math.max(nominalFlags[i], nominalFlags[i + 1]);
    }
}
