package org.spinflow.instrument.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;

/**
 * A simulated lab on loopback: a source-measure unit behind a switch matrix, spoken to in SCPI
 * over TCP, whose devices are Spinflow's device physics (device-to-device variability, read noise
 * that shrinks with the integration time, a slow output drift). Command set: docs/INSTRUMENTS.md.
 *
 * <p>Timing: every command line waits {@link Config#latency()} seconds before it is answered (the
 * instrument's command turnaround); every measured point adds aperture + settle seconds of
 * <em>modelled</em> instrument time, of which the fraction {@link Config#timeScale()} is really
 * waited. Counters: readings, command lines, modelled seconds.
 */
public final class SimulatedLab implements AutoCloseable {

    /**
     * @param preset    device preset of the lab's devices (a current-in, voltage-out preset)
     * @param devices   number of devices = switch-matrix channels 1..devices
     * @param seed      seed of the devices' variability and of the read noise
     * @param latency   per command line (s), really waited
     * @param timeScale fraction of the modelled measurement time really waited (0: none, 1: real time)
     * @param settle    settling time per point (s), modelled
     * @param drift     output drift (V per second of modelled time)
     */
    public record Config(String preset, int devices, long seed, double latency, double timeScale, double settle, double drift) {
        public static Config defaults() {
            return new Config("mtj-f-default", 16, 1, DEFAULT_LATENCY, 0, 20e-6, 2e-6);
        }

        public Config withLatency(double l) {
            return new Config(preset, devices, seed, l, timeScale, settle, drift);
        }
    }

    /** Default per-command latency (s): short enough that the examples run in seconds, see docs/INSTRUMENTS.md. */
    public static final double DEFAULT_LATENCY = 100e-6;

    /** Node id of the lab's device population (its devices derive from seed, this id and the channel). */
    public static final long NODE_ID = 0x51AB_1ABL;

    /** Largest current the simulated source accepts (A); beyond it: error -222. */
    public static final double SOURCE_RANGE = 0.1;

    /** Counters. */
    public record Stats(long reads, long lines, long connections, double modelledSeconds) {
    }

    private final Config config;
    private final Faults faults = new Faults();
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> clients = new ArrayList<>();
    private final Map<Double, Device[]> populations = new LinkedHashMap<>();
    private volatile boolean closed;

    // instrument state, guarded by this
    private final Deque<String> errors = new ArrayDeque<>();
    private double aperture;
    private double compliance;
    private int selected;
    private double current;
    private int[] scan = new int[0];
    private double[] list = new double[0];
    private long reads;
    private long lines;
    private long connections;
    private double modelled;
    private long batches;
    private boolean dropped;

