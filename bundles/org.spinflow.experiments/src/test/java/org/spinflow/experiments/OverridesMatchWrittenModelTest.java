package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * A sweep point's settings reach the run as overrides, never as edits of the EMF model: the result
 * is bit-identical to training a model file with the settings written in, and the model object the
 * session ran on serialises to the same bytes after the run, at many settings.
 */
class OverridesMatchWrittenModelTest {
    static final Path IRIS = Path.of("../../examples/iris").toAbsolutePath().normalize();
    static final long SEED = 3;

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("iris-mtj", "{\"variability\": 0.3}"),
                Arguments.of("iris-mtj", "{\"variability_scale\": 0}"),
                Arguments.of("iris-mtj", "{\"noise\": 3}"),
                Arguments.of("iris-mtj", "{\"noise\": 0, \"levels\": 16}"),
                Arguments.of("iris-mtj", "{\"lr\": 0.05, \"batch_size\": 4, \"limit\": 90}"),
                Arguments.of("iris-mtj", "{\"bias_field\": 0.006, \"bias_angle\": 80, \"read_current\": 1.1e-4, \"device.alphaH\": 4e-21}"),
                Arguments.of("iris-mtj", "{\"device.alphaH\": 4e-21, \"noise\": 2, \"gradient\": \"analog-forward\", \"delta\": 0.2}"),
                Arguments.of("iris-mtj-drift", "{\"variability_scale\": 0.5, \"noise\": 0.5, \"repeated_reads\": 2}"),
                Arguments.of("iris-mtj-2h", "{\"variability\": 0.15, \"levels\": 32, \"field_line_angle\": 10}"),
                Arguments.of("bare", "{\"noise\": 1, \"variability\": 0.1}"),
                Arguments.of("bare", "{\"noise\": 0.5, \"levels\": 8}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void overridesGiveTheWrittenInModelsResultAndLeaveTheModelAlone(String model, String json) throws IOException {
        Path dir = modelDir(model);
        Path file = dir.resolve(model + ".spinflow");
        Map<String, JsonElement> settings = new LinkedHashMap<>(JsonParser.parseString(json).getAsJsonObject().asMap());
        settings.put("epochs", JsonParser.parseString("2"));
        settings.put("folds", JsonParser.parseString("2"));

        Network net = ModelIO.load(file);
        byte[] before = ModelIO.toBytes(net);
        TrainingSession.Overrides o = Settings.overrides(net, settings, SEED, 1);
        Trainer.Options options = new Trainer.Options(Settings.epochs(settings), Settings.folds(net, settings), false);
        Trainer.Result withOverrides = TrainingSession.of(net, dir, o, null).train(options, null);
        assertArrayEquals(before, ModelIO.toBytes(net), "the model object is unchanged by the run");

        Network written = ModelIO.load(file);
        WrittenIn.apply(written, settings);
        Path writtenFile = dir.resolve(model + "-written.spinflow");
        ModelIO.save(written, writtenFile);
        assertNotEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(writtenFile), "the settings change the model file");
        Network reread = ModelIO.load(writtenFile);
        TrainingSession.Overrides runOnly = new TrainingSession.Overrides(o.gradient(), o.delta(), SEED, o.repeatedReads(), 1);
        Trainer.Result fromFile = TrainingSession.of(reread, dir, runOnly, null).train(options, null);

        assertEquals(2, withOverrides.folds().size());
        assertEquals(Double.doubleToLongBits(fromFile.mean()), Double.doubleToLongBits(withOverrides.mean()), "mean accuracy");
        assertEquals(Double.doubleToLongBits(fromFile.loss()), Double.doubleToLongBits(withOverrides.loss()), "loss");
        assertEquals(folds(fromFile), folds(withOverrides), "fold accuracies");
        Trainer.Result plain = TrainingSession.of(ModelIO.load(file), dir, runOnly, null).train(options, null);
        assertNotEquals(Double.doubleToLongBits(plain.loss()), Double.doubleToLongBits(withOverrides.loss()),
                "the settings change the result");

        // the sweep's own path (a suite point through the point runner) gives the same numbers
        Path suite = tmp.resolve("suite.json");
        Files.writeString(suite, "{\"name\": \"t\", \"runs\": [{\"id\": \"p\", \"model\": \"" + file.toString().replace("\\", "/")
                + "\", \"set\": " + json + ", \"seeds\": [" + SEED + "]}], \"defaults\": {\"epochs\": 2, \"folds\": 2}}");
        List<Suite.Point> points = Suite.load(suite, null).points();
        assertEquals(1, points.size());
        Map<String, String> row = new PointRunner(1).run(points.get(0), null).row();
        assertEquals("ok", row.get("status"), row.get("detail"));
        assertEquals(PointRunner.num(fromFile.mean()), row.get("acc_mean"));
        assertEquals(PointRunner.num(fromFile.loss()), row.get("loss"));
        assertEquals(String.join(";", folds(fromFile)), row.get("acc_folds"));
    }

    private static List<String> folds(Trainer.Result r) {
        return r.folds().stream().map(f -> PointRunner.num(f.accuracy())).toList();
    }

    /** A folder holding the model and iris.csv; "bare" is iris-mtj without its noise and variability elements. */
    private Path modelDir(String model) throws IOException {
        Path dir = tmp.resolve("models");
        Files.createDirectories(dir);
        Files.copy(IRIS.resolve("iris.csv"), dir.resolve("iris.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (model.equals("bare")) {
            Network n = ModelIO.load(IRIS.resolve("iris-mtj.spinflow"));
            for (var node : n.getNodes()) {
                if (node instanceof MtjNeuronArray m) {
                    m.setNoise(null);
                    m.setVariability(null);
                }
            }
            ModelIO.save(n, dir.resolve("bare.spinflow"));
        } else {
            Files.copy(IRIS.resolve(model + ".spinflow"), dir.resolve(model + ".spinflow"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }
}
