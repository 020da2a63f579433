package org.spinflow.experiments.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.LocalEngine;
import org.spinflow.experiments.ResultsFile;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.SparkEngine;
import org.spinflow.experiments.Suite;

/**
 * experiments/smoke.json on both engines: the local engine in this JVM, and Spark in local[2] mode
 * through the job jar this module just packaged (the driver a child process, as {@code spinflow
 * experiment --engine spark} starts it). The accuracy columns must be identical, checked here and by
 * experiments/compare-results.py; then a Spark run resumes a local run that was cut short.
 */
class SmokeBothEnginesIT {
    static final Path ROOT = Path.of(System.getProperty("spinflow.root", "..")).toAbsolutePath().normalize();
    static final Path SMOKE = ROOT.resolve("experiments/smoke.json");

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    SparkEngine spark(Path out) {
        SparkEngine.Options o = SparkEngine.Options.locate("local[2]", List.of(), out.resolve("spark-driver.log"), ROOT,
                Map.of());
        assertTrue(Files.isRegularFile(o.jobJar()), "job jar " + o.jobJar() + " (made by this module's package phase)");
        assertNotNull(o.java(), "a Java for the Spark driver");
        return new SparkEngine(o, ROOT);
    }

    static Runner.Summary run(Suite suite, Path out, org.spinflow.experiments.Engine engine) {
        StringWriter log = new StringWriter();
        Runner.Summary s = new Runner(suite, out, 1, false, new PrintWriter(log), true, engine).run();
        assertEquals(0, s.failed(), log.toString());
        return s;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void localAndSparkGiveIdenticalAccuracies() throws Exception {
        Suite suite = Suite.load(SMOKE, ROOT);
        Path d1 = tmp.resolve("D1");
        Path d2 = tmp.resolve("D2");
        assertEquals(suite.points().size(), run(suite, d1, new LocalEngine()).computed());
        assertEquals(suite.points().size(), run(suite, d2, spark(d2)).computed());

        ResultsFile a = ResultsFile.open(d1.resolve("results.csv"), false);
        ResultsFile b = ResultsFile.open(d2.resolve("results.csv"), false);
        assertEquals(a.rows().keySet(), b.rows().keySet());
        assertFalse(a.rows().isEmpty());
        for (String key : a.rows().keySet()) {
            for (String col : List.of("status", "acc_mean", "acc_std", "acc_folds", "loss")) {
                assertEquals(a.get(key).get(col), b.get(key).get(col), key + " " + col);
            }
            assertEquals("ok", a.get(key).get("status"));
            double acc = Double.parseDouble(a.get(key).get("acc_mean"));
            assertTrue(acc > 0.5 && acc <= 1.0, key + " trained: " + acc);
        }

        Process p = new ProcessBuilder("python3", ROOT.resolve("experiments/compare-results.py").toString(), d1.toString(),
                d2.toString()).redirectErrorStream(true).start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), outText);
        assertTrue(outText.contains("identical"), outText);

        // a local run cut short (its last two rows lost) resumes on Spark, computing exactly those two
        List<String> lines = Files.readAllLines(d1.resolve("results.csv"), StandardCharsets.UTF_8);
        Files.write(d1.resolve("results.csv"), lines.subList(0, lines.size() - 2), StandardCharsets.UTF_8);
        Runner.Summary resumed = run(suite, d1, spark(d1));
        assertEquals(2, resumed.computed());
        assertEquals(suite.points().size() - 2, resumed.skipped());
        ResultsFile c = ResultsFile.open(d1.resolve("results.csv"), false);
        for (String key : a.rows().keySet()) {
            assertEquals(a.get(key).get("acc_folds"), c.get(key).get("acc_folds"), key);
        }
    }
}