    public SimulatedLab(Config config, int port) throws IOException {
        if (config.devices() < 1) {
            throw new IllegalArgumentException("--devices must be at least 1");
        }
        this.config = config;
        Device probe;
        try {
            probe = DeviceRegistry.getDefault().create(spec(1e-4, 1));
        } catch (DeviceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!"A".equals(probe.inputUnit()) || !"V".equals(probe.outputUnit())) {
            throw new IllegalArgumentException("preset '" + config.preset() + "' maps " + probe.inputUnit() + " to "
                    + probe.outputUnit() + "; the simulated lab needs a current-in, voltage-out preset");
        }
        reset();
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        acceptor = new Thread(this::acceptLoop, "spinflow-simlab-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The lab's address, {@code tcp://127.0.0.1:PORT}. */
    public String address() {
        return "tcp://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    public int port() {
        return server.getLocalPort();
    }

    public Faults faults() {
        return faults;
    }

    public Config config() {
        return config;
    }

    public String identification() {
        return "Spinflow,SimLab-MTJ," + config.preset() + "-x" + config.devices() + "-seed" + config.seed() + ",0.1";
    }

    public synchronized Stats stats() {
        return new Stats(reads, lines, connections, modelled);
    }

    private DeviceSpec spec(double tInt, int count) {
        Map<String, Double> o = new LinkedHashMap<>();
        if ("macrospin".equals(DeviceRegistry.getDefault().preset(config.preset()).kind())) {
            o.put("tInt", tInt);
        }
        return new DeviceSpec(config.preset(), o, count, config.seed(), NODE_ID, 1.0, true, null);
    }

    /** The lab's devices at the given integration time (same devices, noise of that integration time). */
    private Device population(double tInt) {
        return populations.computeIfAbsent(tInt, t -> new Device[] {DeviceRegistry.getDefault().create(spec(t, config.devices()))})[0];
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                synchronized (this) {
                    clients.add(s);
                    connections++;
                }
                Thread t = new Thread(() -> serve(s), "spinflow-simlab-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            s.setTcpNoDelay(true);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\n') {
                    if (line.size() < (16 << 20)) {
                        line.write(b);
                    }
                    continue;
                }
                String text = line.toString(StandardCharsets.US_ASCII).strip();
                line.reset();
                if (config.latency() > 0) {
                    LockSupport.parkNanos((long) (config.latency() * 1e9));
                }
                String reply = execute(text);
                if (reply == DROP) {
                    return;
                }
                if (reply != null) {
                    out.write((reply + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // client went away
        } finally {
            synchronized (this) {
                clients.remove(s);
            }
        }
    }

    private static final String DROP = new String("drop");

    /** Runs one command line; returns the reply line (null when the line holds no query). */
    synchronized String execute(String text) {
        lines++;
        if (faults.stallAfter >= 0 && reads >= faults.stallAfter) {
            return null; // hung: reads the commands, answers nothing
        }
        if (faults.dropAfter >= 0 && reads >= faults.dropAfter && !dropped) {
            dropped = true;
            return DROP;
        }
        List<String> replies = new ArrayList<>();
        boolean query = false;
        for (String raw : text.split(";")) {
            String cmd = raw.strip();
            if (cmd.startsWith(":")) {
                cmd = cmd.substring(1);
            }
            if (cmd.isEmpty()) {
                continue;
            }
            int sp = cmd.indexOf(' ');
            String header = normalise(sp < 0 ? cmd : cmd.substring(0, sp));
            String arg = sp < 0 ? "" : cmd.substring(sp + 1).strip();
            if (header.endsWith("?")) {
                query = true;
            }
            String r = command(header, arg);
            if (r != null) {
                replies.add(r);
            }
        }
        if (!query) {
            return null;
        }
        return String.join(";", replies);
    }

    private String command(String header, String arg) {
        switch (header) {
            case "*IDN?":
                return faults.idn != null ? faults.idn : identification();
            case "*RST":
                reset();
                return null;
            case "*CLS":
                errors.clear();
                return null;
            case "*OPC?":
                return "1";
            case "*OPC", "*WAI":
                return null;
            case "SYST:ERR?", "SYST:ERR:NEXT?":
                return errors.isEmpty() ? "0,\"No error\"" : errors.poll();
            case "SENS:VOLT:APER": {
                Double v = number(arg);
                if (v != null && (v < 1e-6 || v > 1)) {
                    error(-222, "Data out of range");
                } else if (v != null) {
                    aperture = v;
                }
                return null;
            }
            case "SENS:VOLT:APER?":
                return nrf(aperture);
            case "SENS:VOLT:PROT": {
                Double v = number(arg);
                if (v != null && (v <= 0 || v > 20)) {
                    error(-222, "Data out of range");
                } else if (v != null) {
                    compliance = v;
                }
                return null;
            }
            case "SENS:VOLT:PROT?":
                return nrf(compliance);
            case "ROUT:CLOS": {
                int[] ch = channels(arg);
                if (ch != null && ch.length != 1) {
                    error(-221, "Settings conflict");
                } else if (ch != null) {
                    selected = ch[0];
                }
                return null;
            }
            case "ROUT:SCAN": {
                int[] ch = channels(arg);
                if (ch != null) {
                    scan = ch;
                }
                return null;
            }
            case "SOUR:CURR": {
                Double v = number(arg);
                if (v != null && Math.abs(v) > SOURCE_RANGE) {
                    error(-222, "Data out of range");
                } else if (v != null) {
                    current = v;
                }
                return null;
            }
            case "SOUR:LIST:CURR": {
                String[] parts = arg.split(",");
                double[] l = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    Double v = number(parts[i]);
                    if (v == null) {
                        return null;
                    }
                    if (Math.abs(v) > SOURCE_RANGE) {
                        error(-222, "Data out of range");
                        return null;
                    }
                    l[i] = v;
                }
                list = l;
                return null;
            }
            case "MEAS:VOLT?": {
                if (selected < 1) {
                    error(-221, "Settings conflict; no channel closed");
                    return "";
                }
                float[] v = measure(new int[] {selected}, new double[] {current});
                return garbage() ? "#!~" : nrf(v[0]);
            }
            case "READ:ARR:VOLT?": {
                if (scan.length == 0 || list.length == 0 || list.length % scan.length != 0) {
                    error(-221, "Settings conflict; list length is not a multiple of the scan list");
                    return "";
                }
                float[] v = measure(scan, list);
                if (garbage()) {
                    return "9.9E37,NaN,#!~";
                }
                StringBuilder sb = new StringBuilder(v.length * 14);
                for (int i = 0; i < v.length; i++) {
                    sb.append(i == 0 ? "" : ",").append(nrf(v[i]));
                }
                return sb.toString();
            }
            case "SYST:SIM:STAT?":
                return reads + "," + lines + "," + nrf(modelled);
            default:
                error(-113, "Undefined header");
                return header.endsWith("?") ? "" : null;
        }
    }

    private boolean garbage() {
        return faults.garbageAfter >= 0 && reads > faults.garbageAfter;
    }

    /** Measures points: point k sources cur[k] into channel ch[k % ch.length]. */
    private float[] measure(int[] ch, double[] cur) {
        for (int c : ch) {
            if (c < 1 || c > config.devices()) {
                error(-222, "Data out of range; no channel " + c);
                return new float[0];
            }
        }
        Device pop = population(aperture);
        int n = config.devices();
        int m = cur.length;
        float[] out = new float[m];
        // group the points by channel into rows of the full population; idle channels read at 0 A
        int rows = 0;
        int[] perChannel = new int[n + 1];
        for (int k = 0; k < m; k++) {
            rows = Math.max(rows, ++perChannel[ch[k % ch.length]]);
        }
        float[] drive = new float[rows * n];
        float[] volts = new float[rows * n];
        java.util.Arrays.fill(perChannel, 0);
        int[] slot = new int[m];
        for (int k = 0; k < m; k++) {
            int c = ch[k % ch.length];
            int r = perChannel[c]++;
            slot[k] = r * n + (c - 1);
            drive[slot[k]] = (float) cur[k];
        }
        pop.read(drive, volts, rows * n, mix(config.seed(), ++batches));
        double perPoint = aperture + config.settle();
        for (int k = 0; k < m; k++) {
            double t = modelled + (k + 1) * perPoint;
            double v = volts[slot[k]] + config.drift() * t;
            out[k] = (float) Math.max(-compliance, Math.min(compliance, v));
        }
        modelled += m * perPoint;
        reads += m;
        if (config.timeScale() > 0) {
            LockSupport.parkNanos((long) (m * perPoint * config.timeScale() * 1e9));
        }
        return out;
    }

    private void reset() {
        aperture = 1e-4;
        compliance = 1.0;
        selected = 0;
        current = 0;
        scan = new int[0];
        list = new double[0];
        errors.clear();
    }

    private void error(int code, String message) {
        if (errors.size() < 32) {
            errors.add(code + ",\"" + message + "\"");
        }
    }

    private Double number(String s) {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(-104, "Data type error");
        return null;
    }

    /** "(@1,2,5:8)". */
    private int[] channels(String arg) {
        String a = arg.strip();
        if (!a.startsWith("(@") || !a.endsWith(")")) {
            error(-104, "Data type error; expected a channel list (@...)");
            return null;
        }
        List<Integer> l = new ArrayList<>();
        try {
            for (String p : a.substring(2, a.length() - 1).split(",")) {
                int colon = p.indexOf(':');
                if (colon > 0) {
                    int x = Integer.parseInt(p.substring(0, colon).strip());
                    int y = Integer.parseInt(p.substring(colon + 1).strip());
                    for (int c = x; c <= y && l.size() <= 65536; c++) {
                        l.add(c);
                    }
                } else {
                    l.add(Integer.parseInt(p.strip()));
                }
            }
        } catch (NumberFormatException e) {
            error(-104, "Data type error; expected a channel list (@...)");
            return null;
        }
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Long SCPI mnemonics to their short forms, upper case. */
    static String normalise(String header) {
        String h = header.toUpperCase(Locale.ROOT);
        String[][] forms = {{"SYSTEM", "SYST"}, {"ERROR", "ERR"}, {"SENSE", "SENS"}, {"VOLTAGE", "VOLT"},
            {"APERTURE", "APER"}, {"PROTECTION", "PROT"}, {"ROUTE", "ROUT"}, {"CLOSE", "CLOS"}, {"SOURCE", "SOUR"},
            {"CURRENT", "CURR"}, {"MEASURE", "MEAS"}, {"ARRAY", "ARR"}};
        StringBuilder sb = new StringBuilder();
        for (String part : h.split(":", -1)) {
            boolean q = part.endsWith("?");
            String p = q ? part.substring(0, part.length() - 1) : part;
            for (String[] f : forms) {
                if (p.equals(f[0])) {
                    p = f[1];
                }
            }
            sb.append(sb.length() == 0 ? "" : ":").append(p).append(q ? "?" : "");
        }
        return sb.toString();
    }

    static String nrf(double v) {
        return String.format(Locale.ROOT, "%.6E", v);
    }

    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        synchronized (this) {
            for (Socket s : clients) {
                try {
                    s.close();
                } catch (IOException e) {
                    // already closed
                }
            }
            clients.clear();
        }
    }
}
