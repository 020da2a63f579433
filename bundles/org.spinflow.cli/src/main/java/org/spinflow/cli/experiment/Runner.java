package org.spinflow.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.spinflow.cli.experiment.Suite.Point;
import org.spinflow.cli.experiment.Suite.Type;
import org.spinflow.data.DataException;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.TransferCurves;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.GradCheck;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.SpinflowException;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;
import org.spinflow.model.validation.SpinflowValidator;

/**
 * Runs the points of a suite that {@code results.csv} does not hold yet, appending each finished
 * point (atomically) as it completes, then writes {@code results.md} and the plots.
 */
public final class Runner {

    /** What a run did: points in the suite, computed now, reused from results.csv, failed. */
    public record Summary(int total, int computed, int skipped, int failed, double seconds) {
    }

    private final Suite suite;
    private final Path out;
    private final int threads;
    private final boolean fresh;
    private final PrintWriter err;
    private final boolean quiet;
    private final Map<String, DataSource.Loaded> dataCache = new HashMap<>();

    public Runner(Suite suite, Path out, int threads, boolean fresh, PrintWriter err, boolean quiet) {
        this.suite = suite;
        this.out = out;
        this.threads = Math.max(1, threads);
        this.fresh = fresh;
        this.err = err;
        this.quiet = quiet;
    }

    public Path resultsCsv() {
        return out.resolve("results.csv");
    }

    public Summary run() {
        long t0 = System.nanoTime();
        validateModels();
        ResultsFile results = ResultsFile.open(resultsCsv(), fresh);
        List<Point> todo = new ArrayList<>();
        for (Point p : suite.points()) {
            Map<String, String> row = results.get(p.key());
            if (row == null || "failed".equals(row.get("status")) || !curveFileOk(p, row)) {
                todo.add(p);
            }
        }
        // cheap points first (CSV data, or an IDX subset), full IDX trainings last: a partial run yields the sweeps early
        todo.sort(java.util.Comparator.comparingInt(p -> p.section().data() != null && !p.settings().containsKey("limit") ? 1 : 0));
        int total = suite.points().size();
        int skipped = total - todo.size();
        log("suite %s: %d point(s), %d already in %s, %d to run (%d thread(s))", suite.name(), total, skipped,
                resultsCsv(), todo.size(), threads);
        int failed = 0;
        int i = 0;
        for (Point p : todo) {
            i++;
            Map<String, String> row;
            long tp = System.nanoTime();
            try {
                row = compute(p, i, todo.size());
            } catch (InterpreterException | DataException | DeviceException | SpinflowException | ExperimentException e) {
                row = base(p);
                boolean diverged = e instanceof Trainer.DivergenceException;
                row.put("status", diverged ? "diverged" : "failed");
                row.put("detail", Suite.oneLine(e.getMessage()));
                if (!diverged) {
                    failed++;
                }
            }
            row.put("seconds", num((System.nanoTime() - tp) / 1e9));
            results.put(row);
            log("[%d/%d] %s: %s (%.1f s)", i, todo.size(), label(p), summary(row), (System.nanoTime() - tp) / 1e9);
        }
        Report.writeResults(suite, results, out);
        double secs = (System.nanoTime() - t0) / 1e9;
        log("suite %s: done in %.1f s; wrote %s, %s and %s", suite.name(), secs, resultsCsv(), out.resolve("results.md"),
                out.resolve("img"));
        return new Summary(total, todo.size(), skipped, failed, secs);
    }

    private boolean curveFileOk(Point p, Map<String, String> row) {
        return p.section().type() != Type.CURVE || java.nio.file.Files.exists(Report.curveFile(out, p));
    }

    /** Validates every model once (data set checks are left to the loader when a data folder is given). */
    private void validateModels() {
        Map<Path, Boolean> seen = new LinkedHashMap<>();
        for (Suite.Section s : suite.sections()) {
            if (s.model() == null || seen.containsKey(s.model())) {
                continue;
            }
            seen.put(s.model(), true);
            Network n = ModelIO.load(s.model());
            List<Problem> problems = ModelValidator.validate(n, s.model());
            for (Problem pr : problems) {
                if (pr.severity() == Problem.Severity.ERROR
                        && !(s.data() != null && pr.check() == SpinflowValidator.Check.DATASET)) {
                    throw new ExperimentException(s.model() + ": the model is invalid: " + Suite.oneLine(pr.toString()));
                }
            }
        }
    }

