package org.spinflow.instrument;

import java.util.Map;
import java.util.TreeMap;

/**
 * Safety limits: the largest current Spinflow may ask the instrument to source into a device, and
 * the largest voltage it may develop across one (sent as the compliance). Per-channel values
 * ({@code max.current.N}) override the instrument-wide ones. Checked before anything is sent.
 */
public final class Limits {
    private final double maxCurrent;
    private final double maxVoltage;
    private final Map<Integer, Double> current = new TreeMap<>();
    private final Map<Integer, Double> voltage = new TreeMap<>();

    private Limits(double maxCurrent, double maxVoltage) {
        this.maxCurrent = maxCurrent;
        this.maxVoltage = maxVoltage;
    }

    static Limits of(Mapping m) {
        Limits l = new Limits(m.number("max.current", 0), m.number("max.voltage", 0));
        m.values().forEach((k, v) -> {
            if (k.startsWith("max.current.")) {
                l.current.put(Integer.parseInt(k.substring(12)), m.number(k, 0));
            } else if (k.startsWith("max.voltage.")) {
                l.voltage.put(Integer.parseInt(k.substring(12)), m.number(k, 0));
            }
        });
        return l;
    }

    /**
     * These limits lowered to the given values (null: keep). Raising a limit above the mapping's is
     * refused: the mapping file is the lab's statement of what its devices survive.
     */
    public Limits lowered(Double current, Double voltage) {
        if (current != null && (!(current > 0) || current > maxCurrent)) {
            throw new InstrumentException("--max-current " + current + " A: must be > 0 and at most the mapping's limit "
                    + maxCurrent + " A");
        }
        if (voltage != null && (!(voltage > 0) || voltage > maxVoltage)) {
            throw new InstrumentException("--max-voltage " + voltage + " V: must be > 0 and at most the mapping's limit "
                    + maxVoltage + " V");
        }
        Limits l = new Limits(current != null ? current : maxCurrent, voltage != null ? voltage : maxVoltage);
        this.current.forEach((c, v) -> l.current.put(c, Math.min(v, l.maxCurrent)));
        this.voltage.forEach((c, v) -> l.voltage.put(c, Math.min(v, l.maxVoltage)));
        return l;
    }

    /** Largest |current| (A) on a channel. */
    public double maxCurrent(int channel) {
        return Math.min(maxCurrent, current.getOrDefault(channel, maxCurrent));
    }

    /** Largest |voltage| (V) on a channel. */
    public double maxVoltage(int channel) {
        return Math.min(maxVoltage, voltage.getOrDefault(channel, maxVoltage));
    }

    /** The instrument-wide voltage limit, sent as the compliance. */
    public double maxVoltage() {
        return maxVoltage;
    }

    public double maxCurrent() {
        return maxCurrent;
    }
}
