package org.spinflow.devices;

import java.util.List;
import java.util.Map;

/**
 * A kind of device (macrospin MTJ, superparamagnetic MTJ, tabulated, ideal function),
 * registered through {@link java.util.ServiceLoader} in {@code META-INF/services}.
 * New device kinds plug in without any change to the interpreter.
 */
public interface DeviceKind {

    /** Stable id, e.g. {@code macrospin}. */
    String id();

    /** The named presets of this kind. */
    List<Preset> presets();

    /** Builds the population; throws {@link DeviceException} with a readable message on bad parameters. */
    Device create(DeviceSpec spec);

    /**
     * Builds the population with additional text parameters (e.g. {@code file} = path of the CSV
     * of the {@code tabulated} preset, resolved against {@link DeviceSpec#baseDir()} when
     * relative). Kinds without text parameters ignore an empty map and reject unknown keys.
     */
    default Device create(DeviceSpec spec, Map<String, String> textParameters) {
        if (textParameters != null && !textParameters.isEmpty()) {
            throw new DeviceException("device kind '" + id() + "' takes no text parameters (got "
                    + String.join(", ", textParameters.keySet()) + ")");
        }
        return create(spec);
    }
}
