package org.spinflow.instrument.sim;

/**
 * Faults the simulated lab can inject, for tests and demonstrations. Counts are in device readings
 * served since the lab started; negative means "never". Thread-safe (volatile fields).
 */
public final class Faults {
    /** Answer {@code *IDN?} with this instead of the lab's identification (null: the real one). */
    public volatile String idn;
    /** After this many readings, stop answering anything (the connection stays open). */
    public volatile long stallAfter = -1;
    /** After this many readings, answer measurements with garbage. */
    public volatile long garbageAfter = -1;
    /** After this many readings, close the connection once (a transient network fault). */
    public volatile long dropAfter = -1;

    /** Clears every fault: the instrument works again (e.g. after a power cycle). */
    public void clear() {
        idn = null;
        stallAfter = -1;
        garbageAfter = -1;
        dropAfter = -1;
    }

    /**
     * Parses {@code KIND=VALUE}: {@code idn=TEXT}, {@code stall-after=N}, {@code garbage-after=N},
     * {@code drop-after=N}.
     */
    public void set(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("fault '" + spec + "': expected KIND=VALUE (idn=TEXT, stall-after=N, garbage-after=N, drop-after=N)");
        }
        String kind = spec.substring(0, eq).strip();
        String value = spec.substring(eq + 1).strip();
        try {
            switch (kind) {
                case "idn" -> idn = value;
                case "stall-after" -> stallAfter = Long.parseLong(value);
                case "garbage-after" -> garbageAfter = Long.parseLong(value);
                case "drop-after" -> dropAfter = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown fault '" + kind
                        + "' (known: idn, stall-after, garbage-after, drop-after)");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + spec + "': '" + value + "' is not a whole number");
        }
    }
}
