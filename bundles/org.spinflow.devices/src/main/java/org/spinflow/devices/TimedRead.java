package org.spinflow.devices;

/**
 * A device whose reads depend on when they are made (correlated 1/f noise, docs/PHYSICS.md C.2).
 * Callers that know the device time of a read use {@link #read(float[], float[], int, long, double, double)};
 * {@link Device#read} reads at time 0.
 */
public interface TimedRead {

    /** Duration of one read [s] (the integration time), the time unit of a read schedule. */
    double readTime();

    /**
     * {@link Device#read} at device time {@code t0 + i * dt} [s] for sample {@code i} of the block
     * (layout [sample][device]).
     */
    void read(float[] drive, float[] out, int count, long noiseKey, double t0, double dt);
}
