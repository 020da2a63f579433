package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code spinflow bench}'s warm-up: one epoch by default, the same for every mode, the cold rate kept. */
class BenchCommandTest {

    private static JsonObject bench(String... extra) {
        String[] base = {"bench", "--data", DataDir.require("mnist").toString(), "--limit", "320", "--threads", "1",
                "--modes", "exact", "--json"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliTest.Run r = CliTest.run(args);
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void theDefaultWarmUpIsOneEpochAndItsRateIsReported() {
        JsonObject o = bench();
        assertEquals(320, o.get("samples").getAsInt());
        assertEquals(320, o.get("warmup_samples").getAsInt());
        JsonObject exact = o.getAsJsonObject("modes").getAsJsonObject("exact");
        assertEquals(320, exact.get("warmup_samples").getAsInt());
        assertTrue(exact.get("samples_per_s").getAsDouble() > 0, exact.toString());
        assertTrue(exact.get("cold_samples_per_s").getAsDouble() > 0, exact.toString());
        assertEquals(320 / exact.get("samples_per_s").getAsDouble(), exact.get("epoch_seconds").getAsDouble(), 1e-9);
    }

    @Test
    void warmUpCanBeSetOrLeftOut() {
        JsonObject o = bench("--warmup", "700"); // more than an epoch: the data again, from the start
        assertEquals(700, o.getAsJsonObject("modes").getAsJsonObject("exact").get("warmup_samples").getAsInt());
        JsonObject cold = bench("--warmup", "0").getAsJsonObject("modes").getAsJsonObject("exact");
        assertEquals(0, cold.get("warmup_samples").getAsInt());
        assertFalse(cold.has("cold_samples_per_s"), cold.toString());
        assertTrue(cold.get("samples_per_s").getAsDouble() > 0, cold.toString());
    }

    @Test
    void aNegativeWarmUpIsRefusedInOneLine() {
        CliTest.Run r = CliTest.run("bench", "--data", DataDir.require("mnist").toString(), "--limit", "64", "--modes", "exact",
                "--warmup", "-5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--warmup -5: expected 0 or more samples"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
