package org.spinflow.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.spinflow.instrument.sim.SimulatedLab;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spinflow instrument ...}: lab instruments. */
@Command(name = "instrument", description = "Lab instruments: a simulated lab to train against.",
        subcommands = {InstrumentCommand.Simulate.class})
final class InstrumentCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (simulate)");
    }

    @Command(name = "simulate", description = {
        "Serve a simulated lab on loopback: a source-measure unit behind a switch matrix speaking SCPI over TCP,",
        "one simulated MTJ per channel (variability, read noise, drift). Prints its address on the first line,",
        "runs until interrupted, then prints what it served."})
    static final class Simulate implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "P", defaultValue = "5025", description = "TCP port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
        int port;

        @Option(names = "--preset", paramLabel = "NAME", defaultValue = "mtj-f-default", description = "Device preset of the lab's devices. Default: ${DEFAULT-VALUE}.")
        String preset;

        @Option(names = "--devices", paramLabel = "N", defaultValue = "16", description = "Devices (channels 1..N). Default: ${DEFAULT-VALUE}.")
        int devices;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the devices and the noise. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "0.1",
                description = "Wait per command line before answering (ms). Default: ${DEFAULT-VALUE} (a fast LAN instrument; a real SMU takes 1-10 ms).")
        double latencyMs;

        @Option(names = "--time-scale", paramLabel = "F", defaultValue = "0",
                description = "Fraction of the modelled measurement time (integration + settling per point) really waited; 1 = real time. Default: ${DEFAULT-VALUE}.")
        double timeScale;

        @Option(names = "--drift", paramLabel = "V_PER_S", defaultValue = "2e-6", description = "Output drift per second of modelled time (V/s). Default: ${DEFAULT-VALUE}.")
        double drift;

        @Option(names = "--fault", paramLabel = "KIND=VALUE",
                description = "Inject a fault: idn=TEXT, stall-after=READS, garbage-after=READS, drop-after=READS (repeatable).")
        List<String> faults;

        @Option(names = "--serve-seconds", paramLabel = "S", description = "Stop after S seconds (default: run until interrupted).")
        Double serveSeconds;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
            }
            if (devices < 1 || devices > 4096) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--devices must be 1..4096");
            }
            if (!(latencyMs >= 0) || !(timeScale >= 0) || !Double.isFinite(drift)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--latency-ms and --time-scale must be >= 0");
            }
            SimulatedLab.Config cfg = new SimulatedLab.Config(preset, devices, seed, latencyMs / 1000, timeScale, 20e-6, drift);
            SimulatedLab lab;
            try {
                lab = new SimulatedLab(cfg, port);
            } catch (BindException e) {
                throw new CliException("port " + port + " on 127.0.0.1 is in use (choose another with --port, or --port 0)");
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            try {
                if (faults != null) {
                    for (String f : faults) {
                        lab.faults().set(f);
                    }
                }
            } catch (IllegalArgumentException e) {
                lab.close();
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            out.println("Spinflow instrument: " + lab.address());
            out.println(String.format(Locale.ROOT, "%s; %d channels, preset %s, seed %d, latency %.3f ms per command, time scale %s",
                    lab.identification(), devices, preset, seed, latencyMs, timeScale));
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                report(lab, err);
                lab.close();
            }, "spinflow-simlab-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (serveSeconds != null) {
                stop.await((long) (serveSeconds * 1000), TimeUnit.MILLISECONDS);
            } else {
                stop.await();
            }
            boolean ours;
            try {
                ours = Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                ours = false; // shutting down: the hook reports
            }
            if (ours) {
                report(lab, err);
                lab.close();
            }
            return Main.OK;
        }

        private static void report(SimulatedLab lab, PrintWriter err) {
            SimulatedLab.Stats s = lab.stats();
            err.println(String.format(Locale.ROOT, "spinflow instrument: served %d readings in %d command lines over %d connection(s);"
                    + " modelled instrument time %.3f s", s.reads(), s.lines(), s.connections(), s.modelledSeconds()));
            err.flush();
        }
    }
}
