package org.spinflow.interpreter;

import java.nio.file.Path;

import org.spinflow.data.Dataset;
import org.spinflow.data.Normaliser;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingSpec;

/**
 * One way to run a model, used by every caller (command line, experiment runner, studio, IDE):
 * the run configuration is resolved once from the model's training spec and the caller's
 * {@link Overrides} (the EMF model is never modified to change a setting), the data is loaded once,
 * fold seeds are derived in one place ({@link #foldSeed}), and every plan it compiles is closed
 * by the operation that opened it.
 */
public final class TrainingSession {

    /**
     * What a caller overrides; null means "as in the model".
     *
     * @param gradient      gradient mode
     * @param delta         finite-difference step
     * @param seed          run seed
     * @param repeatedReads reads averaged per perturbed point
     * @param threads       worker threads (never changes a result); null: {@link #defaultThreads}
     * @param settings      training and per-node settings over the model's (applied when the data is loaded and
     *                      the plan compiled; the model is not modified); null: none
     */
    public record Overrides(GradientMode gradient, Double delta, Long seed, Integer repeatedReads, Integer threads,
                            SettingOverrides settings) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null);

        public Overrides {
            settings = settings == null ? SettingOverrides.NONE : settings;
        }

        public Overrides(GradientMode gradient, Double delta, Long seed, Integer repeatedReads, Integer threads) {
            this(gradient, delta, seed, repeatedReads, threads, SettingOverrides.NONE);
        }
    }

    private final Network network;
    private final Path modelDir;
    private final Path dataOverride;
    private final RunConfig config;
    private DataSource.Loaded data;

    private TrainingSession(Network network, Path modelDir, Path dataOverride, RunConfig config) {
        this.network = network;
        this.modelDir = modelDir;
        this.dataOverride = dataOverride;
        this.config = config;
    }

    /**
     * A session on {@code network} (read, never modified by the settings).
     *
     * @param modelDir     folder of the model file (relative data and device files resolve against it)
     * @param dataOverride {@code --data}: an IDX folder or CSV file instead of the model's data set; may be null
     */
    public static TrainingSession of(Network network, Path modelDir, Overrides overrides, Path dataOverride) {
        TrainingSpec t = network.getTraining();
        if (t == null) {
            throw new InterpreterException("the model has no training specification (it names the data set and the settings)");
        }
        Overrides o = overrides == null ? Overrides.NONE : overrides;
        for (String name : o.settings().nodes().keySet()) {
            if (network.getNodes().stream().noneMatch(n -> name.equals(n.getName()))) {
                throw new InterpreterException("setting overrides name node '" + name + "', which the model does not have");
            }
        }
        int batch = o.settings().batchSize() != null ? o.settings().batchSize() : t.getBatchSize();
        int threads = o.threads() != null ? Math.max(1, o.threads())
                : defaultThreads(network, batch, Runtime.getRuntime().availableProcessors());
        RunConfig c = new RunConfig(o.gradient() != null ? o.gradient() : t.getGradientMode(),
                o.delta() != null ? o.delta() : t.getDelta(), o.repeatedReads() != null ? o.repeatedReads() : t.getRepeatedReads(),
                o.seed() != null ? o.seed() : t.getSeed(), batch, threads, true, true, o.settings());
        return new TrainingSession(network, modelDir, dataOverride, c);
    }

    /**
     * Crossbar multiply-adds per training step (weights times batch size) below which a run uses one
     * thread unless told otherwise. Such a step is a few microseconds of work, less than a worker's
     * hand-over, and a second thread spinning for work only takes the core the JIT compiler needs:
     * the Iris 4-8-3 main job (56 weights, batch 8: 448) trained its five folds in 1.4-1.5 s with 2
     * threads and 0.5-0.6 s with 1 (session 8). MNIST 784-100-10 at batch 32 is 2.5 million.
     */
    public static final long SMALL_STEP_MACS = 1L << 16;

    /**
     * The thread count a run uses when its caller names none: 1 when the crossbars' multiply-adds per
     * step (rows x cols of each crossbar, times {@code batch}) are below {@link #SMALL_STEP_MACS}, else
     * {@code cores}. The thread count never changes a result (same bits for any count).
     */
    public static int defaultThreads(Network network, int batch, int cores) {
        long macs = 0;
        for (org.spinflow.model.Node n : network.getNodes()) {
            if (n instanceof org.spinflow.model.Crossbar x) {
                macs += (long) x.getRows() * x.getCols();
            }
        }
        return macs * Math.max(1, batch) < SMALL_STEP_MACS ? 1 : Math.max(1, cores);
    }

    /** {@link #defaultThreads(Network, int, int)} at the model's own batch size. */
    public static int defaultThreads(Network network, int cores) {
        TrainingSpec t = network.getTraining();
        return defaultThreads(network, t == null ? 1 : t.getBatchSize(), cores);
    }

    /** The seed of fold {@code fold}'s initialisation: the one derivation from the run seed. */
    public static long foldSeed(RunConfig config, int fold) {
        return Keys.mix(config.seed(), fold, 0xF01DL);
    }

    public RunConfig config() {
        return config;
    }

    public Network network() {
        return network;
    }

    public Path modelDir() {
        return modelDir;
    }

    /** Uses data already loaded for the same model and data set (e.g. shared by the points of a sweep). */
    public TrainingSession withData(DataSource.Loaded loaded) {
        this.data = loaded;
        return this;
    }

    /** The data, loaded on first use. */
    public DataSource.Loaded data() {
        if (data == null) {
            data = DataSource.load(network.getTraining(), modelDir, dataOverride, config.overrides().limit());
        }
        return data;
    }

    /** A freshly compiled plan of the model; the caller closes it. */
    public Plan compile() {
        return Plan.compile(network, modelDir, config, Optimiser.of(network.getTraining().getOptimizer(), config));
    }

    /** Trains (k-fold, hold-out or the IDX split, as the model says, with the options' overrides). */
    public Trainer.Result train(Trainer.Options options, Trainer.Listener listener) {
        return new Trainer(network, modelDir, config, options, listener).run(data());
    }

    /** Result of {@link #evaluate}. */
    public record Evaluation(double accuracy, double loss, int samples, boolean testFiles) {
    }

    /**
     * Accuracy and loss of the model's stored conductances on the test files of an IDX data set,
     * or on the whole CSV data set (normalisation fitted on the training data).
     */
    public Evaluation evaluate() {
        DataSource.Loaded d = data();
        Normaliser.Transform tf = d.normaliser().fit(d.train());
        Dataset ds = tf.apply(d.test() != null ? d.test() : d.train());
        try (Plan plan = compile()) {
            plan.initialise(64, foldSeed(config, 0));
            double[] r = Trainer.evaluate(plan, ds, Keys.mix(config.seed(), 0xE7A1L));
            return new Evaluation(r[0], r[1], ds.n(), d.test() != null);
        }
    }

    /** Compares the derivatives and weight gradients of the session's gradient mode with the exact ones. */
    public GradCheck.Report gradcheck(int batches) {
        return GradCheck.run(network, modelDir, config, data(), batches);
    }
}
