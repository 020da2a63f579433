package org.spinflow.interpreter;

import org.spinflow.interpreter.kernel.Parallel;

/** Shared by all nodes of a plan during one training or evaluation. */
public final class RunContext {
    private final RunConfig config;
    private final int capacity;
    private final Parallel parallel;
    private final long foldSeed;

    public RunContext(RunConfig config, int capacity, Parallel parallel, long foldSeed) {
        this.config = config;
        this.capacity = capacity;
        this.parallel = parallel;
        this.foldSeed = foldSeed;
    }

    public RunConfig config() {
        return config;
    }

    /** Number of gradient slots (slices of the largest batch). */
    public int slots() {
        return (capacity + Step.SLICE - 1) / Step.SLICE;
    }

    /** Largest batch the buffers hold. */
    public int capacity() {
        return capacity;
    }

    public Parallel parallel() {
        return parallel;
    }

    /** Seed of this fold's initialisation (devices use the run seed, so all folds see the same devices). */
    public long foldSeed() {
        return foldSeed;
    }
}
