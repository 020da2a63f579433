package org.spinflow.experiments;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spinflow.experiments.Suite.Point;
import org.spinflow.experiments.Suite.Type;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;
import org.spinflow.model.validation.SpinflowValidator;

/**
 * Runs the points of a suite that {@code results.csv} does not hold yet on an {@link Engine},
 * appending each finished point (atomically) as its result arrives, then writes {@code results.md}
 * and the plots. The results store is the same whichever engine computes, so a run killed on one
 * engine resumes on the other.
 */
public final class Runner {

    /** What a run did: points in the suite, computed now, reused from results.csv, failed. */
    public record Summary(int total, int computed, int skipped, int failed, double seconds) {
    }

    /** Progress of a run, for callers that show it (the studio, the IDE); called on the thread that runs the suite. */
    public interface Listener {
        /** Before the first point: the suite's points and how many of them this run computes. */
        default void started(int total, int pending) {
        }

        /** After each point is stored in results.csv: {@code done} of {@code pending} computed so far. */
        default void point(int done, int pending, Map<String, String> row) {
        }
    }

    /** Thrown when {@link #cancelWhen} says so after a point; everything finished so far is stored, a rerun resumes. */
    public static final class Cancelled extends ExperimentException {
        private static final long serialVersionUID = 1L;

        Cancelled(String message) {
            super(message);
        }
    }

    private final Suite suite;
    private final Path out;
    private final int threads;
    private final boolean fresh;
    private final PrintWriter err;
    private final boolean quiet;
    private final Engine engine;
    private Listener listener = new Listener() {
    };
    private java.util.function.BooleanSupplier cancelled = () -> false;

    /** A runner on the local engine. */
    public Runner(Suite suite, Path out, int threads, boolean fresh, PrintWriter err, boolean quiet) {
        this(suite, out, threads, fresh, err, quiet, new LocalEngine());
    }

    public Runner(Suite suite, Path out, int threads, boolean fresh, PrintWriter err, boolean quiet, Engine engine) {
        this.suite = suite;
        this.out = out;
        this.threads = Math.max(1, threads);
        this.fresh = fresh;
        this.err = err;
        this.quiet = quiet;
        this.engine = engine;
    }

    /** Reports progress to {@code l}. */
    public Runner listener(Listener l) {
        this.listener = l;
        return this;
    }

    /**
     * Stops the run with {@link Cancelled} after the first point that finishes once {@code c} is true (a point
     * in progress completes and is stored first).
     */
    public Runner cancelWhen(java.util.function.BooleanSupplier c) {
        this.cancelled = c;
        return this;
    }

    public Path resultsCsv() {
        return out.resolve("results.csv");
    }

    /** The points a run would compute now: those without a usable row in results.csv, cheap ones first. */
    public List<Point> pending(ResultsFile results) {
        List<Point> todo = new ArrayList<>();
        for (Point p : suite.points()) {
            Map<String, String> row = results.get(p.key());
            if (row == null || "failed".equals(row.get("status")) || !curveFileOk(p)) {
                todo.add(p);
            }
        }
        // cheap points first (CSV data, or an IDX subset), full IDX trainings last: a partial run yields the sweeps early
        todo.sort(java.util.Comparator.comparingInt(p -> p.section().data() != null && !p.settings().containsKey("limit") ? 1 : 0));
        return todo;
    }

    public Summary run() {
        long t0 = System.nanoTime();
        validateModels();
        ResultsFile results = ResultsFile.open(resultsCsv(), fresh);
        List<Point> todo = pending(results);
        int total = suite.points().size();
        int skipped = total - todo.size();
        if (!todo.isEmpty()) {
            engine.check();
        }
        log("suite %s: %d point(s), %d already in %s, %d to run (engine %s, %d thread(s) per training)", suite.name(), total,
                skipped, resultsCsv(), todo.size(), engine.name(), threads);
        listener.started(total, todo.size());
        int[] counts = new int[2]; // finished, failed
        Map<String, Point> byKey = new LinkedHashMap<>();
        todo.forEach(p -> byKey.put(p.key(), p));
        if (!todo.isEmpty()) {
            engine.run(suite, todo, threads, r -> {
                Point p = byKey.remove(r.row().get("key"));
                if (p == null) {
                    throw new ExperimentException("engine " + engine.name() + " returned a result for a point it was not given: "
                            + r.row().get("key"));
                }
                r.files().forEach((rel, text) -> ResultsFile.atomicWrite(out.resolve(rel), text));
                results.put(r.row());
                counts[0]++;
                if ("failed".equals(r.row().get("status"))) {
                    counts[1]++;
                }
                log("[%d/%d] %s: %s (%.1f s)", counts[0], todo.size(), label(p), summary(r.row()),
                        Report.parse(r.row().get("seconds")));
                listener.point(counts[0], todo.size(), r.row());
                if (counts[0] < todo.size() && cancelled.getAsBoolean()) {
                    throw new Cancelled("cancelled after " + counts[0] + " of " + todo.size() + " point(s); the results so far are in "
                            + resultsCsv() + " (run again to resume)");
                }
            }, line -> log("%s", line));
        }
        if (!byKey.isEmpty()) {
            throw new ExperimentException("engine " + engine.name() + " finished without a result for " + byKey.size()
                    + " point(s), e.g. " + byKey.keySet().iterator().next() + " (rerun to resume)");
        }
        Report.writeResults(suite, results, out);
        double secs = (System.nanoTime() - t0) / 1e9;
        log("suite %s: done in %.1f s; wrote %s, %s and %s", suite.name(), secs, resultsCsv(), out.resolve("results.md"),
                out.resolve("img"));
        return new Summary(total, todo.size(), skipped, counts[1], secs);
    }

    private boolean curveFileOk(Point p) {
        return p.section().type() != Type.CURVE || Files.exists(Report.curveFile(out, p));
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

    private void log(String fmt, Object... args) {
        if (!quiet) {
            err.println(String.format(Locale.ROOT, fmt, args));
            err.flush();
        }
    }
}
