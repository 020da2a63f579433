package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.experiments.ResultsFile;
import org.spinflow.experiments.Runner;
import org.spinflow.experiments.Suite;

/** spinflow experiment (the experiments bundle through the CLI) on a tiny Iris suite (2 epochs, fixed seeds): outputs, resume, errors. */
class ExperimentCommandTest {
    static final Path IRIS = Path.of("../../examples/iris/iris-mtj.spinflow").toAbsolutePath().normalize();
    static final Path IRIS_TANH = Path.of("../../examples/iris/iris-tanh.spinflow").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o), new PrintWriter(e));
        return new Run(code, o.toString(), e.toString());
    }

    Path tinySuite() throws IOException {
        String json = """
                {
                  "name": "tiny", "title": "Tiny suite", "seeds": [1],
                  "runs": [
                    {"id": "iris-mtj", "case": "Iris MTJ", "paper": "93.3 %%", "target": {"min": 0.5},
                     "model": "%1$s", "set": {"epochs": 2, "folds": 3}},
                    {"id": "iris-tanh", "case": "Iris tanh", "target": {"of": "iris-mtj", "within_pp": 100},
                     "model": "%2$s", "set": {"epochs": 2, "folds": 3}}
                  ],
                  "sweeps": [
                    {"id": "var", "title": "Accuracy vs variability", "model": "%1$s", "set": {"epochs": 2, "folds": 3},
                     "parameter": "variability", "values": [0, 0.3],
                     "series": [{"gradient": "analog-central"}, {"gradient": "exact-nominal"}]},
                    {"id": "delta", "type": "gradcheck", "title": "Fidelity vs delta", "model": "%1$s",
                     "parameter": "delta", "values": [0.01, 0.1], "log_x": true,
                     "series": [{"label": "noise x1", "noise": 1}], "batches": 2},
                    {"id": "curves", "type": "curve", "title": "Transfer curves", "range": [-0.016, 0.016], "points": 21,
                     "series": [{"label": "nominal"}, {"label": "B_b 10 mT", "bias_field": 0.01}]}
                  ]
                }
                """.formatted(IRIS.toString().replace("\\", "/"), IRIS_TANH.toString().replace("\\", "/"));
        Path f = tmp.resolve("tiny.json");
        Files.writeString(f, json);
        return f;
    }

    static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void runWritesCsvMarkdownAndPngsThenResumesWithoutRecomputing() throws IOException {
        Path suiteFile = tinySuite();
        Path out = tmp.resolve("out");
        Path doc = tmp.resolve("doc/RESULTS.md");
        Run r = cli("experiment", suiteFile.toString(), "--out", out.toString(), "--report", doc.toString(),
                "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10 point(s): 10 computed, 0 reused, 0 failed"), r.out());
        assertTrue(r.err().contains("[10/10]"), "progress lines on stderr");

        Path csv = out.resolve("results.csv");
        List<String> rows = lines(csv);
        assertEquals(ResultsFile.COLUMNS, ResultsFile.parse(rows.get(0)));
        assertEquals(1 + 2 + 4 + 2 + 2, rows.size(), "header + one row per point");
        ResultsFile first = ResultsFile.open(csv, false);
        for (Map<String, String> row : first.rows().values()) {
            assertEquals("ok", row.get("status"), row.toString());
        }
        double acc = Double.parseDouble(first.rows().values().iterator().next().get("acc_mean"));
        assertTrue(acc > 0.5 && acc <= 1.0, "accuracy after 2 epochs " + acc);

        String md = Files.readString(out.resolve("results.md"));
        assertTrue(md.contains("| Iris MTJ | 93.3 % |"), md);
        assertTrue(md.contains("![Accuracy vs variability](img/var.png)"), md);
        for (String png : List.of("var.png", "delta-relerror.png", "delta-cosine.png", "curves.png", "curves-slope.png",
                "runs.png")) {
            assertValidPng(out.resolve("img").resolve(png));
            assertValidPng(doc.resolveSibling("img").resolve(png));
        }
        String report = Files.readString(doc);
        assertTrue(report.contains("./spinflow experiment " + suiteFile), report);
        assertTrue(report.contains("Machine: nproc"), report);

        // a killed run: the last finished point never made it to the file
        List<String> kept = rows.subList(0, rows.size() - 1);
        Files.write(csv, kept, StandardCharsets.UTF_8);
        String lostKey = ResultsFile.parse(rows.get(rows.size() - 1)).get(0);
        Suite suite = Suite.load(suiteFile, tmp);
        StringWriter log = new StringWriter();
        Runner.Summary s = new Runner(suite, out, 1, false, new PrintWriter(log), false).run();
        assertEquals(10, s.total());
        assertEquals(1, s.computed(), log.toString());
        assertEquals(9, s.skipped());
        ResultsFile after = ResultsFile.open(csv, false);
        assertEquals(10, after.rows().size());
        assertTrue(after.has(lostKey));
        for (var e : first.rows().entrySet()) {
            if (!e.getKey().equals(lostKey)) {
                assertEquals(e.getValue(), after.get(e.getKey()), "finished points are not recomputed");
            }
        }
        List<String> again = lines(csv);
        Set<String> keys = new HashSet<>();
        for (String l : again.subList(1, again.size())) {
            assertTrue(keys.add(ResultsFile.parse(l).get(0)), "duplicate row " + l);
        }

        // nothing left to do
        Run r3 = cli("experiment", suiteFile.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r3.code(), r3.err());
        assertTrue(r3.out().contains("0 computed, 10 reused"), r3.out());
        assertEquals("", r3.err());
    }

    @Test
    void changedSettingsAreNewPoints() throws IOException {
        Path suiteFile = tinySuite();
        Suite a = Suite.load(suiteFile, tmp);
        Files.writeString(suiteFile, Files.readString(suiteFile).replace("\"values\": [0, 0.3]", "\"values\": [0, 0.2]"));
        Suite b = Suite.load(suiteFile, tmp);
        Set<String> ka = new HashSet<>();
        a.points().forEach(p -> ka.add(p.key()));
        long same = b.points().stream().filter(p -> ka.contains(p.key())).count();
        assertEquals(10 - 2, same, "only the two points at the changed value are new");
    }

    @Test
    void badSuiteJsonGivesOneLineErrorNamingTheFile() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{ \"runs\": [ {\"id\": \"x\", ");
        Run r = cli("experiment", bad.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("spinflow: " + bad + ": not valid JSON"), r.err());

        Path unknown = tmp.resolve("unknown.json");
        Files.writeString(unknown, "{\"runs\": [{\"id\": \"a\", \"model\": \"" + IRIS.toString().replace("\\", "/")
                + "\", \"set\": {\"variabilty\": 0.1}}]}");
        Run u = cli("experiment", unknown.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, u.code());
        assertEquals(1, u.err().strip().lines().count(), u.err());
        assertTrue(u.err().contains(unknown.toString()) && u.err().contains("unknown setting 'variabilty'"), u.err());

        Run missing = cli("experiment", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.json: no such suite file"), missing.err());
        assertFalse(Files.exists(tmp.resolve("o/results.csv")));
    }

    @Test
    void sparkEngineWithoutItsJobJarIsOneLineSayingHowToGetIt() throws IOException {
        Path suiteFile = tinySuite();
        String old = System.getProperty("spinflow.root");
        System.setProperty("spinflow.root", tmp.resolve("no-checkout").toString());
        try {
            Run r = cli("experiment", suiteFile.toString(), "--out", tmp.resolve("o").toString(), "--engine", "spark");
            if (System.getenv("SPINFLOW_SPARK_JAR") == null) {
                assertEquals(1, r.code(), r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith("spinflow: the Spark engine is not available (no job jar at "), r.err());
                assertTrue(r.err().contains("./mvnw -B -pl spark -am package"), r.err());
                assertFalse(Files.exists(tmp.resolve("o/results.csv")));
            }
        } finally {
            if (old == null) {
                System.clearProperty("spinflow.root");
            } else {
                System.setProperty("spinflow.root", old);
            }
        }
        Run bad = cli("experiment", suiteFile.toString(), "--out", tmp.resolve("o").toString(), "--engine", "hadoop");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--engine must be local or spark, not 'hadoop'"), bad.err());
    }

    @Test
    void csvQuotingRoundTrips() {
        String s = "a,\"b\",c";
        assertEquals(List.of("x", s, ""), ResultsFile.parse("x," + ResultsFile.quote(s) + ","));
    }

    static void assertValidPng(Path p) throws IOException {
        assertTrue(Files.exists(p), p + " exists");
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(p)) {
            assertEquals(8, in.read(head));
        }
        assertEquals(0x89, head[0] & 0xff);
        assertEquals("PNG", new String(head, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage img = ImageIO.read(p.toFile());
        assertTrue(img != null && img.getWidth() > 100 && img.getHeight() > 100, p + " decodes");
    }
}
