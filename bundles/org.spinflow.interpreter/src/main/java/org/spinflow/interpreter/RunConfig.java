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
 */
public record RunConfig(GradientMode gradient, double delta, int repeatedReads, long seed, int batchSize,
                        int threads, boolean noise, boolean variability) {

    public RunConfig withGradient(GradientMode g) {
        return new RunConfig(g, delta, repeatedReads, seed, batchSize, threads, noise, variability);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(gradient, delta, repeatedReads, s, batchSize, threads, noise, variability);
    }

    public RunConfig withBatchSize(int b) {
        return new RunConfig(gradient, delta, repeatedReads, seed, b, threads, noise, variability);
    }

    public RunConfig withNoise(boolean n) {
        return new RunConfig(gradient, delta, repeatedReads, seed, batchSize, threads, n, variability);
    }
}
