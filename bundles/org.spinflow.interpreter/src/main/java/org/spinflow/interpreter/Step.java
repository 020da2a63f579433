package org.spinflow.interpreter;

import org.spinflow.interpreter.kernel.Parallel;

/** The mini-batch being processed: its size, counters for noise keys, and the optimiser settings. */
public final class Step {
    /** Samples per slice of a batch: the unit of parallel work and of gradient slots. */
    public static final int SLICE = 16;

    /** Samples in this batch. */
    public int batch;
    /** Global step counter (distinct per batch, per fold), used to key device noise. */
    public long counter;
    /** Whether this pass trains (perturb/backward/commit follow) or only evaluates. */
    public boolean training;
    /** Learning rate for this step. */
    public double learningRate;
    /** Optimiser step number, 1-based (Adam bias correction). */
    public long optimiserStep;
    public final Optimiser optimiser;
    public final Parallel parallel;
    public final RunConfig config;

    public Step(Optimiser optimiser, Parallel parallel, RunConfig config) {
        this.optimiser = optimiser;
        this.parallel = parallel;
        this.config = config;
    }
}
