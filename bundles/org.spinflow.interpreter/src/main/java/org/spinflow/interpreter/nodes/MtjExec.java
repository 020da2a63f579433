package org.spinflow.interpreter.nodes;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.GradientEstimator;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.RunContext;
import org.spinflow.interpreter.Step;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.kernel.Scratch;
import org.spinflow.model.GradientMode;

/**
 * An array of MTJ neurons, one physical device each. The neuron maps its pre-activation z to
 * the device drive {@code d = inputOffset + inputGain * z}, reads the device, and outputs
 * {@code y = outputGain * (V - outputReference)}.
 *
 * <p>Derivatives: in the analog modes the node only <em>reads</em> its devices, at
 * {@code d +/- inputGain * delta} (central) or {@code d + inputGain * delta} reusing the forward
 * read (forward), averaging {@code repeatedReads} reads per point. Only the {@code exact} and
 * {@code exact-nominal} comparison modes use {@link DeviceDiagnostics}.
 *
 * <p>Reads are issued in fixed blocks of {@value #BLOCK} samples, each keyed by (node, step,
 * read kind, block), so the noise, and hence every result, does not depend on the thread count.
 */
public final class MtjExec extends AbstractExecNode {
    static final int BLOCK = 4;

    /** Neuron mapping and device, fixed at compile time. */
    public record Settings(Device device, double inputGain, double inputOffset, double outputReference,
                           double outputGain) {
    }

    private final Settings s;
    private final long nodeKey;
    private float[] drive;
    private float[] volts;
    private float[] deriv;
    private float[][] scratchIn;
    private float[][] scratchOut;
    private float[][] scratchAcc;
    /** Per slot: the scratch of the fused central read of a noisy table device, or null for other devices. */
    private org.spinflow.devices.table.TableDevice.CentralScratch[] centralScratch;
    private GradientEstimator estimator;
    private double configDelta;
    private int configRepeats;
    /** Per-device output reference and gain (docs/PHYSICS.md I); null: the array's one reference and gain. */
    private org.spinflow.devices.calibration.NeuronCalibration calibration;
    /** Slow drift of the devices' gain (docs/PHYSICS.md C.1); null: none. */
    private org.spinflow.devices.noise.Drift drift;
    /** Time of the current pass in training steps (for the drift), set by the plan before a pass. */
    private long stepTime;
    /** Batch of the last forward pass whose reads a device with a state has not yet been advanced through. */
    private int pendingHistory;
    private int capacity;
    /** Per slice of the last forward pass: the sum and the sum of squares of its drives. */
    private double[] sliceDrive1;
    private double[] sliceDrive2;
    /**
     * Per slice: the estimator whose derivatives the forward pass of a training step already measured
     * (its perturbed reads taken right after each block's forward read, while the devices' table lines
     * are still in cache), or null; {@link #perturb} then uses them instead of reading again.
     */
    private GradientEstimator[] measured;
    /** A device carrying a telegraph state between reads (docs/PHYSICS.md B.1), or null. */
    private org.spinflow.devices.CarriedRead carried;
    /** Its reads per read slot of the last forward pass, [slot][sample * size + neuron]; slot 0 is {@link #volts}. */
    private float[][] carriedOut;
    /** The drive shift of each cached slot of the last forward pass (NaN: slot not read). */
    private volatile float[] carriedShifts;
    /** End state of the last slice of the last forward pass and its device time. */
    private byte[] carriedEnd;
    private double carriedEndTime;
    /**
     * Passes made since {@link #initialise}, the device-time base of a carried state: the plan's
     * counter is a hash, not a clock. Saved in checkpoints with the state ({@link #deviceState}).
     */
    private long carriedPass;

    public MtjExec(String name, ExecNode input, int size, Settings settings) {
        super(name, input, size);
        this.s = settings;
        this.nodeKey = Keys.nameId(name);
        if (settings.device().size() != size) {
            throw new InterpreterException("node '" + name + "': device population has " + settings.device().size()
                    + " devices, expected " + size);
        }
    }

