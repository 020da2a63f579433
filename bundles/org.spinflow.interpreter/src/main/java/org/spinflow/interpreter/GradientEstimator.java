package org.spinflow.interpreter;

import org.spinflow.model.GradientMode;

/**
 * How neuron derivatives are obtained, as an exhaustive strategy: {@link #of} is a switch
 * expression over every {@link GradientMode} literal and the nodes switch over this sealed type,
 * so adding a mode to the metamodel does not compile until it is handled here and there.
 */
public sealed interface GradientEstimator {

    /** The model's derivative behind the device's diagnostics (a comparison baseline, never analog training). */
    record Exact(boolean nominal) implements GradientEstimator {
    }

    /**
     * Finite differences of device reads: central {@code (f(d+h) - f(d-h)) / 2h} or forward
     * {@code (f(d+h) - f(d)) / h}, averaging {@code repeatedReads} reads per point.
     */
    record Analog(boolean central, double delta, int repeatedReads) implements GradientEstimator {
        public Analog {
            if (!(delta > 0)) {
                throw new InterpreterException("delta must be > 0, got " + delta);
            }
            repeatedReads = Math.max(1, repeatedReads);
        }
    }

    /** The estimator of a gradient mode with the run's delta and repeated reads. */
    static GradientEstimator of(GradientMode mode, double delta, int repeatedReads) {
        return switch (mode) {
            case EXACT -> new Exact(false);
            case EXACT_NOMINAL -> new Exact(true);
            case ANALOG_CENTRAL -> new Analog(true, delta, repeatedReads);
            case ANALOG_FORWARD -> new Analog(false, delta, repeatedReads);
        };
    }

    /** The estimator of a run configuration. */
    static GradientEstimator of(RunConfig config) {
        return of(config.gradient(), config.delta(), config.repeatedReads());
    }
}
