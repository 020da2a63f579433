package org.spinflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spinflow.devices.DeviceBackend;
import org.spinflow.instrument.Address;
import org.spinflow.instrument.Instrument;
import org.spinflow.instrument.InstrumentBackend;
import org.spinflow.instrument.InstrumentException;
import org.spinflow.instrument.Mapping;

import picocli.CommandLine.Option;

/** Options of the commands that read devices through a lab instrument (train, calibrate). */
final class InstrumentOptions {
    @Option(names = "--instrument", paramLabel = "ADDR",
            description = "Read the MTJ devices through the SCPI instrument at tcp://HOST:PORT (e.g. the one `spinflow instrument simulate` prints).")
    String address;

    @Option(names = "--instrument-mapping", paramLabel = "NAME|FILE", defaultValue = Mapping.SIMULATED_LAB,
            description = "Instrument mapping: a built-in name (spinflow-simlab, generic-smu-switch) or a .properties file (docs/INSTRUMENTS.md). Default: ${DEFAULT-VALUE}.")
    String mapping;

    @Option(names = "--instrument-timeout", paramLabel = "MS", defaultValue = "5000",
            description = "Longest wait for the instrument to answer (ms). Default: ${DEFAULT-VALUE}.")
    int timeoutMs;

    @Option(names = "--max-current", paramLabel = "A", description = "Lower the mapping's safety limit on the current into a device (A).")
    Double maxCurrent;

    @Option(names = "--max-voltage", paramLabel = "V", description = "Lower the mapping's safety limit on the voltage across a device (V).")
    Double maxVoltage;

    boolean given() {
        return address != null;
    }

    /** Connects, identifies and configures the instrument; null without --instrument. */
    Instrument open() {
        if (address == null) {
            return null;
        }
        if (timeoutMs < 1) {
            throw new CliException("--instrument-timeout must be at least 1 ms");
        }
        Mapping m = Mapping.load(mapping);
        return Instrument.open(Address.parse(address), m, m.limits().lowered(maxCurrent, maxVoltage),
                new Instrument.Options(timeoutMs, 2));
    }

    /** Runs {@code body} with the instrument as the device backend of every compilation on this thread. */
    static <T> T run(InstrumentBackend backend, Callable<T> body) {
        try {
            return backend == null ? body.call() : DeviceBackend.using(backend, body);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instrument failed during reads (not while compiling): the cause chain holds an InstrumentException. */
    static InstrumentException cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InstrumentException ie) {
                return ie;
            }
        }
        return null;
    }

    /** The {@code instrument} object of --json output. */
    static Map<String, Object> json(Instrument inst, int epochs) {
        Instrument.Stats s = inst.stats();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("address", inst.address().toString());
        o.put("identification", inst.identification());
        o.put("mapping", inst.mapping().name());
        o.put("reads", s.reads());
        o.put("transactions", s.transactions());
        o.put("device_seconds", s.seconds());
        o.put("errors", s.errors());
        o.put("reconnects", s.reconnects());
        if (epochs > 0) {
            o.put("epochs", epochs);
            o.put("reads_per_epoch", (double) s.reads() / epochs);
            o.put("device_seconds_per_epoch", s.seconds() / epochs);
        }
        return o;
    }

    /** Default checkpoint of an instrument run without --checkpoint and --out: next to the model. */
    static Path defaultCheckpoint(Path model) {
        return model.toAbsolutePath().resolveSibling(model.getFileName() + ".instrument.ckpt");
    }

    static boolean exists(Path p) {
        return p != null && Files.exists(p);
    }
}
