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

    /** Progress callbacks; {@link #cancelled()} is polled between batches. */
    public interface Listener {
        default void epoch(EpochReport report) {
        }

        default void batch(int fold, int epoch, int batch, int batches) {
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
     * @param finalState   learned state of the model written back (the last trained plan)
     * @param history      per-epoch metrics
     */
    public record Result(List<FoldResult> folds, double mean, double std, double loss, List<EpochReport> history,
                         Plan finalPlan, double seconds, boolean cancelled) {
    }

    /** Command-line overrides; null means "as in the model". */
    public record Options(Integer epochs, Integer folds, boolean finalFit) {
        public static Options defaults() {
            return new Options(null, null, false);
        }
    }

    private final Network network;
    private final Path modelDir;
    private final RunConfig config;
    private final Options options;
    private final Listener listener;

    public Trainer(Network network, Path modelDir, RunConfig config, Options options, Listener listener) {
        this.network = network;
        this.modelDir = modelDir;
        this.config = config;
        this.options = options;
        this.listener = listener == null ? new Listener() {
        } : listener;
    }

    /** Resolves the run settings from the model's training spec and overrides. */
    public static RunConfig config(TrainingSpec t, org.spinflow.model.GradientMode gradient, Double delta, Long seed,
                                   int threads) {
        return new RunConfig(gradient != null ? gradient : t.getGradientMode(), delta != null ? delta : t.getDelta(),
                t.getRepeatedReads(), seed != null ? seed : t.getSeed(), t.getBatchSize(), threads, true, true);
    }

    public Result run(DataSource.Loaded data) {
        long t0 = System.nanoTime();
        TrainingSpec spec = network.getTraining();
        int epochs = options.epochs() != null ? options.epochs() : spec.getEpochs();
        List<FoldResult> results = new ArrayList<>();
        List<EpochReport> history = new ArrayList<>();
        Plan last = null;
        boolean cancelled = false;
        Dataset all = data.train();
        if (data.test() != null || spec.getSplit() == null || spec.getSplit().getKind() == SplitKind.TEST_FILES) {
            Dataset test = data.test();
            if (test == null) {
                throw new InterpreterException("split 'test-files' needs an IDX data folder with test files");
            }
            Run r = trainOne(0, 1, Splits.range(all.n()), all, test, null, epochs, data.normaliser(), history);
            results.add(new FoldResult(0, r.accuracy, r.loss));
            last = r.plan;
            cancelled = r.cancelled;
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
            for (int f = 0; f < splits.size() && !cancelled; f++) {
                Splits.Split s = splits.get(f);
                Run r = trainOne(f, splits.size(), s.train(), all, all, s.validation(), epochs, data.normaliser(), history);
                results.add(new FoldResult(f, r.accuracy, r.loss));
                cancelled = r.cancelled;
                if (last != null) {
                    last.close();
                }
                last = r.plan;
            }
            if (options.finalFit() && !cancelled) {
                Run r = trainOne(splits.size(), splits.size(), Splits.range(all.n()), all, null, null, epochs,
                        data.normaliser(), history);
                cancelled = r.cancelled;
                last.close();
                last = r.plan;
            }
        }
        double mean = results.stream().mapToDouble(FoldResult::accuracy).average().orElse(Double.NaN);
        double var = 0;
        for (FoldResult r : results) {
            var += (r.accuracy() - mean) * (r.accuracy() - mean);
        }
        double std = results.size() > 1 ? Math.sqrt(var / (results.size() - 1)) : 0;
        double loss = results.stream().mapToDouble(FoldResult::loss).average().orElse(Double.NaN);
        return new Result(results, mean, std, loss, history, last, (System.nanoTime() - t0) / 1e9, cancelled);
    }

    private record Run(Plan plan, double accuracy, double loss, boolean cancelled) {
    }

    /**
     * Trains a fresh plan on {@code all[trainIdx]} and evaluates on {@code evalSet[evalIdx]} (all of
     * evalSet when evalIdx is null; no evaluation when evalSet is null). Normalisation is fitted on
     * the training part only.
     */
    private Run trainOne(int fold, int folds, int[] trainIdx, Dataset all, Dataset evalSet, int[] evalIdx, int epochs,
                         Normaliser normaliser, List<EpochReport> history) {
        Dataset trainPart = all.subset(trainIdx);
        Normaliser.Transform tf = normaliser.fit(trainPart);
        Dataset train = tf.apply(trainPart);
        Dataset eval = null;
        if (evalSet != null) {
            eval = tf.apply(evalIdx == null ? evalSet : evalSet.subset(evalIdx));
        }
        TrainingSpec spec = network.getTraining();
        Optimiser opt = new Optimiser(spec.getOptimizer());
        Plan plan = Plan.compile(network, modelDir, config, opt);
        int batch = Math.max(1, config.batchSize());
        plan.initialise(Math.max(batch, 64), Keys.mix(config.seed(), fold, 0xF01DL));
        float[] x = train.features();
        int[] y = train.labels();
        int d = train.d();
        int[] order = Splits.range(train.n());
        Map<String, float[][]> good = plan.state();
        int goodEpoch = -1;
        double lastLoss = Double.NaN;
        double lastAcc = Double.NaN;
        for (int e = 0; e < epochs; e++) {
            long te = System.nanoTime();
            Splits.shuffleInPlace(order, Keys.mix(config.seed(), fold, e));
            double lr = opt.learningRate(e, epochs);
            double lossSum = 0;
            int correct = 0;
            int batches = (train.n() + batch - 1) / batch;
            for (int bi = 0; bi < batches; bi++) {
                if (listener.cancelled()) {
                    return new Run(plan, lastAcc, lastLoss, true);
                }
                int from = bi * batch;
                int to = Math.min(train.n(), from + batch);
                plan.load(x, d, y, order, from, to);
                plan.trainStep(Keys.mix(config.seed(), fold, e, bi));
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
                listener.batch(fold, e, bi, batches);
            }
            if (!finiteState(plan)) {
                plan.restore(good);
                throw new DivergenceException("training diverged in fold " + (fold + 1) + ", epoch " + (e + 1)
                        + " (weights not finite); the learned state of epoch " + goodEpoch + " is kept", plan, goodEpoch);
            }
            good = plan.state();
            goodEpoch = e + 1;
            lastLoss = lossSum / train.n();
            double trainAcc = (double) correct / train.n();
            lastAcc = eval != null ? evaluate(plan, eval, Keys.mix(config.seed(), fold, e, 0xE7A1L))[0] : Double.NaN;
            EpochReport r = new EpochReport(fold, folds, e, epochs, lastLoss, trainAcc, lastAcc,
                    (System.nanoTime() - te) / 1e9);
            history.add(r);
            listener.epoch(r);
        }
        return new Run(plan, lastAcc, lastLoss, false);
    }

    private static boolean finiteState(Plan plan) {
        for (float[][] arrays : plan.state().values()) {
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
        double loss = 0;
        int correct = 0;
        for (int from = 0, bi = 0; from < ds.n(); from += cap, bi++) {
            int to = Math.min(ds.n(), from + cap);
            plan.load(ds.features(), ds.d(), ds.labels(), idx, from, to);
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
