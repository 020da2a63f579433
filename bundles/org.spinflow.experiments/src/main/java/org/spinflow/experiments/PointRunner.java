package org.spinflow.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.spinflow.data.DataException;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.TransferCurves;
import org.spinflow.experiments.Suite.Point;
import org.spinflow.experiments.Suite.Type;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.GradCheck;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.io.SpinflowException;

/**
 * Computes one point of a suite, wherever it runs (the local engine's threads or a Spark
 * executor): a training, a gradient check or a transfer curve. The result is a results.csv row
 * plus the files the point produces (transfer-curve CSVs), which the caller writes under the
 * output folder; a point never writes files itself, so it can run on another machine.
 *
 * <p>Thread-safe: the data loaded for a model and data set is shared by the points that use it
 * (read-only), every point loads its own copy of the model.
 */
public final class PointRunner {

    /** A finished point: its results.csv row and the files (path relative to the output folder, text) it made. */
    public record Result(Map<String, String> row, Map<String, String> files) {
    }

    private final int threads;
    private final Map<String, DataSource.Loaded> dataCache = new LinkedHashMap<>();

    /** @param threads worker threads per training (never changes a result) */
    public PointRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Computes a point. Errors of the model, data, devices or interpreter become a row with status
     * {@code failed} (or {@code diverged}) and a one-line detail; the row's {@code seconds} is the
     * wall time of the computation.
     */
    public Result run(Point p, Consumer<String> log) {
        long t0 = System.nanoTime();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> row;
        try {
            row = switch (p.section().type()) {
                case RUN, TRAIN -> train(p, log);
                case GRADCHECK -> gradcheck(p);
                case CURVE -> curve(p, files);
            };
        } catch (InterpreterException | DataException | DeviceException | SpinflowException | ExperimentException e) {
            row = base(p);
            boolean diverged = e instanceof Trainer.DivergenceException;
            row.put("status", diverged ? "diverged" : "failed");
            row.put("detail", Suite.oneLine(e.getMessage()));
            files.clear();
        }
        row.put("seconds", num((System.nanoTime() - t0) / 1e9));
        return new Result(row, files);
    }

    /**
     * The point's model, read from its file; the point's settings never modify it: they become the
     * session's overrides ({@link Settings#overrides}), applied by the interpreter.
     */
    private static Network load(Point p) {
        return ModelIO.load(p.section().model());
    }

    private DataSource.Loaded data(Network net, Point p, Integer limit) {
        var d = net.getTraining().getDataset();
        String key = p.section().model().getParent() + "|" + d.getPath() + "|" + d.getFormat() + "|"
                + d.getNormalisation() + "|" + (limit != null ? limit : d.getLimit()) + "|" + p.section().data();
        synchronized (dataCache) {
            DataSource.Loaded l = dataCache.get(key);
            if (l == null) {
                if (dataCache.size() >= 4) {
                    dataCache.remove(dataCache.keySet().iterator().next());
                }
                l = DataSource.load(net.getTraining(), p.section().model().getParent(), p.section().data(), limit);
                dataCache.put(key, l);
            }
            return l;
        }
    }

    /** The training session of a point on {@code net} (read, never modified). */
    TrainingSession session(Network net, Point p) {
        TrainingSession.Overrides o = Settings.overrides(net, p.settings(), p.seed(), threads);
        return TrainingSession.of(net, p.section().model().getParent(), o, p.section().data())
                .withData(data(net, p, o.settings().limit()));
    }

    private Map<String, String> train(Point p, Consumer<String> log) {
        Network net = load(p);
        TrainingSession session = session(net, p);
        RunConfig cfg = session.config();
        DataSource.Loaded data = session.data();
        boolean verbose = p.section().type() == Type.RUN && log != null;
        Trainer.Listener listener = new Trainer.Listener() {
            @Override
            public void epoch(Trainer.EpochReport r) {
                if (verbose && r.seconds() > 1.0) {
                    log.accept(String.format(Locale.ROOT, "  %s fold %d/%d epoch %d/%d loss %.4f train-acc %.4f%s %.1f s",
                            p.section().id(), r.fold() + 1, Math.max(r.folds(), r.fold() + 1), r.epoch() + 1, r.epochs(),
                            r.loss(), r.trainAccuracy(), Double.isNaN(r.validationAccuracy()) ? ""
                                    : String.format(Locale.ROOT, " val-acc %.4f", r.validationAccuracy()), r.seconds()));
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
        GradCheck.Report r = session(net, p).gradcheck(p.section().batches());
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

    private static Map<String, String> curve(Point p, Map<String, String> files) {
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
        files.put(Report.curveFileName(p), b.toString());
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

    static String num(double v) {
        return Double.isNaN(v) ? "NaN" : Double.toString(v);
    }
}
