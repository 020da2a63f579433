package org.spinflow.interpreter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spinflow.data.Dataset;
import org.spinflow.data.Normaliser;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.Network;
import org.spinflow.model.SplitKind;
import org.spinflow.model.TrainingSpec;

/**
 * Device-in-the-loop training of a network: per mini-batch a forward pass, a differential
 * perturbation pass (device reads at z +/- delta), a backward pass with the measured
 * derivatives, and a commit of the updates to the conductance pairs. Supports stratified k-fold
 * cross-validation, hold-out, and IDX train/test files.
 */
public final class Trainer {

    /** Metrics after one epoch. */
    public record EpochReport(int fold, int folds, int epoch, int epochs, double loss, double trainAccuracy,
                              double validationAccuracy, double seconds) {
    }

    /**
     * Progress callbacks. {@link #cancelled()} is polled between batches and before every slice of
     * 8 samples inside a batch, also from worker threads, so it must be cheap and thread-safe; a
     * batch abandoned by it is never committed.
     */
    public interface Listener {
        default void epoch(EpochReport report) {
        }

        default void batch(int fold, int epoch, int batch, int batches) {
        }

        /**
         * After each committed batch, before {@link #batch}, on the training thread: the plan, for
         * diagnostics (reading node state and the batch's drives and derivatives); must not change it.
         */
        default void committed(int fold, int epoch, int batch, Plan plan) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** Outcome of one fold (or of the single run). */
    public record FoldResult(int fold, double accuracy, double loss) {
    }

    /**
     * @param folds        per-fold validation (or test) accuracy
     * @param mean         mean accuracy over folds
     * @param std          sample standard deviation over folds (0 for one fold)
     * @param history      per-epoch metrics
     * @param finalPlan    the last trained plan (its learned state is what gets written back); the caller closes it
     * @param started      when the run started
     * @param modelSha256  SHA-256 of the model as it was trained (its XMI bytes)
     * @param dataSha256   SHA-256 of the loaded data ({@link Digests#data})
     * @param hardware     device reads, writes, energy and time of every job of this run, training steps and
     *                     evaluation passes apart (docs/PHYSICS.md H); a run resumed from a checkpoint of version 3
     *                     counts the whole run (the totals before the checkpoint are in it), from version 2 what
     *                     this process ran
     */
    public record Result(List<FoldResult> folds, double mean, double std, double loss, List<EpochReport> history,
                         Plan finalPlan, double seconds, boolean cancelled, java.time.Instant started, String modelSha256,
                         String dataSha256, HardwareLedger.Report hardware) {
    }

    /**
     * Command-line overrides; null means "as in the model".
     *
     * @param checkpoint             file for periodic checkpoints (null: none)
     * @param checkpointEveryBatches also checkpoint every N batches (0: only at epoch ends and every 60 s)
     * @param resume                 continue from {@code checkpoint}
     */
    public record Options(Integer epochs, Integer folds, boolean finalFit, Path checkpoint, int checkpointEveryBatches,
                          boolean resume) {
        public Options(Integer epochs, Integer folds, boolean finalFit) {
            this(epochs, folds, finalFit, null, 0, false);
        }

        public static Options defaults() {
            return new Options(null, null, false);
        }
    }

    private final Network network;
    private final Path modelDir;
    private final RunConfig config;
    private final Options options;
    private final Listener listener;
    /** Jobs of the current run (the checkpoint after the last one keeps the final weights). */
    private int jobCount;
    /** Hardware totals of the jobs of the current run finished so far (for the checkpoints). */
    private HardwareLedger hardware;

    public Trainer(Network network, Path modelDir, RunConfig config, Options options, Listener listener) {
        this.network = network;
        this.modelDir = modelDir;
        this.config = config;
        this.options = options;
        this.listener = listener == null ? new Listener() {
        } : listener;
    }

    /** Resolves the run settings from the model's training spec and overrides (prefer {@link TrainingSession}). */
    public static RunConfig config(TrainingSpec t, org.spinflow.model.GradientMode gradient, Double delta, Long seed,
                                   int threads) {
        return new RunConfig(gradient != null ? gradient : t.getGradientMode(), delta != null ? delta : t.getDelta(),
                t.getRepeatedReads(), seed != null ? seed : t.getSeed(), t.getBatchSize(), threads, true, true);
    }

    /** One training of the run: a fold, the single IDX run, or the final fit on all data. */
    private record Job(int index, int count, int[] trainIdx, Dataset evalSet, int[] evalIdx, boolean reported) {
    }