    private Map<String, String> compute(Point p, int i, int n) {
        return switch (p.section().type()) {
            case RUN, TRAIN -> train(p, i, n);
            case GRADCHECK -> gradcheck(p);
            case CURVE -> curve(p);
        };
    }

    private Network load(Point p) {
        Network net = ModelIO.load(p.section().model());
        Settings.apply(net, p.settings());
        return net;
    }

    private DataSource.Loaded data(Network net, Point p) {
        var d = net.getTraining().getDataset();
        String key = p.section().model().getParent() + "|" + d.getPath() + "|" + d.getFormat() + "|"
                + d.getNormalisation() + "|" + d.getLimit() + "|" + p.section().data();
        DataSource.Loaded l = dataCache.get(key);
        if (l == null) {
            dataCache.clear();
            l = DataSource.load(net.getTraining(), p.section().model().getParent(), p.section().data());
            dataCache.put(key, l);
        }
        return l;
    }

    private Map<String, String> train(Point p, int i, int n) {
        Network net = load(p);
        TrainingSession session = TrainingSession.of(net, p.section().model().getParent(),
                Settings.overrides(p.settings(), p.seed(), threads), p.section().data()).withData(data(net, p));
        RunConfig cfg = session.config();
        DataSource.Loaded data = session.data();
        boolean verbose = p.section().type() == Type.RUN;
        Trainer.Listener listener = new Trainer.Listener() {
            @Override
            public void epoch(Trainer.EpochReport r) {
                if (verbose && r.seconds() > 1.0) {
                    log("  [%d/%d] %s fold %d/%d epoch %d/%d loss %.4f train-acc %.4f%s %.1f s", i, n, p.section().id(),
                            r.fold() + 1, Math.max(r.folds(), r.fold() + 1), r.epoch() + 1, r.epochs(), r.loss(),
                            r.trainAccuracy(), Double.isNaN(r.validationAccuracy()) ? ""
                                    : String.format(Locale.ROOT, " val-acc %.4f", r.validationAccuracy()), r.seconds());
                }
            }
        };
        Integer epochs = Settings.epochs(p.settings());
        Trainer.Result r = session.train(new Trainer.Options(epochs, Settings.folds(net, p.settings()), false), listener);
        if (r.finalPlan() != null) {
            r.finalPlan().close();
        }
        Map<String, String> row = base(p);
        row.put("status", r.cancelled() ? "cancelled" : "ok");
        row.put("acc_mean", num(r.mean()));
        row.put("acc_std", num(r.std()));
        List<String> per = new ArrayList<>();
        r.folds().forEach(f -> per.add(num(f.accuracy())));
        row.put("acc_folds", String.join(";", per));
        row.put("loss", num(r.loss()));
        row.put("epochs", Integer.toString(epochs != null ? epochs : net.getTraining().getEpochs()));
        row.put("folds", Integer.toString(r.folds().size()));
        row.put("gradient", cfg.gradient().getLiteral());
        row.put("detail", "data " + data.train().source() + " (" + data.train().n() + " training samples"
                + (data.test() != null ? ", " + data.test().n() + " test samples" : "") + ")");
        return row;
    }

