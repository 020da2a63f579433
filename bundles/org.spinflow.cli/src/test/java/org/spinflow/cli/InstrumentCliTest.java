package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.instrument.sim.SimulatedLab;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Training and calibration through the simulated lab, and the faults of docs/INSTRUMENTS.md at the
 * command line: one-line errors, nothing lost, the training resumable.
 */
class InstrumentCliTest {
    @TempDir
    Path tmp;

    SimulatedLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = new SimulatedLab(SimulatedLab.Config.defaults().withLatency(0), 0);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    Path hil() throws IOException {
        Files.createDirectories(tmp.resolve("hil"));
        Files.createDirectories(tmp.resolve("iris"));
        Files.copy(CliTest.EXAMPLES.resolve("iris/iris.csv"), tmp.resolve("iris/iris.csv"), StandardCopyOption.REPLACE_EXISTING);
        Path m = tmp.resolve("hil/iris-hil.spinflow");
        Files.copy(CliTest.EXAMPLES.resolve("hil/iris-hil.spinflow"), m, StandardCopyOption.REPLACE_EXISTING);
        return m;
    }

    static CliTest.Run train(Path model, String address, String... more) {
        List<String> a = new ArrayList<>(List.of("train", model.toString(), "--instrument", address, "--instrument-timeout", "300",
                "--json", "--quiet", "--threads", "1"));
        a.addAll(Arrays.asList(more));
        return CliTest.run(a.toArray(String[]::new));
    }

    static void oneLineError(CliTest.Run r) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        String e = r.err().strip();
        assertFalse(e.contains("\n"), "not one line: " + e);
        assertTrue(e.startsWith("spinflow: "), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
    }