    public Result run(DataSource.Loaded data) {
        // the wall-clock start first: a pause between the two readings then shortens the measured duration,
        // so started + seconds never passes the true end
        java.time.Instant started = java.time.Instant.now();
        long t0 = System.nanoTime();
        String modelSha = Digests.model(network);
        String dataSha = Digests.data(data.train(), data.test());
        TrainingSpec spec = network.getTraining();
        int epochs = options.epochs() != null ? options.epochs() : spec.getEpochs();
        Dataset all = data.train();
        List<Job> jobs = new ArrayList<>();
        if (data.test() != null || spec.getSplit() == null || spec.getSplit().getKind() == SplitKind.TEST_FILES) {
            if (data.test() == null) {
                throw new InterpreterException("split 'test-files' needs an IDX data folder with test files");
            }
            jobs.add(new Job(0, 1, Splits.range(all.n()), data.test(), null, true));
        } else {
            List<Splits.Split> splits;
            if (spec.getSplit().getKind() == SplitKind.HOLDOUT) {
                splits = List.of(Splits.holdout(all.labels(), spec.getSplit().getHoldoutFraction(), config.seed()));
            } else {
                int k = options.folds() != null ? options.folds() : spec.getSplit().getFolds();
                if (k < 2) {
                    throw new InterpreterException("k-fold cross-validation needs at least 2 folds, got " + k);
                }
                splits = Splits.kFold(all.labels(), k, config.seed());
            }
            for (int f = 0; f < splits.size(); f++) {
                jobs.add(new Job(f, splits.size(), splits.get(f).train(), all, splits.get(f).validation(), true));
            }
            if (options.finalFit()) {
                jobs.add(new Job(splits.size(), splits.size(), Splits.range(all.n()), null, null, false));
            }
        }
        String key = configKey(modelSha, dataSha, epochs, jobs.size());
        Checkpoint resume = null;
        List<FoldResult> results = new ArrayList<>();
        List<EpochReport> history = new ArrayList<>();
        if (options.resume()) {
            if (options.checkpoint() == null) {
                throw new InterpreterException("--resume needs a checkpoint file");
            }
            resume = Checkpoint.load(options.checkpoint());
            if (!resume.configKey().equals(key)) {
                throw new InterpreterException(options.checkpoint()
                        + ": the checkpoint belongs to another model or other settings; resume with the same model, data and options");
            }
            results.addAll(resume.finished());
            history.addAll(resume.history());
        }
        jobCount = jobs.size();
        HardwareLedger hardware = new HardwareLedger();
        this.hardware = hardware;
        Plan last = null;
        boolean cancelled = false;
        if (resume != null && resume.hardwareDone() != null) {
            hardware.add(resume.hardwareDone());
            if (resume.fold() >= jobs.size() || resume.state().isEmpty()) {
                hardware.add(resume.hardwareJob()); // the checkpoint's job had finished
            }
        }
        if (resume != null && resume.fold() >= jobs.size() && !resume.state().isEmpty()) {
            // the run had finished; its final save is redone
            last = finalPlan(resume.state(), resume.devices(), jobs.get(jobs.size() - 1).index());
        }
        for (Job job : jobs) {
            if (cancelled || (resume != null && job.index() < resume.fold())) {
                continue;
            }
            Checkpoint from = resume != null && job.index() == resume.fold() ? resume : null;
            Run r = trainOne(job, all, epochs, data.normaliser(), history, results, key, from);
            if (job.reported()) {
                results.add(new FoldResult(job.index(), r.accuracy, r.loss));
            }
            cancelled = r.cancelled;
            hardware.add(r.plan.ledger().report());
            if (last != null) {
                last.close();
            }
            last = r.plan;
        }
        double mean = results.stream().mapToDouble(FoldResult::accuracy).average().orElse(Double.NaN);
        double var = 0;
        for (FoldResult r : results) {
            var += (r.accuracy() - mean) * (r.accuracy() - mean);
        }
        double std = results.size() > 1 ? Math.sqrt(var / (results.size() - 1)) : 0;
        double loss = results.stream().mapToDouble(FoldResult::loss).average().orElse(Double.NaN);
        return new Result(results, mean, std, loss, history, last, (System.nanoTime() - t0) / 1e9, cancelled, started,
                modelSha, dataSha, hardware.report());
    }

