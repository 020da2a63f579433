package org.spinflow.devices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Where a neuron array's reads go. The default backend builds the simulated population from the
 * {@link DeviceRegistry}; a plug-in backend (lab instruments, bundle {@code org.spinflow.instrument})
 * returns a {@link Device} whose reads are measured on hardware. The interpreter asks
 * {@link #current()} when it compiles an MTJ array, so a backend is chosen per compilation without
 * any change to node kinds, gradient modes or checkpoints.
 *
 * <p>Text parameters whose name starts with {@value #PREFIX} (e.g. {@code instrument.channels})
 * belong to the backend; the simulated backend ignores them, so a model wired to an instrument
 * still runs in simulation.
 */
@FunctionalInterface
public interface DeviceBackend {

    /** Prefix of the text parameters that belong to a backend, not to the device kind. */
    String PREFIX = "instrument.";

    /**
     * Builds the population of neuron array {@code node}.
     *
     * @param node the array's name
     * @param spec what the model asks for (preset, overrides, count, seed, variability, noise)
     * @param text the array's text parameters, including the backend's ({@value #PREFIX}...)
     */
    Device create(String node, DeviceSpec spec, Map<String, String> text);

    /** The simulated devices of the registry. */
    DeviceBackend SIMULATED = (node, spec, text) -> DeviceRegistry.getDefault().create(spec, deviceText(text));

    /** A device measured elsewhere that keeps the simulated population it stands for (its nominal model). */
    interface Backed {
        /** The simulated population with the same preset and parameters (ranges, units, neuron mapping). */
        Device nominal();
    }

    /** The backend for compilations on this thread ({@link #SIMULATED} unless inside {@link #using}). */
    static DeviceBackend current() {
        return Holder.CURRENT.get();
    }

    /** Runs {@code body} with {@code backend} as {@link #current()} on this thread, then restores the previous one. */
    static <T> T using(DeviceBackend backend, Callable<T> body) throws Exception {
        DeviceBackend before = Holder.CURRENT.get();
        Holder.CURRENT.set(backend);
        try {
            return body.call();
        } finally {
            Holder.CURRENT.set(before);
        }
    }

    /** The nominal (simulated) population behind a device: itself unless it is {@link Backed}. */
    static Device nominal(Device d) {
        return d instanceof Backed b ? b.nominal() : d;
    }

    /** The text parameters without the backend's ({@value #PREFIX}...). */
    static Map<String, String> deviceText(Map<String, String> text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Map<String, String> m = new LinkedHashMap<>();
        text.forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** Holds the per-thread backend. */
    final class Holder {
        private static final ThreadLocal<DeviceBackend> CURRENT = ThreadLocal.withInitial(() -> SIMULATED);

        private Holder() {
        }
    }
}