    @Test
    void simulatePrintsItsAddressFirst() {
        CliTest.Run r = CliTest.run("instrument", "simulate", "--port", "0", "--devices", "8", "--serve-seconds", "0.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElse("").matches("Spinflow instrument: tcp://127\\.0\\.0\\.1:\\d+"), r.out());
        assertTrue(r.err().contains("served 0 readings"), r.err());
    }

    @Test
    void trainsThroughTheInstrumentAndReportsItsReads() throws IOException {
        CliTest.Run r = train(hil(), lab.address(), "--epochs", "20", "--folds", "3");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(o.getAsJsonObject("accuracy").get("mean").getAsDouble() >= 0.85, r.out());
        JsonObject inst = o.getAsJsonObject("instrument");
        assertEquals(lab.address(), inst.get("address").getAsString());
        assertEquals(lab.identification(), inst.get("identification").getAsString());
        // every reading the trainer used was served by the lab: 3 folds x 20 epochs x (100 train samples x 8 devices x 3 reads
        // + 50 validation samples x 8 devices)
        long expected = 3L * 20 * (100 * 8 * 3 + 50 * 8);
        assertEquals(expected, inst.get("reads").getAsLong(), inst.toString());
        assertEquals(expected, lab.stats().reads());
        assertEquals(0, inst.get("errors").getAsLong());
        assertTrue(inst.get("device_seconds").getAsDouble() > 0);
        assertFalse(Files.exists(tmp.resolve("hil/iris-hil.spinflow.instrument.ckpt")), "the default checkpoint was not removed");
    }

    /** A fault mid-run pauses the training with a one-line error; after the fault is cleared --resume finishes the run. */
    void pausesAndResumes(Runnable inject, String expectedInError) throws IOException {
        Path m = hil();
        byte[] before = Files.readAllBytes(m);
        long full = 2L * 6 * (75 * 8 * 3 + 75 * 8);
        inject.run();
        CliTest.Run r = train(m, lab.address(), "--epochs", "6", "--folds", "2");
        oneLineError(r);
        assertTrue(r.err().contains(expectedInError), r.err());
        assertTrue(r.err().contains("training paused") && r.err().contains("--resume"), r.err());
        assertTrue(Files.exists(m.resolveSibling("iris-hil.spinflow.instrument.ckpt")));
        assertArrayEquals(before, Files.readAllBytes(m)); // nothing written over the model
        long servedBeforeFault = lab.stats().reads();
        assertTrue(servedBeforeFault > 0 && servedBeforeFault < full, "served " + servedBeforeFault);
        lab.faults().clear();
        CliTest.Run resumed = train(m, lab.address(), "--epochs", "6", "--folds", "2", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        JsonObject o = JsonParser.parseString(resumed.out()).getAsJsonObject();
        assertEquals(2, o.get("folds").getAsInt());
        long resumedReads = o.getAsJsonObject("instrument").get("reads").getAsLong();
        // nothing lost: the resumed run redoes at most the batch in flight and the epoch's validation (8 + 75 samples x 8 devices x 3 reads)
        assertTrue(resumedReads < full, "the resumed run started over: " + resumedReads);
        assertTrue(servedBeforeFault + resumedReads >= full, servedBeforeFault + " + " + resumedReads + " < " + full);
        assertTrue(servedBeforeFault + resumedReads <= full + 8 * 8 * 3 + 75 * 8 + 8 * 8 * 3,
                "more than the batch in flight was redone: " + (servedBeforeFault + resumedReads - full));
        assertFalse(Files.exists(m.resolveSibling("iris-hil.spinflow.instrument.ckpt")));
    }

    static void assertArrayEquals(byte[] a, byte[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, "the model file changed");
    }

    @Test
    void instrumentThatStopsAnsweringMidEpochPausesTheTraining() throws IOException {
        pausesAndResumes(() -> lab.faults().stallAfter = 10_000, "stopped answering");
    }

    @Test
    void garbageRepliesPauseTheTraining() throws IOException {
        pausesAndResumes(() -> lab.faults().garbageAfter = 10_000, "bad reply");
    }

    @Test
    void unreachableAddressIsOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path m = hil();
        CliTest.Run r = train(m, "tcp://127.0.0.1:" + port);
        oneLineError(r);
        assertTrue(r.err().contains("tcp://127.0.0.1:" + port + ": connection refused"), r.err());
        assertFalse(Files.exists(m.resolveSibling("iris-hil.spinflow.instrument.ckpt")));
    }

    @Test
    void badAddressIsOneLine() throws IOException {
        CliTest.Run r = train(hil(), "http://somewhere/");
        oneLineError(r);
        assertTrue(r.err().contains("is not an instrument address"), r.err());
    }

    @Test
    void wrongIdentificationIsOneLine() throws IOException {
        lab.faults().idn = "ACME,Oscilloscope,1,1";
        CliTest.Run r = train(hil(), lab.address());
        oneLineError(r);
        assertTrue(r.err().contains("*IDN? answered 'ACME,Oscilloscope,1,1'"), r.err());
        assertEquals(0, lab.stats().reads());
    }

    @Test
    void outOfLimitDriveRangeIsRefusedBeforeAnyRead() throws IOException {
        CliTest.Run r = train(hil(), lab.address(), "--max-current", "0.005");
        oneLineError(r);
        assertTrue(r.err().contains("exceeds the safety limit"), r.err());
        assertEquals(0, lab.stats().reads());
        r = train(hil(), lab.address(), "--max-current", "1");
        oneLineError(r);
        assertTrue(r.err().contains("at most the mapping's limit"), r.err());
    }

    @Test
    void exactGradientsNeedADeviceModelAndAreRefusedForHardware() throws IOException {
        CliTest.Run r = train(hil(), lab.address(), "--gradient", "exact");
        oneLineError(r);
        assertTrue(r.err().contains("offers no exact derivative"), r.err());
        assertEquals(0, lab.stats().reads());
    }

    @Test
    void calibrateWritesIntoTheModelFileItselfByDefault() throws IOException {
        Path m = hil();
        CliTest.Run r = CliTest.run("calibrate", m.toString(), "--instrument", lab.address(), "--points", "8", "--repeats", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("calibrated model written to " + m), r.out());
        assertEquals("tabulated", ExampleModels.mtjArrays(ModelIO.load(m)).get(0).getPreset());
        assertTrue(Files.exists(m.resolveSibling("iris-hil.hidden1.iv.csv")));
    }

    @Test
    void calibrateMeasuresTabulatedCurvesIntoTheModel() throws IOException {
        Path m = hil();
        Path out = tmp.resolve("hil/calibrated.spinflow");
        CliTest.Run r = CliTest.run("calibrate", m.toString(), "--instrument", lab.address(), "--points", "21", "--repeats", "3",
                "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(21L * 3 * 8, o.getAsJsonObject("instrument").get("reads").getAsLong());
        Network n = ModelIO.load(out);
        MtjNeuronArray a = ExampleModels.mtjArrays(n).get(0);
        assertEquals("tabulated", a.getPreset());
        List<String> csv = Files.readAllLines(tmp.resolve("hil/calibrated.hidden1.iv.csv"));
        List<String> rows = csv.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("current_A,ch1_V,ch2_V,ch3_V,ch4_V,ch5_V,ch6_V,ch7_V,ch8_V", rows.get(0));
        assertEquals(22, rows.size());
        double first = Double.parseDouble(rows.get(1).split(",")[1]);
        double last = Double.parseDouble(rows.get(21).split(",")[1]);
        assertTrue(last - first > 0.03, "channel 1's measured curve does not rise: " + first + " -> " + last);
        // the calibrated model trains, in simulation from its measured curves and through the instrument
        CliTest.Run sim = CliTest.run("train", out.toString(), "--epochs", "15", "--folds", "2", "--json", "--quiet");
        assertEquals(0, sim.code(), sim.err());
        assertTrue(JsonParser.parseString(sim.out()).getAsJsonObject().getAsJsonObject("accuracy").get("mean").getAsDouble() >= 0.8,
                sim.out());
        CliTest.Run hw = train(out, lab.address(), "--epochs", "3", "--folds", "2");
        assertEquals(0, hw.code(), hw.err());
    }
}
