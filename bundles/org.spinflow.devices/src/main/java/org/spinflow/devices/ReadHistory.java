package org.spinflow.devices;

/**
 * A device population with a state that earlier reads leave behind (hysteresis, docs/PHYSICS.md
 * A.7). Reads, derivatives and flags depend on the state, which changes only in {@link #advance}:
 * callers advance it between passes, from one thread, so the reads of a pass (possibly made in
 * parallel) all see the same state and stay deterministic.
 */
public interface ReadHistory {

    /** Moves the state through the reads at {@code drive[0, count)}, in order, layout [sample][device]. */
    void advance(float[] drive, int count);

    /** Back to the state at construction. */
    void reset();

    /**
     * A copy of the state (for a training checkpoint), or null when this population has none (a
     * device without hysteresis never changes state).
     */
    byte[] saveState();

    /** Puts back a state {@link #saveState} returned (a resumed run continues where it was saved). */
    void restoreState(byte[] state);
}