    @Override
    public void initialise(RunContext ctx) {
        super.initialise(ctx);
        int cap = ctx.capacity();
        drive = new float[cap * size];
        volts = new float[cap * size];
        deriv = new float[cap * size];
        int t = ctx.slots();
        scratchIn = Scratch.floats(t, BLOCK * size);
        scratchOut = Scratch.floats(t, BLOCK * size);
        scratchAcc = Scratch.floats(t, BLOCK * size);
        centralScratch = null;
        if (s.device() instanceof org.spinflow.devices.table.TableDevice td && td.noisy()) {
            centralScratch = new org.spinflow.devices.table.TableDevice.CentralScratch[t];
            for (int w = 0; w < t; w++) {
                centralScratch[w] = new org.spinflow.devices.table.TableDevice.CentralScratch();
            }
        }
        configDelta = ctx.config().delta();
        configRepeats = ctx.config().repeatedReads();
        capacity = cap;
        sliceDrive1 = new double[t];
        sliceDrive2 = new double[t];
        measured = new GradientEstimator[t];
        setMode(ctx.config().gradient());
        if (s.device() instanceof org.spinflow.devices.CarriedRead cr) {
            carried = cr;
            carriedOut = new float[1 + 2 * configRepeats][];
            carriedOut[0] = volts;
            for (int r = 1; r < carriedOut.length; r++) {
                carriedOut[r] = new float[cap * size];
            }
            carriedEnd = new byte[size];
            carriedPass = 0;
            cr.resetState();
        }
    }

    /** Switches how derivatives are obtained (gradcheck compares modes on the same forward pass). */
    public void setMode(GradientMode m) {
        GradientEstimator e = GradientEstimator.of(m, configDelta, configRepeats);
        if (e instanceof GradientEstimator.Exact && DeviceDiagnostics.of(s.device()).isEmpty()) {
            throw new InterpreterException("node '" + name + "': preset '" + s.device().preset()
                    + "' offers no exact derivative; use an analog gradient mode");
        }
        this.estimator = e;
    }

    public Device device() {
        return s.device();
    }

    /** Uses a per-device calibration (null: none); set at compile time, before {@link #initialise}. */
    public void calibrate(org.spinflow.devices.calibration.NeuronCalibration c) {
        if (c != null && c.size() != size) {
            throw new InterpreterException("node '" + name + "': calibration has " + c.size() + " devices, expected " + size);
        }
        this.calibration = c;
    }

    /** Uses a slow drift process on the reads (null: none); set at compile time. */
    public void drift(org.spinflow.devices.noise.Drift d) {
        this.drift = d;
    }

    /** Sets the time of the next passes, in training steps (the plan calls it before each parallel section). */
    public void atStep(long t) {
        this.stepTime = t;
        settle();
        if (carried != null) {
            carriedPass++;
        }
    }

    /** Moves the devices' state through the last pass (if not done yet), as the next pass would first. */
    private void settle() {
        if (pendingHistory > 0 && s.device() instanceof org.spinflow.devices.ReadHistory h) {
            // hook: hysteresis (docs/PHYSICS.md A.7): the state follows the last pass's forward reads
            h.advance(drive, pendingHistory * size);
        }
        if (pendingHistory > 0 && carried != null) {
            // hook: telegraph state (docs/PHYSICS.md B.1): the next pass starts where the last one ended
            carried.carry(carriedEnd, carriedEndTime);
        }
        pendingHistory = 0;
    }

