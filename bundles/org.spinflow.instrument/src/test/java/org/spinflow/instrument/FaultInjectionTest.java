package org.spinflow.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.instrument.sim.SimulatedLab;

/** Faults injected into the simulated lab: every one gives a one-line error naming the instrument, and none corrupts state. */
class FaultInjectionTest {
    SimulatedLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = new SimulatedLab(SimulatedLab.Config.defaults().withLatency(0), 0);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    static void oneLine(String message) {
        assertFalse(message.contains("\n"), "not one line: " + message);
        assertTrue(message.startsWith("tcp://127.0.0.1:"), "does not name the instrument: " + message);
    }

    Instrument open() {
        Mapping m = Mapping.load(Mapping.SIMULATED_LAB);
        return Instrument.open(Address.parse(lab.address()), m, m.limits(), new Instrument.Options(300, 1));
    }

    /** Measures batches of 4 samples x 8 devices until the instrument fails; returns the failure. */
    static InstrumentException measureUntilFailure(Instrument inst) {
        int[] ch = InstrumentTest.CH;
        float[] c = InstrumentTest.constant(4, 1e-3f);
        float[] v = new float[c.length];
        return assertThrows(InstrumentException.class, () -> {
            for (int i = 0; i < 1000; i++) {
                inst.measure(ch, c, c.length, v);
            }
        });
    }

    @Test
    void unreachableAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Mapping m = Mapping.load(Mapping.SIMULATED_LAB);
        InstrumentException e = assertThrows(InstrumentException.class,
                () -> Instrument.open(Address.parse("tcp://127.0.0.1:" + port), m, m.limits(), new Instrument.Options(300, 1)));
        oneLine(e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void wrongIdentification() {
        lab.faults().idn = "ACME,Oscilloscope,123,1.0";
        InstrumentException e = assertThrows(InstrumentException.class, this::open);
        oneLine(e.getMessage());
        assertTrue(e.getMessage().contains("*IDN? answered 'ACME,Oscilloscope,123,1.0'"), e.getMessage());
        assertEquals(0, lab.stats().reads());
    }

    @Test
    void instrumentThatStopsAnsweringMidStream() {
        try (Instrument inst = open()) {
            lab.faults().stallAfter = 200;
            InstrumentException e = measureUntilFailure(inst);
            oneLine(e.getMessage());
            assertTrue(e.getMessage().contains("no answer") && e.getMessage().contains("stopped answering"), e.getMessage());
            assertTrue(e.getMessage().contains("gave up after 1 reconnection"), e.getMessage());
            long served = inst.stats().reads();
            assertTrue(served >= 192 && served <= 224, "readings before the stall: " + served);
            // power cycle: the same session reconnects and works again
            lab.faults().clear();
            float[] v = new float[32];
            inst.measure(InstrumentTest.CH, InstrumentTest.constant(4, 0f), 32, v);
            assertEquals(served + 32, inst.stats().reads());
        }
    }

    @Test
    void garbageReplies() {
        try (Instrument inst = open()) {
            lab.faults().garbageAfter = 100;
            InstrumentException e = measureUntilFailure(inst);
            oneLine(e.getMessage());
            assertTrue(e.getMessage().contains("bad reply to 'ROUT:SCAN"), e.getMessage());
            assertTrue(inst.stats().reads() <= 128, "garbage was accepted as readings: " + inst.stats().reads());
        }
    }

    @Test
    void droppedConnectionIsReconnectedTransparently() {
        try (Instrument inst = open()) {
            lab.faults().dropAfter = 64;
            float[] v = new float[32];
            for (int i = 0; i < 10; i++) {
                inst.measure(InstrumentTest.CH, InstrumentTest.constant(4, 0f), 32, v);
            }
            assertEquals(320, inst.stats().reads());
            assertEquals(1, inst.stats().reconnects());
            assertEquals(2, lab.stats().connections());
        }
    }

    @Test
    void outOfLimitCurrentIsRefusedBeforeAnythingIsSent() {
        try (Instrument inst = open()) {
            long lines = lab.stats().lines();
            float[] c = InstrumentTest.constant(4, 1e-3f);
            c[13] = 0.05f; // 50 mA > the 20 mA limit
            float[] v = new float[c.length];
            InstrumentException e = assertThrows(InstrumentException.class, () -> inst.measure(InstrumentTest.CH, c, c.length, v));
            oneLine(e.getMessage());
            assertTrue(e.getMessage().contains("safety limit") && e.getMessage().contains("nothing was sent"), e.getMessage());
            assertEquals(lines, lab.stats().lines());
            assertEquals(0, lab.stats().reads());
        }
    }

    @Test
    void arrayWhoseDriveRangeExceedsTheLimitIsRefusedAtCompileTime() {
        Mapping m = Mapping.load(Mapping.SIMULATED_LAB);
        try (Instrument inst = Instrument.open(Address.parse(lab.address()), m, m.limits().lowered(0.005, null),
                new Instrument.Options(300, 1))) {
            long lines = lab.stats().lines();
            InstrumentException e = assertThrows(InstrumentException.class, () -> new InstrumentBackend(inst).create("hidden1",
                    new DeviceSpec("mtj-f-default", Map.of(), 8, 1, 1, 1.0, true, null), Map.of()));
            assertTrue(e.getMessage().contains("exceeds the safety limit 5.000000E-03 A"), e.getMessage());
            assertEquals(lines, lab.stats().lines());
        }
    }

    @Test
    void instrumentErrorsAreReportedWithTheirCode() {
        try (Instrument inst = open()) {
            float[] v = new float[4];
            InstrumentException e = assertThrows(InstrumentException.class,
                    () -> inst.measure(new int[] {20, 21, 22, 23}, new float[4], 4, v)); // the lab has 16 channels
            oneLine(e.getMessage());
            assertTrue(e.getMessage().contains("instrument error -222"), e.getMessage());
            // the queue was drained: the next good transaction succeeds
            inst.measure(new int[] {1, 2, 3, 4}, new float[4], 4, v);
            assertEquals(4, inst.stats().reads());
        }
    }
}
