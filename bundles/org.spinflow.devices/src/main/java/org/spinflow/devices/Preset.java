package org.spinflow.devices;

import java.util.Map;

/**
 * An immutable named parameter set.
 *
 * @param name        e.g. {@code mtj-f-default}
 * @param kind        id of the {@link DeviceKind} that builds it
 * @param source      citation of where the values come from
 * @param description one line for listings
 * @param parameters  parameter values by name, SI units (only overrides of the kind's defaults)
 */
public record Preset(String name, String kind, String source, String description, Map<String, Double> parameters) {
    public Preset {
        parameters = Map.copyOf(parameters);
    }
}