    /**
     * The state the devices carry from pass to pass, for a checkpoint (docs/RELIABILITY.md): the
     * hysteresis branch of every device (docs/PHYSICS.md A.7), or model B's recorded telegraph state,
     * its device time and the pass count (B.1); null when the devices carry none (drift and 1/f noise
     * are functions of the optimiser step, which the checkpoint holds). Moves the state through the
     * last pass first, which the next pass would do anyway, so taking it changes no result.
     */
    public byte[] deviceState() {
        settle();
        byte[] branches = s.device() instanceof org.spinflow.devices.ReadHistory h ? h.saveState() : null;
        if (branches == null && carried == null) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + (branches == null ? 0 : branches.length)
                + (carried == null ? 0 : 8 + 8 + size));
        b.put((byte) ((branches != null ? 1 : 0) | (carried != null ? 2 : 0)));
        b.putInt(size);
        if (branches != null) {
            b.put(branches);
        }
        if (carried != null) {
            b.putLong(carriedPass);
            b.putDouble(carried.recordedTime());
            b.put(carried.recordedState());
        }
        return b.array();
    }

    /**
     * Puts back a state {@link #deviceState} returned (after {@link #initialise}); a state that does not
     * fit these devices is refused.
     */
    public void restoreDeviceState(byte[] state) {
        byte[] branches = s.device() instanceof org.spinflow.devices.ReadHistory h ? h.saveState() : null;
        int kind = (branches != null ? 1 : 0) | (carried != null ? 2 : 0);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(state);
        if (state.length != 1 + 4 + (branches == null ? 0 : size) + (carried == null ? 0 : 16 + size) || b.get() != kind
                || b.getInt() != size) {
            throw new InterpreterException("node '" + name + "': the checkpoint's device state does not fit its devices");
        }
        if (branches != null) {
            b.get(branches);
            ((org.spinflow.devices.ReadHistory) s.device()).restoreState(branches);
        }
        if (carried != null) {
            long pass = b.getLong();
            double time = b.getDouble();
            byte[] st = new byte[size];
            b.get(st);
            for (byte v : st) {
                if (v != org.spinflow.devices.superparamagnetic.SuperparamagneticDevice.UNKNOWN
                        && v != org.spinflow.devices.superparamagnetic.SuperparamagneticDevice.P
                        && v != org.spinflow.devices.superparamagnetic.SuperparamagneticDevice.AP) {
                    throw new InterpreterException("node '" + name + "': the checkpoint's telegraph state " + v
                            + " is neither P, AP nor unknown");
                }
            }
            carried.carry(st, time);
            carriedPass = pass;
        }
        pendingHistory = 0;
    }

    /** Calibration reads per device not yet counted by the hardware ledger, and the drives they were made at. */
    private int calibrationReads;
    private double calibrationDrive2;

    /** Records a calibration measurement: {@code perDevice} reads per device at z = -1 and +1 (equal numbers). */
    public void calibrationReads(int perDevice, double inputOffset, double inputGain) {
        calibrationReads += perDevice;
        // mean squared drive of reads split evenly between offset - gain and offset + gain
        calibrationDrive2 = inputOffset * inputOffset + inputGain * inputGain;
    }

    /** Calibration reads per device recorded since the last call (then 0), and their mean squared drive. */
    public double[] takeCalibrationReads() {
        double[] r = {calibrationReads, calibrationDrive2};
        calibrationReads = 0;
        return r;
    }

    /** The per-device calibration in use, or null. */
    public org.spinflow.devices.calibration.NeuronCalibration calibration() {
        return calibration;
    }

    public Settings settings() {
        return s;
    }

    /** Derivatives measured by the last perturbation pass, layout [sample][neuron]. */
    public float[] derivatives() {
        return deriv;
    }

    /**
     * Device reads per neuron and sample that one derivative costs in the current mode: 2 x repeated
     * reads (central), repeated reads (forward, the forward read reused), 0 (exact modes: no reads).
     * Used by the hardware accounting ({@link org.spinflow.interpreter.HardwareLedger}).
     */
    public int readsPerDerivative() {
        return switch (estimator) {
            case GradientEstimator.Exact e -> 0;
            case GradientEstimator.Analog a -> a.central() ? 2 * a.repeatedReads() : a.repeatedReads();
        };
    }

    /** Whether the current mode reads at d + h and d - h (central differences). */
    public boolean centralDifference() {
        return estimator instanceof GradientEstimator.Analog a && a.central();
    }

    /**
     * Sum and sum of squares of the drives of samples [0, batch) of the last forward pass: each slice's
     * sums (drives in index order) taken by the forward pass on the thread that ran it, added here in
     * slice order (so they do not depend on the thread count and cost no serial pass).
     */
    public double[] driveSums(int batch) {
        double a = 0, b = 0;
        for (int k = 0, slices = (batch + Step.SLICE - 1) / Step.SLICE; k < slices; k++) {
            a += sliceDrive1[k];
            b += sliceDrive2[k];
        }
        return new double[] {a, b};
    }

    /** Device drives of the last forward pass, layout [sample][neuron]. */
    public float[] drives() {
        return drive;
    }

    @Override
    public void forward(Step step, int from, int to) {
        final float[] z = input.output();
        final int batch = step.batch;
        final float gain = (float) s.inputGain();
        final float offset = (float) s.inputOffset();
        final float ref = (float) s.outputReference();
        final float og = (float) s.outputGain();
        final int worker = from / Step.SLICE;
        final float[] tmp = scratchOut[worker];
        pendingHistory = batch;
        if (carried != null) {
            measured[worker] = null; // the carried path keeps its own perturbed reads
            forwardCarried(step, from, to);
            sumDrives(from, to, worker);
            return;
        }
        // in a training step the slice's perturbation follows on this thread: take its reads now, block by
        // block (the same reads with the same keys as perturb would make, so the same bits)
        final GradientEstimator.Analog early = step.training && estimator instanceof GradientEstimator.Analog a ? a : null;
        // one central difference of a noisy table device without drift: its three reads in one pass
        final org.spinflow.devices.table.TableDevice fused = early != null && early.central()
                && early.repeatedReads() == 1 && drift == null
                && s.device() instanceof org.spinflow.devices.table.TableDevice td && td.noisy() ? td : null;
        measured[worker] = null;
        for (int blk = from / BLOCK; blk * BLOCK < to; blk++) {
            final int k0 = blk * BLOCK * size;
            final int k1 = Math.min(batch, (blk + 1) * BLOCK) * size;
            for (int k = k0; k < k1; k++) {
                drive[k] = offset + gain * z[k];
            }
            if (fused != null) {
                centralBlock(fused, early, blk, k0, k1, step.counter, worker);
                continue;
            }
            readPerturbed(blk, batch, 0f, 0, step.counter, worker);
            blockOutputs(tmp, k0, k1, og, ref);
            if (early != null) {
                analogBlock(early, blk, batch, step.counter, worker);
            }
        }
        measured[worker] = early;
        sumDrives(from, to, worker);
        for (int k = from * size, n = to * size; k < n; k++) {
            if (!Float.isFinite(out[k])) {
                throw new InterpreterException("node '" + name + "': device read returned " + out[k] + " at drive "
                        + drive[k]);
            }
        }
    }

    /** The drives' sums of a slice for the read energy (docs/PHYSICS.md H), on this slice's thread. */
    private void sumDrives(int from, int to, int worker) {
        double d1 = 0, d2 = 0;
        for (int k = from * size, n = to * size; k < n; k++) {
            final double d = drive[k];
            d1 += d;
            d2 += d * d;
        }
        sliceDrive1[worker] = d1;
        sliceDrive2[worker] = d2;
    }

    /**
     * Forward pass of a slice on a device that carries its state (docs/PHYSICS.md B.1): every read
     * slot of each sample (forward read, then the perturbed reads of the current analog mode) in
     * device-time order in one run, the perturbed reads kept for {@link #perturb}. A slice
     * ({@link Step#SLICE} samples, independent of the thread count) starts from the state the last
     * pass ended in.
     */
    private void forwardCarried(Step step, int from, int to) {
        final int batch = step.batch;
        final float gain = (float) s.inputGain();
        final float offset = (float) s.inputOffset();
        final float ref = (float) s.outputReference();
        final float og = (float) s.outputGain();
        final float[] z = input.output();
        for (int k = from * size, n = to * size; k < n; k++) {
            drive[k] = offset + gain * z[k];
        }
        int slots = 1 + 2 * configRepeats;
        float[] shifts = new float[slots];
        java.util.Arrays.fill(shifts, Float.NaN);
        shifts[0] = 0f;
        if (estimator instanceof GradientEstimator.Analog a) {
            float h = gain * (float) a.delta();
            for (int r = 0; r < a.repeatedReads() && 2 + 2 * r < slots; r++) {
                shifts[1 + 2 * r] = h;
                if (a.central()) {
                    shifts[2 + 2 * r] = -h;
                }
            }
        }
        carriedShifts = shifts;
        double tRead = carried.readTime();
        double t0 = tRead * ((double) (carriedPass * capacity + from) * slots);
        long key = Keys.mix(nodeKey, step.counter, slots + 1L, from / Step.SLICE);
        boolean last = to >= batch;
        double end = carried.readRun(drive, from * size, to - from, shifts, carriedOut, key, t0, tRead * slots,
                last ? carriedEnd : null);
        if (last) {
            carriedEndTime = end;
        }
        final int worker = from / Step.SLICE;
        final float[] tmp = scratchOut[worker];
        for (int blk = from / BLOCK; blk * BLOCK < to; blk++) {
            final int k0 = blk * BLOCK * size;
            final int k1 = Math.min(batch, (blk + 1) * BLOCK) * size;
            if (drift != null) {
                System.arraycopy(volts, k0, tmp, 0, k1 - k0);
                drift.apply(tmp, k1 - k0, stepTime);
                System.arraycopy(tmp, 0, volts, k0, k1 - k0);
            }
            for (int k = k0; k < k1; k++) {
                out[k] = og * (volts[k] - ref);
            }
            if (calibration != null) {
                calibration.applyOutputs(volts, out, k0, k1);
            }
        }
        for (int k = from * size, n = to * size; k < n; k++) {
            if (!Float.isFinite(out[k])) {
                throw new InterpreterException("node '" + name + "': device read returned " + out[k] + " at drive "
                        + drive[k]);
            }
        }
    }

    @Override
    public void perturb(Step step, int from, int to) {
        final int batch = step.batch;
        final float og = (float) s.outputGain();
        final float gain = (float) s.inputGain();
        final long counter = step.counter;
        switch (estimator) {
            case GradientEstimator.Exact exact -> {
                DeviceDiagnostics d = DeviceDiagnostics.of(s.device()).orElseThrow();
                final int worker = from / Step.SLICE;
                final float[] in = scratchIn[worker];
                final float[] o = scratchOut[worker];
                final float scale = og * gain;
                for (int blk = from / BLOCK; blk * BLOCK < to; blk++) {
                    final int k0 = blk * BLOCK * size;
                    final int count = Math.min(batch, (blk + 1) * BLOCK) * size - k0;
                    System.arraycopy(drive, k0, in, 0, count);
                    d.derivative(in, o, count, exact.nominal());
                    for (int k = 0; k < count; k++) {
                        deriv[k0 + k] = o[k] * scale;
                    }
                }
            }
            case GradientEstimator.Analog analog -> {
                final int worker = from / Step.SLICE;
                if (measured[worker] != analog) {
                    for (int blk = from / BLOCK; blk * BLOCK < to; blk++) {
                        analogBlock(analog, blk, batch, counter, worker);
                    }
                }
                measured[worker] = null;
            }
        }
        if (calibration != null) { // hook: derivatives at the per-device gains
            calibration.scaleDerivatives(deriv, from * size, Math.min(batch, to) * size, s.outputGain());
        }
    }

    /**
     * Forward read and central-difference derivative of block {@code blk} in one pass over the devices
     * ({@link org.spinflow.devices.table.TableDevice#readCentral}): the reads, keys and arithmetic of
     * {@link #readPerturbed} at 0, +h and -h followed by {@link #analogBlock} with one repeated read, so the
     * same bits.
     */
    private void centralBlock(org.spinflow.devices.table.TableDevice dev, GradientEstimator.Analog analog, int blk,
            int k0, int k1, long counter, int worker) {
        final float og = (float) s.outputGain();
        final float gain = (float) s.inputGain();
        final float ref = (float) s.outputReference();
        final float deltaZ = (float) analog.delta();
        final float h = gain * deltaZ;
        final float inv = og / (2 * deltaZ * 1);
        final float[] v0 = scratchOut[worker];
        final float[] plus = scratchIn[worker];
        final float[] minus = scratchAcc[worker];
        final int count = k1 - k0;
        dev.readCentral(drive, k0, count, h, v0, plus, minus, Keys.mix(nodeKey, counter, 0L, blk),
                Keys.mix(nodeKey, counter, 1L, blk), Keys.mix(nodeKey, counter, 2L, blk), centralScratch[worker]);
        blockOutputs(v0, k0, k1, og, ref);
        for (int k = 0; k < count; k++) {
            float a = 0f; // as analogBlock's accumulator: 0 + (d + h) - (d - h), signed zeros included
            a += plus[k];
            a -= minus[k];
            deriv[k0 + k] = a * inv;
        }
    }

    /**
     * Elements [k0, k1) of a block's forward read {@code v} (indexed from k0): the voltages and the outputs
     * {@code og * (v - ref)}, then the calibration's per-device reference and gain when there is one.
     */
    private void blockOutputs(float[] v, int k0, int k1, float og, float ref) {
        for (int k = k0; k < k1; k++) {
            float x = v[k - k0];
            volts[k] = x;
            out[k] = og * (x - ref);
        }
        if (calibration != null) { // hook: per-device reference and gain
            calibration.applyOutputs(volts, out, k0, k1);
        }
    }

    /** Analog derivatives of block {@code blk} (after its forward read): the perturbed reads, differenced. */
    private void analogBlock(GradientEstimator.Analog analog, int blk, int batch, long counter, int worker) {
        final float og = (float) s.outputGain();
        final float gain = (float) s.inputGain();
        final boolean central = analog.central();
        final int repeats = analog.repeatedReads();
        final float deltaZ = (float) analog.delta();
        final float h = gain * deltaZ;
        final float inv = central ? og / (2 * deltaZ * repeats) : og / (deltaZ * repeats);
        final float[] accum = scratchAcc[worker];
        final float[] tmp = scratchOut[worker];
        final int k0 = blk * BLOCK * size;
        final int count = Math.min(batch, (blk + 1) * BLOCK) * size - k0;
        java.util.Arrays.fill(accum, 0, count, 0f);
        for (int r = 0; r < repeats; r++) {
            readPerturbed(blk, batch, h, 1 + 2L * r, counter, worker);
            for (int k = 0; k < count; k++) {
                accum[k] += tmp[k];
            }
            if (central) {
                readPerturbed(blk, batch, -h, 2 + 2L * r, counter, worker);
                for (int k = 0; k < count; k++) {
                    accum[k] -= tmp[k];
                }
            } else {
                for (int k = 0; k < count; k++) {
                    accum[k] -= volts[k0 + k];
                }
            }
        }
        for (int k = 0; k < count; k++) {
            deriv[k0 + k] = accum[k] * inv;
        }
    }

    /** Reads block {@code blk} at drive + shift into the worker's scratchOut. */
    private void readPerturbed(int blk, int batch, float shift, long kind, long counter, int worker) {
        final int b0 = blk * BLOCK;
        final int b1 = Math.min(batch, b0 + BLOCK);
        final int count = (b1 - b0) * size;
        final float[] in = scratchIn[worker];
        final int off = b0 * size;
        for (int k = 0; k < count; k++) {
            in[k] = drive[off + k] + shift;
        }
        long key = Keys.mix(nodeKey, counter, kind, blk);
        float[] cs = carriedShifts;
        if (carried != null && cs != null && kind < cs.length && shift == cs[(int) kind]) {
            // hook: telegraph state (docs/PHYSICS.md B.1): read in the forward run, in device-time order
            System.arraycopy(carriedOut[(int) kind], off, scratchOut[worker], 0, count);
        } else if (carried != null) {
            // gradient mode changed after the forward pass (gradcheck): read at this pass's device times
            int slots = 1 + 2 * configRepeats;
            double t0 = carried.readTime() * ((double) (carriedPass * capacity + b0) * slots + kind);
            carried.read(in, scratchOut[worker], count, key, t0, carried.readTime() * slots);
        } else if (s.device() instanceof org.spinflow.devices.TimedRead tr) {
            // hook: correlated 1/f noise (docs/PHYSICS.md C.2): device time of each read, one read
            // slot per forward and perturbed read of a sample, samples in order, passes in training-step
            // order (the step, not the batch key: the key is a hash, and as a time it lost the
            // sub-pass resolution in double precision)
            int slots = 1 + 2 * configRepeats;
            double t0 = tr.readTime() * ((double) (stepTime * capacity + b0) * slots + kind);
            tr.read(in, scratchOut[worker], count, key, t0, tr.readTime() * slots);
        } else {
            s.device().read(in, scratchOut[worker], count, key);
        }
        if (drift != null) { // hook: slow drift of the devices' gain, the same for all reads of a step
            drift.apply(scratchOut[worker], count, stepTime);
        }
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
        final float[] g = input.gradOutput();
        final int n = to * size;
        for (int k = from * size; k < n; k++) {
            g[k] += gradOut[k] * deriv[k];
        }
    }
}
