package org.spinflow.interpreter;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.spinflow.model.io.AtomicFiles;

/**
 * Where a training run stands: finished folds, the current fold's position (epoch, next batch,
 * optimiser step, partial epoch sums), the learned state and the history. Saved atomically
 * (temporary file, fsync, rename) with a CRC, so a crash mid-save leaves the previous checkpoint
 * intact; training resumed from it is bit-identical to an uninterrupted run, because every
 * random draw is keyed by (seed, fold, epoch, batch).
 *
 * @param configKey  identifies model + settings; resuming with another configuration is refused
 * @param order      the sample order of the current epoch (after its shuffle) for a checkpoint taken
 *                   mid-epoch, or the order the next epoch's shuffle starts from; empty when the next
 *                   job starts afresh. Each epoch shuffles the previous epoch's order, so a resume
 *                   needs it to continue bit-identically.
 *                   With {@code fold} equal to the number of jobs the run has finished and
 *                   {@code state} holds the final weights (kept so that a failed final save can be
 *                   redone with {@code --resume}).
 * @param devices    the state the devices of each MTJ array carry between passes (hysteresis branches,
 *                   model B's telegraph state and pass count: {@link Plan#deviceState}), by node name, taken
 *                   with {@code state}; empty when no device carries one or {@code state} is empty; null
 *                   for a checkpoint of version 2, which did not record it
 * @param hardwareDone the hardware totals (docs/PHYSICS.md H) of the jobs finished before the current one,
 *                   or null (version 2)
 * @param hardwareJob the current job's hardware totals so far, or null (version 2)
 */
