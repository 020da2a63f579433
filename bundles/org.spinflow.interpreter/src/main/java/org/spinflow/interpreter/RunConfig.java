package org.spinflow.interpreter;

import org.spinflow.model.GradientMode;

/**
 * Run settings resolved from the model's training spec and the command line.
 *
 * @param gradient       how neuron derivatives are obtained
 * @param delta          finite-difference step in units of the pre-activation z
 * @param repeatedReads  reads averaged per perturbed point
 * @param seed           run seed (devices, initialisation, shuffling, noise)
 * @param batchSize      mini-batch size
 * @param threads        worker threads for kernels (results do not depend on it)
 * @param noise          whether device read noise is on (false forces noiseless reads)
 * @param variability    whether device-to-device variability is on
 * @param overrides      per-run settings over the model's (learning rate, data limit, per-node device, noise,
 *                       variability and synapse settings), applied when the plan is compiled; never null
 */
public record RunConfig(GradientMode gradient, double delta, int repeatedReads, long seed, int batchSize,
                        int threads, boolean noise, boolean variability, SettingOverrides overrides) {

    public RunConfig {
        overrides = overrides == null ? SettingOverrides.NONE : overrides;
    }

    /** A configuration without setting overrides. */
    public RunConfig(GradientMode gradient, double delta, int repeatedReads, long seed, int batchSize, int threads,
                     boolean noise, boolean variability) {
        this(gradient, delta, repeatedReads, seed, batchSize, threads, noise, variability, SettingOverrides.NONE);
    }

    public RunConfig withGradient(GradientMode g) {
        return new RunConfig(g, delta, repeatedReads, seed, batchSize, threads, noise, variability, overrides);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(gradient, delta, repeatedReads, s, batchSize, threads, noise, variability, overrides);
    }

    public RunConfig withBatchSize(int b) {
        return new RunConfig(gradient, delta, repeatedReads, seed, b, threads, noise, variability, overrides);
    }

    public RunConfig withNoise(boolean n) {
        return new RunConfig(gradient, delta, repeatedReads, seed, batchSize, threads, n, variability, overrides);
    }
}
