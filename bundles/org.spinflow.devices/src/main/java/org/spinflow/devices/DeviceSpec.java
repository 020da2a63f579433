package org.spinflow.devices;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to build: a population of {@code count} devices of one preset.
 *
 * @param preset            preset name, e.g. {@code mtj-f-default}, {@code tanh}
 * @param overrides         parameter overrides by name (SI units), applied over the preset
 * @param count             number of devices
 * @param seed              run seed
 * @param nodeId            stable id of the neuron array (hash of its name), so device
 *                          parameters derive from (seed, node, device index)
 * @param variabilityScale  multiplier on the preset's device-to-device spreads (0 = identical devices)
 * @param readNoise         whether reads carry noise
 * @param baseDir           folder that relative file parameters (tabulated CSV) resolve against; may be null
 */
public record DeviceSpec(String preset, Map<String, Double> overrides, int count, long seed, long nodeId,
                         double variabilityScale, boolean readNoise, Path baseDir) {
}