    /** A plan holding the final weights of a finished run, from its last checkpoint. */
    private Plan finalPlan(Map<String, float[][]> state, Map<String, byte[]> devices, int fold) {
        Plan plan = Plan.compile(network, modelDir, config, Optimiser.of(network.getTraining().getOptimizer(), config));
        plan.initialise(Math.max(Math.max(1, config.batchSize()), 64), TrainingSession.foldSeed(config, fold));
        plan.restore(state);
        if (devices != null) {
            plan.restoreDeviceState(devices);
        }
        return plan;
    }

    /**
     * Identifies the model, the data and every setting that changes the arithmetic of a run
     * (gradient mode, delta, repeated reads, seed, batch size, noise and variability switches,
     * epochs, jobs); not the thread count, which never changes a result.
     */
    private String configKey(String modelSha, String dataSha, int epochs, int jobs) {
        return "model=" + modelSha + "/data=" + dataSha + "/gradient=" + config.gradient().getLiteral() + "/delta="
                + config.delta() + "/reads=" + config.repeatedReads() + "/seed=" + config.seed() + "/batch="
                + config.batchSize() + "/noise=" + config.noise() + "/variability=" + config.variability() + "/epochs=" + epochs
                + "/jobs=" + jobs;
    }

    private record Run(Plan plan, double accuracy, double loss, boolean cancelled) {
    }

    /**
     * Trains a fresh plan on {@code all[trainIdx]} and evaluates on the job's evaluation set after
     * every epoch (none for the final fit). Normalisation is fitted on the training part only.
     * Continues from {@code from} when resuming.
     */
    private Run trainOne(Job job, Dataset all, int epochs, Normaliser normaliser, List<EpochReport> history,
                         List<FoldResult> finished, String key, Checkpoint from) {
        final int fold = job.index();
        Dataset trainPart = all.subset(job.trainIdx());
        Normaliser.Transform tf = normaliser.fit(trainPart);
        Dataset train = tf.apply(trainPart);
        Dataset eval = null;
        if (job.evalSet() != null) {
            eval = tf.apply(job.evalIdx() == null ? job.evalSet() : job.evalSet().subset(job.evalIdx()));
        }
        TrainingSpec spec = network.getTraining();
        Optimiser opt = Optimiser.of(spec.getOptimizer(), config);
        Plan plan = Plan.compile(network, modelDir, config, opt);
        int batch = Math.max(1, config.batchSize());
        plan.initialise(Math.max(batch, 64), TrainingSession.foldSeed(config, fold));
        float[] x = train.features();
        int[] y = train.labels();
        int d = train.d();
        int[] order = from != null && from.order().length == train.n() ? from.order().clone() : Splits.range(train.n());
        int e0 = 0;
        int b0 = 0;
        double lossSum0 = 0;
        int correct0 = 0;
        if (from != null) {
            if (!from.state().isEmpty()) {
                if (from.devices() == null) {
                    if (!plan.deviceState().isEmpty()) {
                        throw new InterpreterException(options.checkpoint() + ": a checkpoint of version 2 has no device"
                                + " state, which this model's devices carry (hysteresis or model B); train again without --resume");
                    }
                } else {
                    plan.restoreDeviceState(from.devices());
                }
                if (from.hardwareJob() != null) {
                    plan.restoreLedger(from.hardwareJob());
                }
            }
            plan.restore(from.state());
            plan.step().optimiserStep = from.optimiserStep();
            e0 = from.epoch();
            b0 = from.nextBatch();
            lossSum0 = from.lossSum();
            correct0 = from.correct();
        }
        Map<String, float[][]> good = plan.state();
        int goodEpoch = e0;
        double lastLoss = Double.NaN;
        double lastAcc = Double.NaN;
        long lastSave = System.nanoTime();
        int batches = (train.n() + batch - 1) / batch;
        for (int e = e0; e < epochs; e++) {
            long te = System.nanoTime();
            if (!(e == e0 && b0 > 0)) { // a mid-epoch checkpoint holds this epoch's order, already shuffled
                Splits.shuffleInPlace(order, Keys.mix(config.seed(), fold, e));
            }
            double lr = opt.learningRate(e, epochs);
            double lossSum = e == e0 ? lossSum0 : 0;
            int correct = e == e0 ? correct0 : 0;
            for (int bi = e == e0 ? b0 : 0; bi < batches; bi++) {
                if (listener.cancelled()) {
                    return new Run(plan, lastAcc, lastLoss, true);
                }
                int lo = bi * batch;
                int hi = Math.min(train.n(), lo + batch);
                plan.load(x, d, y, order, lo, hi);
                if (!plan.trainStep(Keys.mix(config.seed(), fold, e, bi), listener::cancelled)) {
                    return new Run(plan, lastAcc, lastLoss, true); // the batch was abandoned before its commit
                }
                double l = plan.lossSum();
                if (!Double.isFinite(l)) {
                    plan.restore(good);
                    throw new DivergenceException("training diverged in fold " + (fold + 1) + ", epoch " + (e + 1)
                            + ", batch " + (bi + 1) + " (loss " + l + "); the learned state of epoch " + goodEpoch
                            + " is kept; lower the learning rate", plan, goodEpoch);
                }
                lossSum += l;
                correct += plan.correct();
                plan.commit(lr);
                listener.committed(fold, e, bi, plan);
                listener.batch(fold, e, bi, batches);
                if (options.checkpoint() != null && bi + 1 < batches
                        && ((options.checkpointEveryBatches() > 0 && (bi + 1) % options.checkpointEveryBatches() == 0)
                            || System.nanoTime() - lastSave > 60_000_000_000L)) {
                    new Checkpoint(key, fold, e, bi + 1, plan.step().optimiserStep, lossSum, correct, finished,
                            history, plan.state(), order, plan.deviceState(), hardware.report(), plan.ledger().report())
                            .save(options.checkpoint());
                    lastSave = System.nanoTime();
                }
            }
            Map<String, float[][]> now = plan.state();
            if (!finite(now)) {
                plan.restore(good);
                throw new DivergenceException("training diverged in fold " + (fold + 1) + ", epoch " + (e + 1)
                        + " (weights not finite); the learned state of epoch " + goodEpoch + " is kept", plan, goodEpoch);
            }
            good = now;
            goodEpoch = e + 1;
            lastLoss = lossSum / train.n();
            double trainAcc = (double) correct / train.n();
            lastAcc = eval != null ? evaluate(plan, eval, Keys.mix(config.seed(), fold, e, 0xE7A1L))[0] : Double.NaN;
            EpochReport r = new EpochReport(fold, job.count(), e, epochs, lastLoss, trainAcc, lastAcc,
                    (System.nanoTime() - te) / 1e9);
            history.add(r);
            listener.epoch(r);
            if (options.checkpoint() != null) {
                List<FoldResult> done = new ArrayList<>(finished);
                boolean last = e + 1 == epochs;
                if (last && job.reported()) {
                    done.add(new FoldResult(fold, lastAcc, lastLoss));
                }
                // at the end of a job the checkpoint points at the next job, which starts from scratch;
                // after the last job it keeps the final weights, so that a failed final save can be redone
                boolean lastJob = fold + 1 == jobCount;
                boolean keep = !(last && !lastJob);
                new Checkpoint(key, last ? fold + 1 : fold, last ? 0 : e + 1, 0, last ? 0 : plan.step().optimiserStep, 0,
                        0, done, history, keep ? plan.state() : Map.of(), last ? new int[0] : order,
                        keep ? plan.deviceState() : Map.of(), hardware.report(), plan.ledger().report())
                        .save(options.checkpoint());
                lastSave = System.nanoTime();
            }
        }
        return new Run(plan, lastAcc, lastLoss, false);
    }

