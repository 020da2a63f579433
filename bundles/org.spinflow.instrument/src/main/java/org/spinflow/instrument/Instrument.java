package org.spinflow.instrument;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session with one instrument: connect, identify ({@code *IDN?} must match the mapping), reset
 * ({@code *RST}), configure (integration time, voltage compliance), wait ({@code *OPC?}); then
 * measurement transactions. Every transaction is followed by the error query ({@code SYST:ERR?});
 * a lost connection or a timeout is retried after a reconnection (which identifies and configures
 * again) up to {@link Options#reconnects()} times. Safety limits are checked before anything is sent.
 * Thread-safe: transactions are serialised.
 */
public final class Instrument implements AutoCloseable {

    /**
     * @param timeoutMs  longest wait for a connection or a reply
     * @param reconnects reconnection attempts after a lost connection or a timeout, per transaction
     */
    public record Options(int timeoutMs, int reconnects) {
        public static Options defaults() {
            return new Options(5000, 2);
        }
    }

    /**
     * What the session did so far.
     *
     * @param reads        device readings returned
     * @param transactions measurement transactions (each one command line and one error query)
     * @param seconds      wall time spent in transactions (waiting for the instrument)
     * @param errors       failed attempts: timeouts, lost connections, instrument errors, garbage replies
     * @param reconnects   successful reconnections
     */
    public record Stats(long reads, long transactions, double seconds, long errors, long reconnects) {
    }

    /** Readings and the error query's reply joined by ';' (readings never hold a quote, the error message may hold ';'). */
    private static final Pattern JOINED = Pattern.compile("^([^\"]*?);\\s*([+-]?\\d+\\s*,.*)$");

    private static final Pattern ERROR = Pattern.compile("^\\s*([+-]?\\d+)\\s*,\\s*\"?(.*?)\"?\\s*$");

    private final Address address;
    private final Mapping mapping;
    private final Limits limits;
    private final Options options;
    private final ScpiClient client;
    private String identification;
    private long reads;
    private long transactions;
    private long nanos;
    private long errors;
    private long reconnects;

    private Instrument(Address address, Mapping mapping, Limits limits, Options options) {
        this.address = address;
        this.mapping = mapping;
        this.limits = limits;
        this.options = options;
        this.client = new ScpiClient(address, options.timeoutMs());
    }

    /** Connects, identifies, resets and configures; one-line {@link InstrumentException} on any failure. */
    public static Instrument open(Address address, Mapping mapping, Limits limits, Options options) {
        Instrument i = new Instrument(address, mapping, limits, options);
        try {
            i.start();
        } catch (IOException e) {
            i.client.close();
            throw new InstrumentException(address + ": " + describe(e, "connecting"), e);
        } catch (RuntimeException e) {
            i.client.close();
            throw e;
        }
        return i;
    }

    private void start() throws IOException {
        client.connect();
        String idn = client.query("*IDN?").strip();
        if (!mapping.identifies(idn)) {
            throw new InstrumentException(address + ": *IDN? answered '" + shorten(idn) + "', expected an instrument matching '"
                    + mapping.idnPattern() + "' (mapping " + mapping.name() + "); wrong address or wrong --instrument-mapping");
        }
        identification = idn;
        send(mapping.get("reset"));
        send(mapping.get("clear"));
        Map<String, String> args = new LinkedHashMap<>();
        args.put("aperture", Mapping.nrf(mapping.aperture()));
        args.put("compliance", Mapping.nrf(limits.maxVoltage()));
        send(mapping.get("setup") == null ? null : Mapping.fill(mapping.get("setup"), args));
        if (mapping.get("opc") != null) {
            String opc = client.query(mapping.get("opc")).strip();
            if (!opc.equals("1") && !opc.equals("+1")) {
                throw new InstrumentException(address + ": " + mapping.get("opc") + " answered '" + shorten(opc) + "', expected 1");
            }
        }
        checkErrors("setup");
    }

    private void send(String line) throws IOException {
        if (line != null && !line.isBlank()) {
            client.send(line);
        }
    }

    public Address address() {
        return address;
    }

    public Mapping mapping() {
        return mapping;
    }

    public Limits limits() {
        return limits;
    }

    /** The instrument's answer to {@code *IDN?}. */
    public synchronized String identification() {
        return identification;
    }

    public synchronized Stats stats() {
        return new Stats(reads, transactions, nanos / 1e9, errors, reconnects);
    }

    /**
     * Measures {@code count} points: point {@code k} sources {@code currents[k]} into channel
     * {@code channels[k % channels.length]} and returns the voltage in {@code volts[k]}. Batched: as
     * few transactions as the mapping's {@code batch.max} allows.
     */
    public synchronized void measure(int[] channels, float[] currents, int count, float[] volts) {
        int n = channels.length;
        if (n == 0 || count % n != 0) {
            throw new IllegalArgumentException("count " + count + " is not a multiple of " + n + " channels");
        }
        for (int k = 0; k < count; k++) {
            int ch = channels[k % n];
            double limit = limits.maxCurrent(ch);
            if (!(Math.abs(currents[k]) <= limit)) {
                throw new InstrumentException(address + ": refused to source " + Mapping.nrf(currents[k]) + " A into channel " + ch
                        + ": the safety limit is " + Mapping.nrf(limit) + " A; nothing was sent");
            }
        }
        if (mapping.batched()) {
            int chunk = Math.max(1, mapping.batchMax() / n) * n;
            for (int k0 = 0; k0 < count; k0 += chunk) {
                int m = Math.min(chunk, count - k0);
                StringBuilder chs = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    chs.append(i == 0 ? "" : ",").append(channels[i]);
                }
                StringBuilder cur = new StringBuilder(m * 14);
                for (int k = 0; k < m; k++) {
                    cur.append(k == 0 ? "" : ",").append(Mapping.nrf(currents[k0 + k]));
                }
                Map<String, String> args = new LinkedHashMap<>();
                args.put("channels", chs.toString());
                args.put("currents", cur.toString());
                transaction(Mapping.fill(mapping.get("batch"), args), m, volts, k0, channels);
            }
        } else {
            for (int k = 0; k < count; k++) {
                Map<String, String> args = new LinkedHashMap<>();
                args.put("channel", Integer.toString(channels[k % n]));
                args.put("current", Mapping.nrf(currents[k]));
                transaction(Mapping.fill(mapping.get("point"), args), 1, volts, k, new int[] {channels[k % n]});
            }
        }
    }

    /** One command line with a reply of {@code expect} readings, then the error query; retried after reconnection. */
    private void transaction(String line, int expect, float[] volts, int at, int[] channels) {
        IOException first = null;
        for (int attempt = 0;; attempt++) {
            long t0 = System.nanoTime();
            try {
                if (mapping.inlineErrors()) {
                    // one round trip: the error query rides on the measurement line, the replies come back joined by ';'
                    String reply = client.query(line + ";:" + mapping.get("error"));
                    Matcher joined = JOINED.matcher(reply);
                    String e = errorCode(joined.matches() ? joined.group(2) : reply);
                    if (e != null) {
                        firstError(); // drain the rest of the queue
                        throw new InstrumentException(address + ": instrument error " + e + " after '" + shorten(line) + "'");
                    }
                    parseReadings(line, joined.matches() ? joined.group(1) : "", expect, volts, at, channels);
                } else {
                    String reply = client.query(line);
                    parseReadings(line, reply, expect, volts, at, channels);
                    checkErrors(line);
                }
                nanos += System.nanoTime() - t0;
                transactions++;
                reads += expect;
                return;
            } catch (IOException e) {
                nanos += System.nanoTime() - t0;
                errors++;
                client.close();
                if (first == null) {
                    first = e;
                }
                if (attempt >= options.reconnects()) {
                    throw new InstrumentException(address + ": " + describe(first, "'" + shorten(line) + "'")
                            + (options.reconnects() > 0 ? " (gave up after " + options.reconnects() + " reconnection attempts)" : ""), e);
                }
                reconnect();
            } catch (InstrumentException e) {
                nanos += System.nanoTime() - t0;
                errors++;
                client.close(); // the stream may be out of step: the next transaction reconnects
                throw e;
            }
        }
    }

    private void reconnect() {
        try {
            Thread.sleep(Math.min(1000, 50L + options.timeoutMs() / 10));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new InstrumentException(address + ": interrupted while reconnecting");
        }
        try {
            start();
            reconnects++;
        } catch (IOException e) {
            errors++;
            client.close();
        }
    }

    private void parseReadings(String line, String reply, int expect, float[] volts, int at, int[] channels)
            throws IOException {
        String[] parts = reply.strip().isEmpty() ? new String[0] : reply.split(",", -1);
        String problem = null;
        if (parts.length != expect) {
            problem = "expected " + expect + " readings, got " + parts.length;
        } else {
            for (int k = 0; k < expect; k++) {
                double v;
                try {
                    v = Double.parseDouble(parts[k].strip());
                } catch (NumberFormatException e) {
                    problem = "reading " + (k + 1) + " is '" + shorten(parts[k]) + "', not a number";
                    break;
                }
                if (!Double.isFinite(v)) {
                    problem = "reading " + (k + 1) + " is not finite";
                    break;
                }
                int ch = channels[k % channels.length];
                if (Math.abs(v) > limits.maxVoltage(ch) * (1 + 1e-6)) {
                    throw new InstrumentException(address + ": channel " + ch + " read " + Mapping.nrf(v) + " V, beyond the voltage limit "
                            + Mapping.nrf(limits.maxVoltage(ch)) + " V; stopped");
                }
                volts[at + k] = (float) v;
            }
        }
        if (problem != null) {
            String instrumentError = null;
            try {
                instrumentError = firstError();
            } catch (IOException | InstrumentException e) {
                // the error query failed too: report the reply itself
            }
            throw new InstrumentException(address + ": bad reply to '" + shorten(line) + "': " + problem
                    + (instrumentError != null ? " (instrument error " + instrumentError + ")" : " (reply '" + shorten(reply) + "')"));
        }
    }

    /** Reads the error queue after {@code after}; throws with the first error when there is one. */
    private void checkErrors(String after) throws IOException {
        String e = firstError();
        if (e != null) {
            throw new InstrumentException(address + ": instrument error " + e + " after '" + shorten(after) + "'");
        }
    }

    /** The first queued error ("code,message"), draining the queue; null when there is none. */
    private String firstError() throws IOException {
        String first = null;
        for (int i = 0; i < 32; i++) {
            String e = errorCode(client.query(mapping.get("error")));
            if (e == null) {
                return first;
            }
            if (first == null) {
                first = e;
            }
        }
        return first;
    }

    /** An error query's reply as "code,\"message\"", null for code 0. */
    private String errorCode(String reply) {
        Matcher m = ERROR.matcher(reply);
        if (!m.matches()) {
            throw new InstrumentException(address + ": bad reply to '" + mapping.get("error") + "': '" + shorten(reply)
                    + "' (expected CODE,\"MESSAGE\")");
        }
        return Integer.parseInt(m.group(1)) == 0 ? null : m.group(1) + ",\"" + m.group(2) + "\"";
    }

    static String describe(IOException e, String during) {
        if (e instanceof SocketTimeoutException) {
            return "no answer " + (during.startsWith("'") ? "to " : "while ") + during + " (timeout); the instrument stopped answering";
        }
        if (e instanceof ConnectException) {
            return "connection refused (is the instrument on and listening on this port?)";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        return "connection lost " + (during.startsWith("'") ? "during " : "while ") + during + " (" + e.getMessage() + ")";
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    @Override
    public synchronized void close() {
        client.close();
    }
}
