package org.spinflow.interpreter;

import org.spinflow.devices.hardware.OperationCosts;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.interpreter.nodes.MtjExec;

/**
 * Counts what a plan asks of the hardware (docs/PHYSICS.md section H): MTJ device reads (forward and
 * perturbed), crossbar array reads, conductance writes (one programming pulse per device whose
 * conductance a commit changes), their energy and the device time, separately for training steps
 * and for inference (evaluation forward passes), and the multiply-accumulates a digital
 * implementation of the same network would do (the reference). The host's share of training (the
 * backward pass and the optimiser, computed off the arrays in every mode) is counted as host MACs.
 *
 * <p>Device time assumes one read circuit per neuron and per crossbar column: the devices of an
 * array are read in parallel, samples and layers one after the other; a crossbar is programmed
 * row by row, all columns of a row in parallel. The counts follow from the batch sizes and the
 * gradient mode; only the write count (devices whose conductance changed) and the drive currents
 * (for the field-line energy) are taken from the run. Counting is done by the plan between its
 * parallel sections, never from worker threads.
 */
public final class HardwareLedger {

    /** Totals of one phase (training or inference). */
    public static final class Totals {
        public long steps;
        public long samples;
        public long reads;
        public long crossbarReads;
        public long writes;
        public double readEnergy;
        public double crossbarEnergy;
        public double writeEnergy;
        public double deviceTime;
        public long hostMacs;
        public long digitalMacs;

        public double energy() {
            return readEnergy + crossbarEnergy + writeEnergy;
        }

        void add(Totals o) {
            steps += o.steps;
            samples += o.samples;
            reads += o.reads;
            crossbarReads += o.crossbarReads;
            writes += o.writes;
            readEnergy += o.readEnergy;
            crossbarEnergy += o.crossbarEnergy;
            writeEnergy += o.writeEnergy;
            deviceTime += o.deviceTime;
            hostMacs += o.hostMacs;
            digitalMacs += o.digitalMacs;
        }
    }

    /** What a run asked of the hardware: training steps, inference passes, and their sum. */
    public record Report(Totals training, Totals inference) {
        public Totals total() {
            Totals t = new Totals();
            t.add(training);
            t.add(inference);
            return t;
        }
    }

    private final Totals training = new Totals();
    private final Totals inference = new Totals();

    public Report report() {
        Totals a = new Totals();
        a.add(training);
        Totals b = new Totals();
        b.add(inference);
        return new Report(a, b);
    }

    /** Adds another ledger's counts (the folds of one run). */
    public void add(Report r) {
        training.add(r.training());
        inference.add(r.inference());
    }

    /** A forward pass of {@code batch} samples; {@code training}: part of a training step. */
    void forward(Plan plan, int batch, boolean trainingStep) {
        Totals t = trainingStep ? training : inference;
        if (trainingStep) {
            t.steps++;
        }
        t.samples += batch;
        for (ExecNode n : plan.nodes()) {
            if (n instanceof MtjExec m) {
                int size = m.outputSize();
                double[] cal = m.takeCalibrationReads();
                if (cal[0] > 0) {
                    // the calibration pass (docs/PHYSICS.md I) ran when the plan was compiled: its reads
                    // belong to the training totals (energy at the reference drives, one read time each)
                    long reads = (long) cal[0] * size;
                    training.reads += reads;
                    training.readEnergy += reads * OperationCosts.mtjReadEnergy(0) + ("A".equals(m.device().inputUnit())
                            ? reads * cal[1] * OperationCosts.FIELD_LINE_RESISTANCE * OperationCosts.MTJ_READ_TIME : 0);
                    training.deviceTime += cal[0] * OperationCosts.MTJ_READ_TIME;
                }
                t.reads += (long) batch * size;
                t.readEnergy += readEnergy(m, batch, 0, 1);
                t.deviceTime += batch * OperationCosts.MTJ_READ_TIME;
            } else if (n instanceof CrossbarExec c) {
                long macs = (long) batch * c.macsPerSample();
                t.digitalMacs += macs;
                t.crossbarReads += batch;
                t.crossbarEnergy += OperationCosts.crossbarReadEnergy(c.inputSquares(batch) + (c.hasBias() ? batch : 0),
                        c.meanPairConductance(), c.cols());
                t.deviceTime += batch * OperationCosts.CROSSBAR_READ_TIME;
            }
        }
    }

    /** The perturbation and backward passes of a training step of {@code batch} samples. */
    void gradients(Plan plan, int batch, boolean trainingStep) {
        Totals t = trainingStep ? training : inference;
        for (ExecNode n : plan.nodes()) {
            if (n instanceof MtjExec m) {
                int per = m.readsPerDerivative();
                if (per > 0) {
                    int size = m.outputSize();
                    t.reads += (long) batch * size * per;
                    double h = m.settings().inputGain() * plan.config().delta();
                    t.readEnergy += readEnergy(m, batch, h, per);
                    t.deviceTime += (double) batch * per * OperationCosts.MTJ_READ_TIME;
                }
            } else if (n instanceof CrossbarExec c) {
                // backward: input gradient (when needed) and weight gradient, on the host in every mode
                long macs = (long) batch * c.macsPerSample();
                long back = c.inputs().get(0).requiresGrad() ? 2 * macs : macs;
                t.hostMacs += back;
                t.digitalMacs += back;
            }
        }
    }

    /** A commit: the crossbars' writes of the step. */
    void commit(Plan plan) {
        for (ExecNode n : plan.nodes()) {
            if (n instanceof CrossbarExec c) {
                long w = c.lastWrites();
                training.writes += w;
                training.writeEnergy += w * OperationCosts.WRITE_ENERGY;
                if (w > 0) {
                    training.deviceTime += c.lastWrittenRows() * OperationCosts.WRITE_TIME;
                }
            }
        }
    }

    /**
     * Energy of the reads per perturbation point of the MTJ array's last forward drives ({@code batch} samples):
     * with {@code h = 0} the forward reads; else {@code per} reads split between d + h and d - h
     * (central) or all at d + h (forward), their field-line energy from sum (d +/- h)^2.
     */
    private static double readEnergy(MtjExec m, int batch, double h, int per) {
        final int count = batch * m.outputSize();
        double junction = count * (double) per * OperationCosts.mtjReadEnergy(0);
        if (!"A".equals(m.device().inputUnit())) {
            return junction; // unitless (ideal) devices: the junction read only
        }
        // the sums were taken slice by slice by the forward pass (no serial pass here)
        double[] sums = m.driveSums(batch);
        double s1 = sums[0];
        double s2 = sums[1];
        double sum;
        if (h == 0) {
            sum = s2;
        } else if (m.centralDifference()) {
            // per/2 reads at d + h and per/2 at d - h: sum (d+h)^2 + (d-h)^2 = 2 s2 + 2 n h^2
            sum = per / 2.0 * (2 * s2 + 2 * count * h * h);
        } else {
            sum = per * (s2 + 2 * h * s1 + count * h * h);
        }
        return junction + sum * OperationCosts.FIELD_LINE_RESISTANCE * OperationCosts.MTJ_READ_TIME;
    }

}
