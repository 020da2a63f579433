package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every example is a regression test: a short training (few epochs, small subset, fixed seed)
 * must lower the loss and pass an accuracy floor, so the examples cannot silently rot.
 */
class ExamplesTest {
    static final Path EXAMPLES = CliTest.EXAMPLES;
    static final Path DATA = DataDir.root();

    @Test
    void committedExamplesAreWhatExampleModelsWrites() {
        for (Map.Entry<String, Network> e : ExampleModels.all().entrySet()) {
            Path file = EXAMPLES.resolve(e.getKey());
            assertTrue(Files.exists(file), file + " is missing");
            assertArrayEquals(ModelIO.toBytes(e.getValue()), readBytes(file),
                    file + " differs from ExampleModels; regenerate the examples (see ExampleModels javadoc)");
        }
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "iris/iris-mtj.spinflow,    , 25, 0.90",
        "iris/iris-tanh.spinflow,   , 25, 0.90",
        "iris/iris-mtj-2h.spinflow, , 25, 0.85",
        "graph/iris-two-branch.spinflow, , 25, 0.85",
    })
    void irisExamplesLearn(String model, String unused, int epochs, double floor) {
        CliTest.Run r = CliTest.run("train", EXAMPLES.resolve(model).toString(), "--epochs", Integer.toString(epochs),
                "--folds", "3", "--seed", "2", "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        double acc = o.getAsJsonObject("accuracy").get("mean").getAsDouble();
        assertTrue(acc >= floor, model + ": accuracy " + acc + " below " + floor);
    }

    @ParameterizedTest
    @CsvSource({
        "mnist/mnist-mtj.spinflow,         mnist,         0.85",
        "mnist/mnist-tanh.spinflow,        mnist,         0.85",
        "deep/mnist-mtj-4layer.spinflow,   mnist,         0.80",
        "fashion/fashion-mtj.spinflow,     fashion-mnist, 0.70",
        "graph/mnist-skip.spinflow,        mnist,         0.85",
    })
    void idxExamplesLearnOnASubset(String model, String data, double floor, @TempDir Path tmp) throws Exception {
        Path dir = DataDir.require(data);
        Path copy = tmp.resolve("model.spinflow");
        Network n = ModelIO.load(EXAMPLES.resolve(model));
        n.getTraining().getDataset().setLimit(3000);
        ModelIO.save(n, copy);
        CliTest.Run r = CliTest.run("train", copy.toString(), "--data", dir.toString(), "--epochs", "2", "--json", "--quiet",
                "--out", tmp.resolve("trained.spinflow").toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        double acc = o.getAsJsonObject("accuracy").get("mean").getAsDouble();
        assertTrue(acc >= floor, model + ": test accuracy " + acc + " below " + floor);
        Network trained = ModelIO.load(tmp.resolve("trained.spinflow"));
        var epochs = trained.getRuns().get(0).getEpochs();
        assertTrue(epochs.get(epochs.size() - 1).getLoss() < epochs.get(0).getLoss(), model + ": loss did not fall");
    }

    /** The graph examples' analog derivatives and weight gradients agree with the exact ones in every layer. */
    @ParameterizedTest
    @CsvSource({
        "graph/iris-two-branch.spinflow, ",
        "graph/mnist-skip.spinflow,      mnist",
    })
    void graphExamplesPassGradcheck(String model, String data) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("gradcheck", EXAMPLES.resolve(model).toString(),
                "--batches", "2", "--json"));
        if (data != null) {
            Path dir = DataDir.require(data);
            args.add("--data");
            args.add(dir.toString());
        }
        CliTest.Run r = CliTest.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("analog-central", o.get("gradient").getAsString());
        assertTrue(o.get("cosine_min").getAsDouble() >= 0.99, model + ": " + r.out());
        assertTrue(o.getAsJsonArray("layers").size() >= 5, r.out());
    }

    /** A trained model records the SHA-256 of the model and the data it was trained on, and when the run started. */
    @Test
    void provenanceHoldsTheHashesAndTheTrueStartTime(@TempDir Path tmp) throws Exception {
        Files.copy(EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris.csv"));
        Path model = tmp.resolve("iris-mtj.spinflow");
        Files.copy(EXAMPLES.resolve("iris/iris-mtj.spinflow"), model);
        java.time.Instant before = java.time.Instant.now();
        CliTest.Run r = CliTest.run("train", model.toString(), "--epochs", "3", "--folds", "2", "--quiet", "--json", "--out",
                tmp.resolve("trained.spinflow").toString());
        java.time.Instant after = java.time.Instant.now();
        assertEquals(0, r.code(), r.err());
        Network trained = ModelIO.load(tmp.resolve("trained.spinflow"));
        var run = trained.getRuns().get(0);
        java.util.Map<String, String> prov = new java.util.HashMap<>();
        run.getProvenance().forEach(p -> prov.put(p.getName(), p.getText()));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(model)));
        assertEquals(expected, prov.get("model.sha256"));
        assertTrue(prov.get("data.sha256").matches("[0-9a-f]{64}"), prov.toString());
        java.time.Instant started = java.time.Instant.parse(run.getStarted());
        assertTrue(!started.isBefore(before) && !started.isAfter(after), started + " not within the command");
        // the old defect stored the finish time as the start: started + duration then passes the end by the whole
        // duration; half the duration (at most 50 ms) of slack absorbs the two clocks' rounding
        long slackMillis = Math.max(1, Math.min(50, (long) (run.getSeconds() * 500)));
        assertTrue(started.plusMillis((long) (run.getSeconds() * 1000)).isBefore(after.plusMillis(slackMillis)),
                "started + duration must not pass the end of the command (it held the finish time before)");
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(expected, o.getAsJsonObject("provenance").get("model_sha256").getAsString());
    }
}
