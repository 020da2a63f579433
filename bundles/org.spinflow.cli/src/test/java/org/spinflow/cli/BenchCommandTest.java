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
    void theCoreToCoreRoundTripIsReportedBeforeAndAfterTheRunsOnTwoOrMoreCores() {
        JsonObject o = bench();
        if (Runtime.getRuntime().availableProcessors() < 2) {
            assertFalse(o.has("core_round_trip_ns_before"), o.toString());
            return;
        }
        for (String k : new String[] {"core_round_trip_ns_before", "core_round_trip_ns_after"}) {
            double ns = o.get(k).getAsDouble();
            assertTrue(ns > 1 && ns < 1e6, k + " " + ns); // a cache line between two cores: tens to hundreds of ns
        }
    }

    @Test
    void withTwoThreadsEachModesTimedEpochIsBracketedByRoundTripReadingsThatCompareTorchFinds() {
        CliTest.Run r = CliTest.run("bench", "--data", DataDir.require("mnist").toString(), "--limit", "320", "--threads", "2",
                "--modes", "exact,analog-central", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject modes = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("modes");
        for (String m : new String[] {"exact", "analog_central"}) {
            JsonObject mode = modes.getAsJsonObject(m);
            if (Runtime.getRuntime().availableProcessors() < 2) {
                assertFalse(mode.has("core_round_trip_ns_timed_before"), mode.toString());
                continue;
            }
            for (String k : new String[] {"core_round_trip_ns_timed_before", "core_round_trip_ns_timed_after"}) {
                double ns = mode.get(k).getAsDouble();
                assertTrue(ns > 1 && ns < 1e6, m + " " + k + " " + ns);
            }
        }
        if (Runtime.getRuntime().availableProcessors() >= 2) {
            // bench/compare-torch.sh reads a mode's keys up to its first '}': they must come before step_us
            String json = r.out().replace(" ", "");
            int mode = json.indexOf("\"analog_central\":{");
            assertTrue(mode >= 0, json);
            String head = json.substring(mode, json.indexOf('}', mode));
            assertTrue(head.contains("\"core_round_trip_ns_timed_before\"") && head.contains("\"core_round_trip_ns_timed_after\""), head);
        }
        // one thread: nothing to read
        JsonObject one = bench().getAsJsonObject("modes").getAsJsonObject("exact");
        assertFalse(one.has("core_round_trip_ns_timed_before"), one.toString());
    }

    @Test
    void theTimedEpochsStepTimesAreReportedInMicrosecondsAndAddUpToNoMoreThanTheEpoch() {
        JsonObject exact = bench().getAsJsonObject("modes").getAsJsonObject("exact");
        JsonObject st = exact.getAsJsonObject("step_us");
        double shortest = st.get("shortest").getAsDouble();
        double p10 = st.get("p10").getAsDouble();
        double median = st.get("median").getAsDouble();
        double mean = st.get("mean").getAsDouble();
        assertTrue(shortest > 0 && shortest <= p10 && p10 <= median && shortest <= mean, st.toString());
        // 320 samples are 10 steps of 32, timed inside the epoch: their sum cannot exceed it
        assertTrue(10 * mean <= exact.get("epoch_seconds").getAsDouble() * 1e6 * (1 + 1e-9), exact.toString());
    }

    @Test
    void stepStatisticsAreTheShortestTenthPercentileMedianAndMean() {
        long[] ns = new long[20];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = (20 - i) * 1000L; // 20, 19, ..., 1 us, unsorted
        }
        double[] s = BenchCommand.stepStats(ns);
        assertEquals(1.0, s[0]);
        assertEquals(3.0, s[1]);
        assertEquals(11.0, s[2]);
        assertEquals(10.5, s[3], 1e-12);
        assertEquals(20, ns.length);
        assertEquals(20_000L, ns[0]); // the caller's array is left as it was
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
