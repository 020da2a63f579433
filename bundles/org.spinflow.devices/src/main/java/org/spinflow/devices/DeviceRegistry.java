package org.spinflow.devices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** All device kinds and presets found through {@link ServiceLoader}. */
public final class DeviceRegistry {

    private static final DeviceRegistry DEFAULT = new DeviceRegistry(DeviceRegistry.class.getClassLoader());

    private final Map<String, DeviceKind> kinds = new LinkedHashMap<>();
    private final Map<String, Preset> presets = new LinkedHashMap<>();

    public DeviceRegistry(ClassLoader loader) {
        for (DeviceKind kind : ServiceLoader.load(DeviceKind.class, loader)) {
            kinds.put(kind.id(), kind);
            for (Preset p : kind.presets()) {
                presets.put(p.name(), p);
            }
        }
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null && ctx != loader) {
            try {
                for (DeviceKind kind : ServiceLoader.load(DeviceKind.class, ctx)) {
                    kinds.putIfAbsent(kind.id(), kind);
                    for (Preset p : kind.presets()) {
                        presets.putIfAbsent(p.name(), p);
                    }
                }
            } catch (java.util.ServiceConfigurationError e) {
                // a broken provider elsewhere must not hide the kinds that load
            }
        }
    }

    public static DeviceRegistry getDefault() {
        return DEFAULT;
    }

    /**
     * Adds a device kind found by other means than this bundle's ServiceLoader (in OSGi the IDE
     * bundle adds those of other bundles); the first kind of an id and the first preset of a name win.
     */
    public synchronized void register(DeviceKind kind) {
        if (kinds.putIfAbsent(kind.id(), kind) == null) {
            for (Preset p : kind.presets()) {
                presets.putIfAbsent(p.name(), p);
            }
        }
    }

    public List<Preset> presets() {
        return Collections.unmodifiableList(new ArrayList<>(presets.values()));
    }

    public Preset preset(String name) {
        Preset p = presets.get(name);
        if (p == null) {
            throw new DeviceException("unknown device preset '" + name + "' (known: " + String.join(", ", presets.keySet()) + ")");
        }
        return p;
    }

    /** Builds a population of the spec's preset. */
    public Device create(DeviceSpec spec) {
        return kind(spec.preset()).create(spec);
    }

    /**
     * Builds a population with text parameters, e.g. {@code Map.of("file", "iv.csv")} for the
     * {@code tabulated} preset (relative paths resolve against {@link DeviceSpec#baseDir()}).
     */
    public Device create(DeviceSpec spec, Map<String, String> textParameters) {
        return kind(spec.preset()).create(spec, textParameters);
    }

    /** The kind that builds the named preset. */
    public DeviceKind kind(String presetName) {
        Preset p = preset(presetName);
        DeviceKind kind = kinds.get(p.kind());
        if (kind == null) {
            throw new DeviceException("no device kind '" + p.kind() + "' for preset '" + p.name() + "'");
        }
        return kind;
    }
}
