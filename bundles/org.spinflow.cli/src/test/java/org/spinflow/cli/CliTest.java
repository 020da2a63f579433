package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Crossbar;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Every command and its error paths, through {@link Main#execute}. */
class CliTest {
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o), new PrintWriter(e));
        return new Run(code, o.toString(), e.toString());
    }

    Path copyIris(String name) throws IOException {
        Files.copy(EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        Path m = tmp.resolve(name);
        Files.copy(EXAMPLES.resolve("iris/" + name), m);
        return m;
    }

    @Test
    void validateAcceptsEveryExample() throws IOException {
        // examples/templates/ holds the studio's "New model" templates: their data reference is written when a
        // model is created from them (NewModelTest, the browser step), so they are not runnable as they stand
        Path templates = EXAMPLES.resolve("templates");
        try (var s = Files.walk(EXAMPLES)) {
            List<Path> models = s.filter(f -> f.toString().endsWith(".spinflow") && !f.startsWith(templates)).toList();
            assertTrue(models.size() >= 10, "examples found: " + models);
            for (Path p : models) {
                Run r = p.toString().contains("iris") ? run("validate", p.toString())
                        : run("validate", p.toString(), "--data", DataDir.require("mnist").toString());
                assertEquals(0, r.code(), p + ": " + r.err());
            }
        }
    }

    @Test
    void validateReportsOneLinePerProblemAndExitsOne() throws IOException {
        Path m = copyIris("iris-mtj.spinflow");
        Network n = ModelIO.load(m);
        ((Crossbar) n.getNodes().get(1)).setCols(5);
        Files.delete(tmp.resolve("iris.csv"));
        ModelIO.save(n, m);
        Run r = run("validate", m.toString());
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertTrue(lines.length >= 2, r.err());
        assertTrue(r.err().contains("iris.csv"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("nosuchcommand").code());
        assertEquals(2, run("train").code());
        assertEquals(2, run("train", "x.spinflow", "--epochs", "zero").code());
        assertEquals(2, run("train", "x.spinflow", "--gradient", "psychic").code());
        assertEquals(2, run("export", "x.spinflow", "--format", "pdf", "--out", "y").code());
    }

    @Test
    void badModelFilesGiveOneLineErrors() throws IOException {
        Path missing = tmp.resolve("missing.spinflow");
        Run r = run("train", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("spinflow: ") && r.err().contains("missing.spinflow"), r.err());
        Path garbage = tmp.resolve("garbage.spinflow");
        Files.writeString(garbage, "this is not XML at all");
        r = run("validate", garbage.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("garbage.spinflow"), r.err());
        r = run("validate", garbage.toString(), "--debug");
        assertTrue(r.err().contains("\tat "), "stack trace with --debug");
    }

    @Test
    void trainWritesJsonAndAnAtomicallySavedModel() throws IOException {
        Path m = copyIris("iris-tanh.spinflow");
        Path out = tmp.resolve("trained.spinflow");
        Run r = run("train", m.toString(), "--epochs", "3", "--folds", "3", "--seed", "4", "--json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(3, o.get("folds").getAsInt());
        assertEquals(3, o.getAsJsonObject("accuracy").getAsJsonArray("per_fold").size());
        assertEquals(4, o.get("seed").getAsLong());
        assertEquals("exact", o.get("gradient").getAsString());
        assertTrue(o.getAsJsonObject("provenance").has("java_version"));
        Network trained = ModelIO.load(out);
        assertEquals(1, trained.getRuns().size());
        assertTrue(((Crossbar) trained.getNodes().get(1)).getConductances() != null);
        Run e = run("evaluate", out.toString(), "--json");
        assertEquals(0, e.code(), e.err());
        double acc = JsonParser.parseString(e.out()).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(acc > 0.6, "evaluate accuracy " + acc);
    }

    @Test
    void exportWritesXmiJsonAndCsv() throws IOException {
        Path m = copyIris("iris-mtj.spinflow");
        for (String f : new String[] {"xmi", "json", "csv"}) {
            Path out = tmp.resolve("export." + f);
            Run r = run("export", m.toString(), "--format", f, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(out) > 0);
        }
        assertTrue(Files.readString(tmp.resolve("export.json")).contains("\"MtjNeuronArray\""));
        assertTrue(Files.exists(tmp.resolve("spinflow.ecore")), "the schema is written beside the XMI");
    }
}