    private Map<String, String> gradcheck(Point p) {
        Network net = load(p);
        TrainingSession session = TrainingSession.of(net, p.section().model().getParent(),
                Settings.overrides(p.settings(), p.seed(), threads), p.section().data()).withData(data(net, p));
        RunConfig cfg = session.config();
        GradCheck.Report r = session.gradcheck(p.section().batches());
        Map<String, String> row = base(p);
        row.put("status", "ok");
        row.put("cosine_mean", num(r.cosineMean()));
        row.put("cosine_min", num(r.cosineMin()));
        row.put("rel_error_median", num(r.relErrorMedian()));
        double dc = 0;
        double de = 0;
        int nd = 0;
        for (GradCheck.Layer l : r.layers()) {
            if (l.kind().equals("neuron-derivative")) {
                dc += l.cosine();
                de += l.relError();
                nd++;
            }
        }
        row.put("deriv_cosine", nd == 0 ? "" : num(dc / nd));
        row.put("deriv_rel_error", nd == 0 ? "" : num(de / nd));
        row.put("gradient", r.mode().getLiteral());
        return row;
    }

    private Map<String, String> curve(Point p) {
        Suite.Section s = p.section();
        Map<String, Double> overrides = Settings.curveOverrides(p.settings());
        TransferCurves.Curve c = TransferCurves.nominal(s.preset(), s.lo(), s.hi(), s.points(), overrides, Map.of(), null);
        StringBuilder b = new StringBuilder("x,y,dydx,flag\n");
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        double smax = 0;
        double xs = Double.NaN;
        int bad = 0;
        for (int k = 0; k < c.x().length; k++) {
            b.append(c.x()[k]).append(',').append(c.y()[k]).append(',').append(c.dydx()[k]).append(',')
                    .append(c.flag()[k]).append('\n');
            if (Double.isFinite(c.y()[k])) {
                ymin = Math.min(ymin, c.y()[k]);
                ymax = Math.max(ymax, c.y()[k]);
            }
            if (Double.isFinite(c.dydx()[k]) && Math.abs(c.dydx()[k]) > Math.abs(smax)) {
                smax = c.dydx()[k];
                xs = c.x()[k];
            }
            if (c.flag()[k] != 0) {
                bad++;
            }
        }
        ResultsFile.atomicWrite(Report.curveFile(out, p), b.toString());
        Map<String, String> row = base(p);
        row.put("status", "ok");
        row.put("detail", String.format(Locale.ROOT,
                "swing %.2f mV (%.2f..%.2f mV), max slope %.3g %s/%s at %.3g %s, %d non-static point(s)",
                (ymax - ymin) * 1e3, ymin * 1e3, ymax * 1e3, smax, c.outputUnit(), c.inputUnit(), xs, c.inputUnit(), bad));
        return row;
    }

    private static Map<String, String> base(Point p) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("key", p.key());
        row.put("section", p.section().id());
        row.put("type", p.section().type().name().toLowerCase(Locale.ROOT));
        row.put("series", p.series());
        row.put("parameter", Objects.toString(p.section().parameter(), ""));
        row.put("x", p.x() == null ? "" : num(p.x()));
        row.put("seed", p.seed() == null ? "" : Long.toString(p.seed()));
        return row;
    }

    static String label(Point p) {
        StringBuilder b = new StringBuilder(p.section().id());
        if (p.section().type() != Type.RUN) {
            b.append(' ').append(p.series());
        }
        if (p.x() != null) {
            b.append(' ').append(p.section().parameter()).append('=').append(Suite.fmt(p.x()));
        }
        if (p.seed() != null) {
            b.append(" seed=").append(p.seed());
        }
        return b.toString();
    }

    private static String summary(Map<String, String> row) {
        String st = row.get("status");
        if (!"ok".equals(st)) {
            return st + ": " + row.getOrDefault("detail", "");
        }
        return switch (row.get("type")) {
            case "gradcheck" -> "weight-gradient cosine " + row.get("cosine_mean") + ", derivative rel. error "
                    + row.get("deriv_rel_error");
            case "curve" -> row.get("detail");
            default -> String.format(Locale.ROOT, "accuracy %.4f +/- %.4f over %s fold(s)",
                    Double.parseDouble(row.get("acc_mean")), Double.parseDouble(row.get("acc_std")), row.get("folds"));
        };
    }

    static String num(double v) {
        return Double.isNaN(v) ? "NaN" : Double.toString(v);
    }

    private void log(String fmt, Object... args) {
        if (!quiet) {
            err.println(String.format(Locale.ROOT, fmt, args));
            err.flush();
        }
    }
}
