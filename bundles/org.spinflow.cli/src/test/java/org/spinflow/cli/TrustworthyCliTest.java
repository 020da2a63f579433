package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.ModelIO;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The findings of the second red-team pass on the command line: outputs that clobbered inputs,
 * help that failed, JSON naming, untrained evaluation, data beyond the readout, misleading
 * messages, terminal escapes, out-of-memory stack traces.
 */
class TrustworthyCliTest {
    @TempDir
    Path tmp;

    private Path iris(String name) throws IOException {
        if (!Files.exists(tmp.resolve("iris.csv"))) {
            Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        }
        Path m = tmp.resolve(name);
        Files.copy(CliTest.EXAMPLES.resolve("iris/" + name), m);
        return m;
    }

    private static void assertOneLine(String err) {
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertTrue(err.strip().lines().count() <= 2, "one line (plus usage at most): " + err);
    }

    // ---- outputs never clobber inputs ----

    @Test
    void checkpointOverTheModelIsRefusedAndNothingChanges() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        byte[] before = Files.readAllBytes(m);
        CliTest.Run r = CliTest.run("train", m.toString(), "--checkpoint", m.toString(), "--epochs", "1", "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--checkpoint is the model"), r.err());
        assertOneLine(r.err());
        assertArrayEquals(before, Files.readAllBytes(m));
    }

    @Test
    void outOverTheDataIsRefusedAndNothingChanges() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        Path data = tmp.resolve("iris.csv");
        byte[] before = Files.readAllBytes(data);
        CliTest.Run r = CliTest.run("train", m.toString(), "--out", data.toString(), "--epochs", "1", "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--out is the data set"), r.err());
        assertArrayEquals(before, Files.readAllBytes(data));
        CliTest.Run c = CliTest.run("train", m.toString(), "--checkpoint", data.toString(), "--epochs", "1", "--quiet");
        assertEquals(1, c.code());
        assertArrayEquals(before, Files.readAllBytes(data));
    }

    @Test
    void aliasesOfAnInputAreRefusedTooSymlinkHardLinkAndDotDot() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        byte[] before = Files.readAllBytes(m);
        Path link = Files.createSymbolicLink(tmp.resolve("link.spinflow"), m);
        Path hard = Files.createLink(tmp.resolve("hard.spinflow"), m);
        Files.createDirectories(tmp.resolve("sub"));
        String dotdot = tmp.resolve("sub").toString() + "/../iris-mtj.spinflow";
        for (String ckpt : List.of(link.toString(), hard.toString(), dotdot)) {
            CliTest.Run r = CliTest.run("train", m.toString(), "--checkpoint", ckpt, "--epochs", "1", "--quiet");
            assertEquals(1, r.code(), ckpt);
            assertTrue(r.err().contains("(the same file)"), r.err());
        }
        CliTest.Run e = CliTest.run("export", m.toString(), "--format", "csv", "--out", hard.toString());
        assertEquals(1, e.code());
        assertArrayEquals(before, Files.readAllBytes(m));
    }

    @Test
    void exportOverItsModelAndCheckpointEqualToOutAreRefused() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        byte[] before = Files.readAllBytes(m);
        for (String f : List.of("csv", "json", "xmi")) {
            CliTest.Run r = CliTest.run("export", m.toString(), "--format", f, "--out", m.toString());
            assertEquals(1, r.code(), f);
            assertTrue(r.err().contains("--out is the model"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(m));
        Path out = tmp.resolve("o.spinflow");
        CliTest.Run r = CliTest.run("train", m.toString(), "--out", out.toString(), "--checkpoint", out.toString(),
                "--epochs", "1", "--quiet");
        assertEquals(1, r.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFifoAsOutputIsRefusedNotReplaced() throws Exception {
        Path m = iris("iris-mtj.spinflow");
        Path fifo = tmp.resolve("pipe.csv");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        CliTest.Run r = CliTest.run("export", m.toString(), "--format", "csv", "--out", fifo.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a regular file"), r.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
        CliTest.Run d = CliTest.run("devices", "--curve", "mtj-a", "--out", fifo.toString());
        assertTrue(d.code() != 0);
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");
    }

    // ---- help, completion, studio ----

    @ParameterizedTest
    @ValueSource(strings = {"train", "evaluate", "gradcheck", "validate", "export", "devices", "bench", "experiment",
            "studio", "completion"})
    void everyCommandHasHelp(String command) {
        CliTest.Run r = CliTest.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: spinflow " + command), r.out());
        CliTest.Run h = CliTest.run(command, "-h");
        assertEquals(0, h.code(), h.err());
    }

    @Test
    void studioIsListedAndBashCompletionIsPrinted() {
        CliTest.Run r = CliTest.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("  studio "), r.out());
        assertTrue(r.out().contains("  completion "), r.out());
        CliTest.Run c = CliTest.run("completion", "bash");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("complete -F"), "a bash completion script");
        assertTrue(c.out().contains("--checkpoint-every"), "it completes the train options");
        assertEquals(2, CliTest.run("completion", "fish").code());
    }

    // ---- JSON ----

    @Test
    void jsonHasSchemaOneSnakeCaseKeysAndTypedNumbers() throws IOException {
        Path m = iris("iris-tanh.spinflow");
        CliTest.Run r = CliTest.run("train", m.toString(), "--epochs", "2", "--folds", "2", "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, o.get("schema").getAsInt());
        assertSnakeCase(o);
        JsonObject prov = o.getAsJsonObject("provenance");
        assertTrue(prov.get("repeated_reads").getAsJsonPrimitive().isNumber(), prov.toString());
        assertTrue(prov.get("delta").getAsJsonPrimitive().isNumber(), prov.toString());
        assertTrue(prov.get("seed").getAsJsonPrimitive().isNumber(), prov.toString());
        assertTrue(prov.get("spinflow_version").getAsJsonPrimitive().isString(), prov.toString());
        for (String[] cmd : List.of(new String[] {"evaluate", m.toString(), "--json"},
                new String[] {"devices", "--json"})) {
            CliTest.Run x = CliTest.run(cmd);
            assertEquals(0, x.code(), x.err());
            JsonObject j = JsonParser.parseString(x.out()).getAsJsonObject();
            assertEquals(1, j.get("schema").getAsInt());
            assertSnakeCase(j);
        }
    }

    private static void assertSnakeCase(JsonElement e) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                assertTrue(f.getKey().matches("[a-z][a-z0-9_]*"), "snake_case key: " + f.getKey());
                assertSnakeCase(f.getValue());
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(TrustworthyCliTest::assertSnakeCase);
        }
    }

    @Test
    void evaluateWarnsAboutUntrainedConductances() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        CliTest.Run r = CliTest.run("evaluate", m.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: crossbar(s) crossbar1, crossbar2 hold no trained conductances"), r.err());
        Path out = tmp.resolve("trained.spinflow");
        assertEquals(0, CliTest.run("train", m.toString(), "--epochs", "2", "--folds", "2", "--out", out.toString(),
                "--quiet").code());
        CliTest.Run t = CliTest.run("evaluate", out.toString());
        assertFalse(t.err().contains("warning"), t.err());
    }

    @Test
    void aModelTrainedIntoAnotherFolderStillFindsItsDataSet() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        Path out = Files.createDirectories(tmp.resolve("results/run1")).resolve("trained.spinflow");
        assertEquals(0, CliTest.run("train", m.toString(), "--epochs", "1", "--folds", "2", "--out", out.toString(),
                "--quiet").code());
        assertEquals("../../iris.csv", ModelIO.load(out).getTraining().getDataset().getPath());
        CliTest.Run e = CliTest.run("evaluate", out.toString());
        assertEquals(0, e.code(), e.err());
    }

    // ---- data against the model ----

    @Test
    void labelsBeyondTheReadoutAreRefused() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        Path data = tmp.resolve("iris.csv");
        String csv = Files.readString(data);
        Files.writeString(data, csv.replaceFirst("(?m)^150,4,setosa,versicolor,virginica$",
                "150,4,setosa,versicolor,virginica,a,b"));
        CliTest.Run names = CliTest.run("train", m.toString(), "--epochs", "1", "--quiet");
        assertEquals(1, names.code());
        assertTrue(names.err().contains("names 5 classes but the model's readout has 3"), names.err());

        Path nine = tmp.resolve("nine.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append(i * 0.1).append(',').append(i % 3 == 0 ? 9 : i % 3).append('\n');
        }
        Files.writeString(nine, b.toString());
        for (String cmd : List.of("train", "evaluate")) {
            CliTest.Run r = CliTest.run(cmd, m.toString(), "--data", nine.toString(), "--seed", "1");
            assertEquals(1, r.code(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains("label 9") && r.err().contains("out of range for the model's readout of 3"),
                    r.err());
        }
    }

    @Test
    void aOneClassDataSetTrainsWithAWarning() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        Path one = tmp.resolve("one.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(i * 0.1).append(',').append(1 + i * 0.01).append(',').append(2).append(',').append(3).append(",0\n");
        }
        Files.writeString(one, b.toString());
        CliTest.Run r = CliTest.run("train", m.toString(), "--data", one.toString(), "--epochs", "1", "--folds", "2",
                "--quiet");
        assertTrue(r.err().contains("warning: ") && r.err().contains("only 1 class present"), r.err());
    }

    // ---- one-line, honest messages ----

    @Test
    void badNumbersOnTheCommandLineAreUsageErrors() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        for (String[] bad : List.of(new String[] {"--delta", "-1"}, new String[] {"--delta", "Infinity"},
                new String[] {"--delta", "NaN"}, new String[] {"--threads", "0"}, new String[] {"--threads", "100000"})) {
            CliTest.Run r = CliTest.run("train", m.toString(), bad[0], bad[1], "--epochs", "1", "--quiet");
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertOneLine(r.err());
        }
    }

    @Test
    void symlinkLoopsFifosAndFoldersAsModelsGiveTrueMessages() throws Exception {
        Path a = tmp.resolve("a.spinflow");
        Path b = tmp.resolve("b.spinflow");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CliTest.Run loop = CliTest.run("validate", a.toString());
        assertEquals(1, loop.code());
        assertTrue(loop.err().contains("too many levels of symbolic links"), loop.err());
        Path dangling = Files.createSymbolicLink(tmp.resolve("gone.spinflow"), tmp.resolve("missing.spinflow"));
        CliTest.Run d = CliTest.run("validate", dangling.toString());
        assertTrue(d.err().contains("symbolic link that leads nowhere"), d.err());
        CliTest.Run longName = CliTest.run("validate", tmp.resolve("x".repeat(5000) + ".spinflow").toString());
        assertEquals(1, longName.code());
        assertTrue(longName.err().contains("file name too long"), longName.err());
        assertTrue(longName.err().length() < 2000, "the message is shortened");
        Path fifo = tmp.resolve("fifo.spinflow");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliTest.Run f = CliTest.run("validate", fifo.toString());
        assertEquals(1, f.code());
        assertTrue(f.err().contains("not a regular file"), f.err());
        CliTest.Run z = CliTest.run("validate", "/dev/zero");
        assertTrue(z.err().contains("not a regular file"), z.err());
    }

    @Test
    void moreFoldsThanSamplesIsAOneLineUserError() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        CliTest.Run r = CliTest.run("train", m.toString(), "--folds", "1000", "--epochs", "1", "--quiet");
        assertEquals(1, r.code());
        assertFalse(r.err().contains("internal error"), r.err());
        assertTrue(r.err().contains("fold"), r.err());
        assertOneLine(r.err());
    }

    /**
     * XML 1.0 cannot hold ESC or BEL, but it can hold the C1 controls: CSI (0x9b) and OSC (0x9d) drive
     * a terminal just the same. A model whose node names carry them is reported with them escaped.
     */
    @Test
    void terminalEscapesInNamesAreEscapedInMessages() throws IOException {
        Path m = iris("iris-mtj.spinflow");
        String evil = "x\u009d0;owned\u009c\u009b2J\u0085";
        String xml = Files.readString(m).replace("name=\"iris-mtj\"", "name=\"" + evil + "\"")
                .replace("classes=\"3\"", "classes=\"0\""); // an error whose message names the network
        Files.writeString(m, xml);
        CliTest.Run r = CliTest.run("validate", m.toString());
        assertEquals(1, r.code(), r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("\\u009b"), all);
        for (char c : all.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0, "a raw control character reached the terminal: "
                    + all);
        }
    }

    /** Out of memory in a real JVM with a small heap: one line that says how to raise it, exit 1. */
    @Test
    void outOfMemoryIsOneLineWithTheOptionToRaise() throws Exception {
        Path mnist = DataDir.require("mnist");
        Path m = tmp.resolve("mnist-mtj.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("mnist/mnist-mtj.spinflow"), m);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), "org.spinflow.cli.Main", "evaluate", m.toString(),
                "--data", mnist.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("oom.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(tmp.resolve("oom.log"));
        assertEquals(1, p.exitValue(), log);
        assertTrue(log.contains("spinflow: out of memory") && log.contains("SPINFLOW_OPTS=-Xmx"), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        assertTrue(log.lines().filter(l -> !l.startsWith("warning:")).count() == 1, log);
    }
}
