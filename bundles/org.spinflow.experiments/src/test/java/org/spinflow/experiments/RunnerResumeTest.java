package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.Suite.Point;

/** The runner keeps the results store whatever the engine: an engine that dies mid-run leaves a resumable folder. */
class RunnerResumeTest {
    static final Path SMOKE = Path.of("../../experiments/smoke.json").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** Computes like the local engine, then fails after {@code after} points, as a killed driver would. */
    record Dying(int after) implements Engine {
        @Override
        public String name() {
            return "dying";
        }

        @Override
        public void run(Suite suite, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log) {
            PointRunner r = new PointRunner(threads);
            for (int i = 0; i < after; i++) {
                done.accept(r.run(points.get(i), null));
            }
            throw new ExperimentException("the driver died");
        }
    }

    @Test
    void aRunCutShortResumesWithTheSameResults() {
        Suite suite = Suite.load(SMOKE, tmp);
        int n = suite.points().size();
        Path out = tmp.resolve("out");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertThrows(ExperimentException.class, () -> new Runner(suite, out, 1, false, quiet, true, new Dying(2)).run());
        assertEquals(2, ResultsFile.open(out.resolve("results.csv"), false).rows().size(), "finished points were stored");

        List<String> seen = new ArrayList<>();
        Engine counting = new Engine() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public void run(Suite s, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log) {
                points.forEach(p -> seen.add(p.key()));
                new LocalEngine().run(s, points, threads, done, log);
            }
        };
        Runner.Summary s = new Runner(suite, out, 1, false, quiet, true, counting).run();
        assertEquals(n - 2, s.computed());
        assertEquals(2, s.skipped());
        assertEquals(n - 2, seen.size());

        Path fresh = tmp.resolve("fresh");
        new Runner(suite, fresh, 1, false, quiet, true).run();
        ResultsFile a = ResultsFile.open(out.resolve("results.csv"), false);
        ResultsFile b = ResultsFile.open(fresh.resolve("results.csv"), false);
        assertEquals(b.rows().keySet(), a.rows().keySet());
        for (String k : b.rows().keySet()) {
            assertEquals(b.get(k).get("acc_folds"), a.get(k).get("acc_folds"), k);
            assertTrue(Double.parseDouble(b.get(k).get("acc_mean")) > 0.5, k);
        }
    }

    @Test
    void anEngineThatLosesPointsIsAnError() {
        Suite suite = Suite.load(SMOKE, tmp);
        Engine lossy = new Engine() {
            @Override
            public String name() {
                return "lossy";
            }

            @Override
            public void run(Suite s, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log) {
                new LocalEngine().run(s, points.subList(0, 1), threads, done, log);
            }
        };
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new Runner(suite, tmp.resolve("o"), 1, false, new PrintWriter(new StringWriter()), true, lossy).run());
        assertTrue(e.getMessage().contains("finished without a result for " + (suite.points().size() - 1) + " point(s)"),
                e.getMessage());
    }
}
