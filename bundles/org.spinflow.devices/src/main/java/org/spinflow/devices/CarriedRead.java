package org.spinflow.devices;

/**
 * A device whose reads leave a random state that the next read starts from (model B's telegraph
 * state, docs/PHYSICS.md B.1). A caller reads a run of consecutive samples with every read of a
 * sample (the forward read and the perturbed reads) in one call, in device-time order, so the state
 * is carried from each read to the next with the device time between them.
 *
 * <p>The state at the start of a run is the one {@link #carry} last recorded (the end of the previous
 * pass), evolved to the run's first read. {@code carry} is called between passes from one thread;
 * runs of one pass may be read in parallel and in any order, and each depends only on its own
 * drives, its key and the recorded state, so results do not depend on the thread count.
 */
public interface CarriedRead extends TimedRead {

    /**
     * Reads {@code samples} consecutive samples of the population, layout [sample][device] from
     * {@code offset}. Sample i's read r is made at drive {@code drive[offset + i * size() + j] + shifts[r]}
     * and device time {@code t0 + i * dt + r * readTime()}; a NaN shift is a slot without a read (the
     * device idles). Read r's outputs go to {@code out[r]} at the same indices; {@code out[r]} may be
     * null for a NaN shift.
     *
     * @param endState if not null, receives each device's state after the run's last read
     * @return the device time at the end of the run's last read [s]
     */
    double readRun(float[] drive, int offset, int samples, float[] shifts, float[][] out, long noiseKey, double t0,
            double dt, byte[] endState);

    /** Records the state of every device at device time {@code time} [s] (between passes, from one thread). */
    void carry(byte[] state, double time);

    /** Forgets the recorded state (back to the state at construction). */
    void resetState();

    /** A copy of the state {@link #carry} recorded (for a training checkpoint; restored with {@code carry}). */
    byte[] recordedState();

    /** Device time of the recorded state [s] (NaN: none). */
    double recordedTime();
}
