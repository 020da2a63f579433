package org.spinflow.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceBackend;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.instrument.sim.SimulatedLab;

/** The SCPI client, batching, mappings and the instrument device against the simulated lab. */
class InstrumentTest {
    static final int[] CH = {1, 2, 3, 4, 5, 6, 7, 8};

    SimulatedLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = new SimulatedLab(SimulatedLab.Config.defaults().withLatency(0), 0);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    static Instrument open(SimulatedLab lab, Mapping m) {
        return Instrument.open(Address.parse(lab.address()), m, m.limits(), new Instrument.Options(2000, 1));
    }

    static Mapping mapping(String base, Map<String, String> changes) {
        Mapping m = Mapping.load(base);
        Properties p = new Properties();
        p.putAll(m.values());
        p.putAll(changes);
        return Mapping.of("test", p);
    }

    static float[] constant(int samples, float current) {
        float[] c = new float[samples * CH.length];
        java.util.Arrays.fill(c, current);
        return c;
    }

    @Test
    void identifiesAndMeasuresManyDevicesAndSamplesInOneTransaction() {
        try (Instrument inst = open(lab, Mapping.load(Mapping.SIMULATED_LAB))) {
            assertEquals(lab.identification(), inst.identification());
            float[] v = new float[64 * 8];
            inst.measure(CH, constant(64, 0f), v.length, v);
            Instrument.Stats s = inst.stats();
            assertEquals(512, s.reads());
            assertEquals(1, s.transactions());
            assertEquals(512, lab.stats().reads());
            for (float x : v) {
                assertTrue(x > 0.03 && x < 0.12, "reading " + x + " V outside the F-mode MTJ's output range");
            }
        }
    }

    @Test
    void batchesAreSplitAtTheMappingsLimit() {
        try (Instrument inst = open(lab, mapping(Mapping.SIMULATED_LAB, Map.of("batch.max", "16")))) {
            float[] v = new float[64 * 8];
            inst.measure(CH, constant(64, 0f), v.length, v);
            assertEquals(32, inst.stats().transactions()); // 16 points = 2 samples x 8 devices per transaction
            assertEquals(512, inst.stats().reads());
        }
    }

    @Test
    void pointByPointMappingWorksWithoutListSweeps() {
        try (Instrument inst = open(lab, Mapping.load("generic-smu-switch"))) {
            float[] v = new float[2 * 8];
            inst.measure(CH, constant(2, 1e-3f), v.length, v);
            assertEquals(16, inst.stats().transactions());
            assertEquals(16, lab.stats().reads());
        }
    }

