package org.spinflow.interpreter;

import org.spinflow.interpreter.kernel.Parallel;

/** The mini-batch being processed: its size, counters for noise keys, and the optimiser settings. */
public final class Step {
    /**
     * Samples per slice of a batch: the unit of parallel work (handed out by Parallel.forEachAffine, so a
     * batch of 32 gives four work items to balance uneven sparse samples) and of loss slots.
     */
    public static final int SLICE = 8;

    /** Samples in this batch. */
    public int batch;
    /** Global step counter (distinct per batch, per fold), used to key device noise. */
    public long counter;
    /**
     * Whether this forward pass is part of {@link Plan#trainStep} (each slice's perturbation follows its
     * forward pass on the same thread), so nodes may take the perturbation's device reads during the
     * forward pass; false for {@link Plan#forward}.
     */
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
