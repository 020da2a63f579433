package org.spinflow.instrument;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceBackend;
import org.spinflow.devices.DeviceSpec;

/**
 * Device backend whose reads are measured through an {@link Instrument}. Each MTJ array's devices
 * sit on instrument channels: the array's text parameter {@code instrument.channels} (e.g.
 * {@code 1-8} or {@code 9,10,11}) says which; without it the arrays take consecutive channels from
 * 1 in the order they are compiled. The array's preset stays its <em>nominal</em> model: it fixes
 * the drive range, the units and the neuron mapping; the drive range must lie within the safety
 * limits, checked when the model is compiled, before the first read.
 */
public final class InstrumentBackend implements DeviceBackend {

    /** Text parameter naming an array's channels. */
    public static final String CHANNELS = DeviceBackend.PREFIX + "channels";

    private final Instrument instrument;
    private final Map<String, int[]> wiring = new LinkedHashMap<>();
    private final BitSet used = new BitSet();

    public InstrumentBackend(Instrument instrument) {
        this.instrument = instrument;
    }

    public Instrument instrument() {
        return instrument;
    }

    @Override
    public synchronized Device create(String node, DeviceSpec spec, Map<String, String> text) {
        for (String k : text == null ? Map.<String, String>of().keySet() : text.keySet()) {
            if (k.startsWith(DeviceBackend.PREFIX) && !k.equals(CHANNELS)) {
                throw new InstrumentException("unknown text parameter '" + k + "' (known: " + CHANNELS + ")");
            }
        }
        Device nominal = DeviceBackend.SIMULATED.create(node, spec, text);
        if (!"A".equals(nominal.inputUnit()) || !"V".equals(nominal.outputUnit())) {
            throw new InstrumentException("preset '" + spec.preset() + "' maps " + nominal.inputUnit() + " to "
                    + nominal.outputUnit() + "; an instrument sources a current (A) and measures a voltage (V)");
        }
        int[] channels = wiring.get(node);
        if (channels == null) {
            channels = channels(node, text == null ? null : text.get(CHANNELS), spec.count());
            wiring.put(node, channels);
            for (int c : channels) {
                used.set(c);
            }
        }
        Limits l = instrument.limits();
        for (int c : channels) {
            double lim = l.maxCurrent(c);
            if (Math.max(Math.abs(nominal.inputMin()), Math.abs(nominal.inputMax())) > lim) {
                throw new InstrumentException("the drive range [" + Mapping.nrf(nominal.inputMin()) + ", "
                        + Mapping.nrf(nominal.inputMax()) + "] A of preset '" + spec.preset() + "' exceeds the safety limit "
                        + Mapping.nrf(lim) + " A of channel " + c + "; nothing was sent (narrow the preset's xMin/xMax or"
                        + " raise max.current in the mapping if the devices allow it)");
            }
        }
        return new InstrumentDevice(node, nominal, channels, instrument);
    }

    /** The channels of each compiled array, by array name. */
    public synchronized Map<String, int[]> wiring() {
        return new LinkedHashMap<>(wiring);
    }

    private int[] channels(String node, String text, int count) {
        int max = instrument.mapping().channels();
        List<Integer> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            int c = 1;
            while (list.size() < count && c <= max) {
                if (!used.get(c)) {
                    list.add(c);
                }
                c++;
            }
            if (list.size() < count) {
                throw new InstrumentException("needs " + count + " channels, the instrument ("
                        + instrument.mapping().name() + ") has " + max + " and " + used.cardinality() + " are taken");
            }
        } else {
            list = parseChannels(node, text);
        }
        if (list.size() != count) {
            throw new InstrumentException("" + CHANNELS + " '" + text + "' names " + list.size()
                    + " channels for " + count + " devices");
        }
        BitSet seen = new BitSet();
        for (int c : list) {
            if (c < 1 || c > max) {
                throw new InstrumentException("channel " + c + " does not exist (the instrument has 1.." + max + ")");
            }
            if (seen.get(c) || used.get(c)) {
                throw new InstrumentException("channel " + c + " is wired to two devices");
            }
            seen.set(c);
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "1-8", "1,2,5-7". */
    static List<Integer> parseChannels(String node, String text) {
        List<Integer> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-', 1);
                if (dash > 0) {
                    int a = Integer.parseInt(p.substring(0, dash).strip());
                    int b = Integer.parseInt(p.substring(dash + 1).strip());
                    if (b < a || b - a > 100_000) {
                        throw new NumberFormatException();
                    }
                    for (int c = a; c <= b; c++) {
                        list.add(c);
                    }
                } else {
                    list.add(Integer.parseInt(p));
                }
            } catch (NumberFormatException e) {
                throw new InstrumentException("" + CHANNELS + " '" + text
                        + "' is not a channel list (expected e.g. 1-8 or 1,2,5-7)");
            }
        }
        return list;
    }
}