    private static boolean finite(Map<String, float[][]> state) {
        for (float[][] arrays : state.values()) {
            for (float[] a : arrays) {
                for (float v : a) {
                    if (!Float.isFinite(v)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Forward passes over a whole (normalised) data set; returns {accuracy, mean loss}. */
    public static double[] evaluate(Plan plan, Dataset ds, long key) {
        int cap = plan.capacity();
        int[] idx = Splits.range(ds.n());
        float[] x = ds.features(); // a copy: take it once, not per batch
        int[] y = ds.labels();
        double loss = 0;
        int correct = 0;
        for (int from = 0, bi = 0; from < ds.n(); from += cap, bi++) {
            int to = Math.min(ds.n(), from + cap);
            plan.load(x, ds.d(), y, idx, from, to);
            plan.forward(Keys.mix(key, bi));
            loss += plan.lossSum();
            correct += plan.correct();
        }
        return new double[] {(double) correct / ds.n(), loss / ds.n()};
    }

    /** Training stopped because the loss or the weights stopped being finite. */
    public static final class DivergenceException extends InterpreterException {
        private static final long serialVersionUID = 1L;
        private final transient Plan plan;
        private final int goodEpoch;

        public DivergenceException(String message, Plan plan, int goodEpoch) {
            super(message);
            this.plan = plan;
            this.goodEpoch = goodEpoch;
        }

        /** The plan, restored to the last good state. */
        public Plan plan() {
            return plan;
        }

        public int goodEpoch() {
            return goodEpoch;
        }
    }
}