    @Test
    void readingsFollowTheTransferCurveWithTheDevicePhysicsReadNoiseAtTheIntegrationTime() {
        for (String aperture : new String[] {"1e-6", "1e-3"}) {
            Device physics = org.spinflow.devices.DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default",
                    Map.of("tInt", Double.parseDouble(aperture)), 16, 1, SimulatedLab.NODE_ID, 1.0, true, null));
            try (Instrument inst = open(lab, mapping(Mapping.SIMULATED_LAB, Map.of("aperture", aperture)))) {
                int n = 800;
                float[] v = new float[n * 8];
                inst.measure(CH, constant(n, 0f), v.length, v);
                for (int i = 0; i < 8; i++) {
                    double mean = 0;
                    for (int s = 0; s < n; s++) {
                        mean += v[s * 8 + i];
                    }
                    mean /= n;
                    double var = 0;
                    for (int s = 0; s < n; s++) {
                        var += (v[s * 8 + i] - mean) * (v[s * 8 + i] - mean);
                    }
                    double sd = Math.sqrt(var / (n - 1));
                    double expected = physics.readNoiseSigma(i, 0.0);
                    // sd of 800 readings: relative standard error 2.5 %; drift over the batch is far smaller
                    assertTrue(Math.abs(sd / expected - 1) < 0.15, "channel " + (i + 1) + " at " + aperture + " s: noise " + sd
                            + " V, device physics " + expected + " V");
                }
                float[] lo = new float[n * 8];
                float[] hi = new float[n * 8];
                inst.measure(CH, constant(n, -0.01f), lo.length, lo);
                inst.measure(CH, constant(n, 0.01f), hi.length, hi);
                double l = java.util.stream.IntStream.range(0, lo.length).mapToDouble(k -> lo[k]).average().orElseThrow();
                double h = java.util.stream.IntStream.range(0, hi.length).mapToDouble(k -> hi[k]).average().orElseThrow();
                assertTrue(h - l > 0.03, "the curve rises by less than 30 mV from -10 to +10 mA: " + l + " -> " + h);
            }
        }
    }

    @Test
    void instrumentDeviceReadsThroughTheBackendOnItsChannels() throws Exception {
        try (Instrument inst = open(lab, Mapping.load(Mapping.SIMULATED_LAB))) {
            InstrumentBackend backend = new InstrumentBackend(inst);
            DeviceSpec spec = new DeviceSpec("mtj-f-default", Map.of(), 4, 1, 7, 1.0, true, null);
            Device d = DeviceBackend.using(backend, () -> DeviceBackend.current().create("hidden", spec,
                    Map.of(InstrumentBackend.CHANNELS, "5,6,9-10")));
            assertTrue(d instanceof InstrumentDevice);
            assertEquals(4, d.size());
            assertEquals(DeviceBackend.nominal(d).inputMax(), d.inputMax());
            float[] drive = new float[3 * 4];
            java.util.Arrays.fill(drive, 1f); // far beyond the range: clamped to the nominal +8 mA like a simulated read
            float[] out = new float[drive.length];
            d.read(drive, out, drive.length, 0);
            assertEquals(12, inst.stats().reads());
            assertEquals(1, inst.stats().transactions());
            assertEquals(java.util.List.of(5, 6, 9, 10), java.util.Arrays.stream(((InstrumentDevice) d).channels()).boxed().toList());
            // the same backend gives the next array the first free channels
            Device e = backend.create("other", new DeviceSpec("mtj-f-default", Map.of(), 6, 1, 8, 1.0, true, null), Map.of());
            assertEquals(java.util.List.of(1, 2, 3, 4, 7, 8), java.util.Arrays.stream(((InstrumentDevice) e).channels()).boxed().toList());
        }
        assertEquals(DeviceBackend.SIMULATED, DeviceBackend.current());
    }

    @Test
    void simulatedBackendIgnoresInstrumentParameters() {
        Device d = DeviceBackend.SIMULATED.create("h", new DeviceSpec("mtj-f-default", Map.of(), 8, 1, 7, 1.0, true, null),
                Map.of(InstrumentBackend.CHANNELS, "1-8"));
        assertFalse(d instanceof InstrumentDevice);
        assertEquals(8, d.size());
    }

    @Test
    void addressesAndChannelListsAreChecked() {
        assertEquals(new Address("127.0.0.1", 5025), Address.parse("127.0.0.1"));
        assertEquals(new Address("lab-smu", 1234), Address.parse("tcp://lab-smu:1234"));
        assertThrows(InstrumentException.class, () -> Address.parse("http://x:1"));
        assertThrows(InstrumentException.class, () -> Address.parse("tcp://x:99999"));
        assertEquals(java.util.List.of(1, 2, 3, 7), InstrumentBackend.parseChannels("n", "1-3, 7"));
        InstrumentException e = assertThrows(InstrumentException.class, () -> InstrumentBackend.parseChannels("n", "1-x"));
        assertTrue(e.getMessage().contains("not a channel list"), e.getMessage());
    }

    @Test
    void mappingFilesAreChecked() {
        InstrumentException e = assertThrows(InstrumentException.class, () -> mapping(Mapping.SIMULATED_LAB, Map.of("bach", "x")));
        assertTrue(e.getMessage().contains("unknown key 'bach'"), e.getMessage());
        Properties p = new Properties();
        p.put("idn", ".");
        p.put("error", "SYST:ERR?");
        p.put("channels", "4");
        p.put("max.current", "0.01");
        e = assertThrows(InstrumentException.class, () -> Mapping.of("m.properties", p));
        assertTrue(e.getMessage().contains("'max.voltage'") || e.getMessage().contains("'batch' or a 'point'"), e.getMessage());
        e = assertThrows(InstrumentException.class, () -> Mapping.load("/no/such/mapping.properties"));
        assertTrue(e.getMessage().startsWith("/no/such/mapping.properties: no such mapping file"), e.getMessage());
        Limits l = Mapping.load(Mapping.SIMULATED_LAB).limits();
        assertThrows(InstrumentException.class, () -> l.lowered(1.0, null)); // raising is refused
        assertEquals(0.005, l.lowered(0.005, null).maxCurrent(3));
    }
}
