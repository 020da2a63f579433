package org.spinflow.interpreter;

import org.spinflow.model.OptimizerKind;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Schedule;

/**
 * SGD, momentum and Adam on flat float arrays, with a learning-rate schedule. The optimiser
 * turns gradients into weight changes; nodes apply the changes to their physical state
 * (conductance pairs), so clipping and quantisation stay with the device.
 */
public final class Optimiser {
    private final OptimizerKind kind;
    private final double lr0;
    private final double momentum;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final Schedule schedule;
    private final int stepEpochs;
    private final double gamma;

    public Optimiser(OptimizerSpec spec) {
        this(spec.getKind(), spec.getLearningRate(), spec.getMomentum(), spec.getBeta1(), spec.getBeta2(),
                spec.getEpsilon(), spec.getWeightDecay(), spec.getSchedule(), spec.getStepEpochs(), spec.getGamma());
    }

    /** The optimiser of a spec with the run's learning-rate override, if any. */
    public static Optimiser of(OptimizerSpec spec, RunConfig config) {
        Double lr = config.overrides().learningRate();
        return lr == null ? new Optimiser(spec)
                : new Optimiser(spec.getKind(), lr, spec.getMomentum(), spec.getBeta1(), spec.getBeta2(), spec.getEpsilon(),
                        spec.getWeightDecay(), spec.getSchedule(), spec.getStepEpochs(), spec.getGamma());
    }

    public Optimiser(OptimizerKind kind, double lr, double momentum, double beta1, double beta2, double epsilon,
                     double weightDecay, Schedule schedule, int stepEpochs, double gamma) {
        this.kind = kind;
        this.lr0 = lr;
        this.momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.schedule = schedule;
        this.stepEpochs = Math.max(1, stepEpochs);
        this.gamma = gamma;
    }

    public OptimizerKind kind() {
        return kind;
    }

    /** Momentum coefficient (MOMENTUM). */
    public double momentum() {
        return momentum;
    }

    /** Weight decay (L2) coefficient. */
    public double weightDecay() {
        return weightDecay;
    }

    /** Learning rate of a (0-based) epoch out of {@code epochs}. */
    public double learningRate(int epoch, int epochs) {
        return switch (schedule) {
            case STEP -> lr0 * Math.pow(gamma, epoch / stepEpochs);
            case COSINE -> lr0 * 0.5 * (1 + Math.cos(Math.PI * epoch / Math.max(1, epochs)));
            default -> lr0;
        };
    }

    /** Number of state arrays a parameter needs (0 SGD, 1 momentum, 2 Adam). */
    public int stateArrays() {
        return switch (kind) {
            case SGD -> 0;
            case MOMENTUM -> 1;
            case ADAM -> 2;
        };
    }

    /**
     * Computes the change of weights [from, to): {@code delta[i] = -lr * direction(grad[i])}; updates
     * the optimiser state {@code s1}, {@code s2} (may be null when not needed). Does not modify
     * {@code w} or {@code grad}.
     */
    public void delta(float[] w, float[] grad, float[] s1, float[] s2, float[] delta, int from, int to, Step step) {
        final float lr = (float) step.learningRate;
        final float wd = (float) weightDecay;
        switch (kind) {
            case SGD -> {
                for (int i = from; i < to; i++) {
                    delta[i] = -lr * (grad[i] + wd * w[i]);
                }
            }
            case MOMENTUM -> {
                final float mu = (float) momentum;
                for (int i = from; i < to; i++) {
                    float v = mu * s1[i] + grad[i] + wd * w[i];
                    s1[i] = v;
                    delta[i] = -lr * v;
                }
            }
            case ADAM -> {
                final float b1 = (float) beta1;
                final float b2 = (float) beta2;
                final float eps = (float) epsilon;
                final float c1 = (float) (1 - Math.pow(beta1, step.optimiserStep));
                final float c2 = (float) (1 - Math.pow(beta2, step.optimiserStep));
                for (int i = from; i < to; i++) {
                    float g = grad[i] + wd * w[i];
                    float m = b1 * s1[i] + (1 - b1) * g;
                    float v = b2 * s2[i] + (1 - b2) * g * g;
                    s1[i] = m;
                    s2[i] = v;
                    delta[i] = -lr * (m / c1) / ((float) Math.sqrt(v / c2) + eps);
                }
            }
        }
    }
}