public record Checkpoint(String configKey, int fold, int epoch, int nextBatch, long optimiserStep, double lossSum,
                         int correct, List<Trainer.FoldResult> finished, List<Trainer.EpochReport> history,
                         Map<String, float[][]> state, int[] order, Map<String, byte[]> devices,
                         HardwareLedger.Report hardwareDone, HardwareLedger.Report hardwareJob) {

    private static final int MAGIC = 0x53464350; // "SFCP"
    /** Version 3 adds the device state and the hardware totals; version 2 files still load (without them). */
    private static final int VERSION = 3;
    private static final int OLDEST = 2;

    /** Writes atomically ({@link AtomicFiles}); the test hook {@code spinflow.test.checkpointPauseMillis} pauses halfway. */
    public void save(Path file) {
        byte[] body = encode();
        try {
            AtomicFiles.write(file, out -> {
                int half = body.length / 2;
                out.write(body, 0, half);
                long pause = Long.getLong("spinflow.test.checkpointPauseMillis", 0L);
                if (pause > 0) { // test hook: a kill lands while the temporary file is half written
                    out.flush();
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("checkpoint write interrupted");
                    }
                }
                out.write(body, half, body.length - half);
            });
        } catch (IOException e) {
            throw new InterpreterException(file + ": cannot write the checkpoint (" + e.getMessage() + ")", e);
        }
        long after = Long.getLong("spinflow.test.afterCheckpointPauseMillis", 0L);
        if (after > 0) { // test hook: lets a test SIGKILL the run at a chosen checkpoint
            try {
                Thread.sleep(after);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(configKey);
            out.writeInt(fold);
            out.writeInt(epoch);
            out.writeInt(nextBatch);
            out.writeLong(optimiserStep);
            out.writeDouble(lossSum);
            out.writeInt(correct);
            out.writeInt(finished.size());
            for (Trainer.FoldResult f : finished) {
                out.writeInt(f.fold());
                out.writeDouble(f.accuracy());
                out.writeDouble(f.loss());
            }
            out.writeInt(history.size());
            for (Trainer.EpochReport r : history) {
                out.writeInt(r.fold());
                out.writeInt(r.folds());
                out.writeInt(r.epoch());
                out.writeInt(r.epochs());
                out.writeDouble(r.loss());
                out.writeDouble(r.trainAccuracy());
                out.writeDouble(r.validationAccuracy());
                out.writeDouble(r.seconds());
            }
            out.writeInt(state.size());
            for (Map.Entry<String, float[][]> e : state.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float[] a : e.getValue()) {
                    out.writeInt(a.length);
                    ByteBuffer bb = ByteBuffer.allocate(a.length * 4);
                    bb.asFloatBuffer().put(a);
                    out.write(bb.array());
                }
            }
            out.writeInt(order.length);
            for (int v : order) {
                out.writeInt(v);
            }
            out.writeInt(devices.size());
            for (Map.Entry<String, byte[]> e : devices.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            writeTotals(out, hardwareDone.training());
            writeTotals(out, hardwareDone.inference());
            writeTotals(out, hardwareJob.training());
            writeTotals(out, hardwareJob.inference());
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeTotals(DataOutputStream out, HardwareLedger.Totals t) throws IOException {
        for (long v : new long[] {t.steps, t.samples, t.reads, t.crossbarReads, t.writes, t.hostMacs, t.digitalMacs}) {
            out.writeLong(v);
        }
        for (double v : new double[] {t.readEnergy, t.crossbarEnergy, t.writeEnergy, t.deviceTime}) {
            out.writeDouble(v);
        }
    }

    private static HardwareLedger.Totals readTotals(DataInputStream in) throws IOException {
        HardwareLedger.Totals t = new HardwareLedger.Totals();
        t.steps = in.readLong();
        t.samples = in.readLong();
        t.reads = in.readLong();
        t.crossbarReads = in.readLong();
        t.writes = in.readLong();
        t.hostMacs = in.readLong();
        t.digitalMacs = in.readLong();
        t.readEnergy = in.readDouble();
        t.crossbarEnergy = in.readDouble();
        t.writeEnergy = in.readDouble();
        t.deviceTime = in.readDouble();
        return t;
    }

    /** Reads a checkpoint; a damaged or foreign file gives an {@link InterpreterException} naming it. */
    public static Checkpoint load(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InterpreterException(file + ": no checkpoint to resume from (train with --checkpoint first)");
        } catch (IOException e) {
            throw new InterpreterException(file + ": cannot read the checkpoint (" + e.getMessage() + ")");
        }
        if (all.length < 16) {
            throw new InterpreterException(file + ": not a Spinflow checkpoint (too short)");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        if (ByteBuffer.wrap(all, all.length - 8, 8).getLong() != crc.getValue()) {
            throw new InterpreterException(file + ": the checkpoint is damaged (checksum mismatch)");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 8))) {
            if (in.readInt() != MAGIC) {
                throw new InterpreterException(file + ": not a Spinflow checkpoint");
            }
            int version = in.readInt();
            if (version < OLDEST || version > VERSION) {
                throw new InterpreterException(file + ": a Spinflow checkpoint of version " + version + ", this version reads "
                        + OLDEST + " to " + VERSION);
            }
            String key = in.readUTF();
            int fold = in.readInt();
            int epoch = in.readInt();
            int nextBatch = in.readInt();
            long step = in.readLong();
            double lossSum = in.readDouble();
            int correct = in.readInt();
            List<Trainer.FoldResult> finished = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                finished.add(new Trainer.FoldResult(in.readInt(), in.readDouble(), in.readDouble()));
            }
            List<Trainer.EpochReport> history = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                history.add(new Trainer.EpochReport(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readDouble(),
                        in.readDouble(), in.readDouble(), in.readDouble()));
            }
            Map<String, float[][]> state = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                float[][] arrays = new float[in.readInt()][];
                for (int k = 0; k < arrays.length; k++) {
                    int n = in.readInt();
                    byte[] b = new byte[n * 4];
                    in.readFully(b);
                    arrays[k] = new float[n];
                    ByteBuffer.wrap(b).asFloatBuffer().get(arrays[k]);
                }
                state.put(name, arrays);
            }
            int m = in.readInt();
            if (m < 0 || m > (all.length - 8) / 4) {
                throw new InterpreterException(file + ": the checkpoint is damaged (sample order of " + m + " entries)");
            }
            int[] order = new int[m];
            for (int k = 0; k < m; k++) {
                order[k] = in.readInt();
            }
            if (version < 3) {
                return new Checkpoint(key, fold, epoch, nextBatch, step, lossSum, correct, finished, history, state, order,
                        null, null, null);
            }
            Map<String, byte[]> devices = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                int n = in.readInt();
                if (n < 0 || n > all.length) {
                    throw new InterpreterException(file + ": the checkpoint is damaged (device state of " + n + " bytes)");
                }
                byte[] b = new byte[n];
                in.readFully(b);
                devices.put(name, b);
            }
            HardwareLedger.Report done = new HardwareLedger.Report(readTotals(in), readTotals(in));
            HardwareLedger.Report job = new HardwareLedger.Report(readTotals(in), readTotals(in));
            return new Checkpoint(key, fold, epoch, nextBatch, step, lossSum, correct, finished, history, state, order,
                    devices, done, job);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InterpreterException ie) {
                throw ie;
            }
            throw new InterpreterException(file + ": the checkpoint is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

}
