package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.io.ModelIO;

import com.example.spinflow.gain.GainExample;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code spinflow kinds} lists Spinflow's kinds and those of a jar it does not know
 * (com.example.spinflow.gain, on the test class path only), and a model using the contributed
 * kinds trains from the command line.
 */
class KindsCommandTest {

    private static JsonObject find(JsonArray a, String id) {
        for (JsonElement e : a) {
            if (id.equals(e.getAsJsonObject().get("id").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void jsonListsOwnAndContributedNodeAndDeviceKinds() {
        CliTest.Run r = CliTest.run("kinds", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray nodes = o.getAsJsonArray("node_kinds");
        for (String id : new String[] {"input", "crossbar", "mtj", "activation", "readout", "sum", "concat", "gain"}) {
            assertTrue(find(nodes, id) != null, id + " missing in " + nodes);
        }
        JsonObject gain = find(nodes, "gain");
        assertEquals("Gain", gain.get("label").getAsString());
        assertEquals("com.example.spinflow.gain.GainKind", gain.get("provider").getAsString());
        JsonObject gp = gain.getAsJsonArray("properties").get(1).getAsJsonObject();
        assertEquals("gain", gp.get("name").getAsString());
        assertEquals("2.0", gp.get("default").getAsString());
        JsonObject sum = find(nodes, "sum");
        assertEquals("any", sum.getAsJsonArray("ports").get(0).getAsJsonObject().get("max_connections").getAsString());
        JsonObject mtj = find(nodes, "mtj");
        JsonObject preset = mtj.getAsJsonArray("properties").get(1).getAsJsonObject();
        assertEquals("preset", preset.get("name").getAsString());
        assertTrue(preset.getAsJsonArray("choices").toString().contains("toy-softsign"), preset.toString());
        JsonObject toy = find(o.getAsJsonArray("device_kinds"), "toy");
        assertEquals("toy-softsign", toy.getAsJsonArray("presets").get(0).getAsJsonObject().get("name").getAsString());
        assertTrue(find(o.getAsJsonArray("device_kinds"), "macrospin") != null);
    }

    @Test
    void textListsTheContributedKinds() {
        CliTest.Run r = CliTest.run("kinds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gain") && r.out().contains("Gain") && r.out().contains("preset toy-softsign"), r.out());
        assertTrue(r.out().contains("port in    in  current    size size, any number of connections (summed)"), r.out());
    }

    @Test
    void aModelUsingTheContributedKindsTrainsFromTheCommandLine(@TempDir Path dir) throws Exception {
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), dir.resolve("iris.csv"));
        Path model = dir.resolve("gain.spinflow");
        ModelIO.save(GainExample.network("iris.csv"), model);
        CliTest.Run v = CliTest.run("validate", model.toString());
        assertEquals(0, v.code(), v.err() + v.out());
        CliTest.Run r = CliTest.run("train", model.toString(), "--json", "--quiet", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        double acc = o.getAsJsonObject("accuracy").get("mean").getAsDouble();
        assertTrue(acc >= 0.85, "accuracy " + acc);
        assertTrue(Files.readString(model).contains("kind=\"gain\""));
    }
}
