package org.spinflow.interpreter;

/**
 * One node of a compiled execution plan. The interpreter never walks EMF objects while it
 * runs: {@link NodeKind#compile} reads the model once and builds an ExecNode holding flat
 * float arrays.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 * <li>{@link #initialise(RunContext)} once per training (or fold): allocates buffers, builds the
 *     node's devices, sets initial learned state (from the model, or by initialisation).
 *     <b>May change state.</b></li>
 * <li>Per mini-batch:
 *   <ol>
 *   <li>{@link #forward(Step, int, int)}: computes {@link #output()} from the input node's output.
 *       Changes only activation buffers, never learned state.</li>
 *   <li>{@link #perturb(Step, int, int)}: the differential perturbation pass, e.g. extra device reads at
 *       z+delta and z-delta. Changes only derivative buffers. A perturbation pass is a forward
 *       pass without a commit.</li>
 *   <li>{@link #backward(Step, int, int, int)}: reads {@link #gradOutput()}, <em>adds</em> the gradient with
 *       respect to each input into that input node's {@code gradOutput()} (so an output feeding
 *       several nodes receives the sum of their gradients) and accumulates parameter gradients.
 *       Changes only gradient buffers.</li>
 *   <li>{@link #commit(Step)}: applies the accumulated gradients through the optimiser.
 *       <b>The only step that changes learned state during training.</b></li>
 *   </ol></li>
 * <li>{@link #wrapUp(WrapUp)} once at the end: writes learned state back to the model
 *     (through the given sink, never directly) and releases resources.</li>
 * </ol>
 * Calls happen in topological order for forward/perturb/commit and in reverse order for backward.
 *
 * <h2>Parallelism</h2>
 * A batch is cut into fixed slices of samples ({@link Step#SLICE} each, independent of the thread
 * count). forward, perturb and backward work on one slice {@code [from, to)} and may run
 * concurrently for different slices; backward accumulates parameter gradients into the
 * slice's own {@code slot}, and commit sums the slots in a fixed order, so results are
 * bit-identical whatever the number of threads. commit runs once per batch and may parallelise
 * internally.
 */
public interface ExecNode {

    /** Model name of the node. */
    String name();

    /** Number of values per sample this node outputs. */
    int outputSize();

    /** Output activations, layout [sample][outputSize], valid for the current batch. */
    float[] output();

    /** Gradient of the loss with respect to {@link #output()}, same layout; zeroed by the plan before backward. */
    float[] gradOutput();

    /** The nodes this node reads from, in connection order (empty for sources). */
    default java.util.List<ExecNode> inputs() {
        return java.util.List.of();
    }

    /** Whether a gradient with respect to this node's output is needed (false for inputs). */
    boolean requiresGrad();

    void initialise(RunContext ctx);

    /** Forward pass of samples [from, to). */
    void forward(Step step, int from, int to);

    /** Perturbation pass of samples [from, to) (after forward). */
    default void perturb(Step step, int from, int to) {
    }

    /** Backward pass of samples [from, to), accumulating parameter gradients into gradient slot {@code slot}. */
    void backward(Step step, int from, int to, int slot);

    default void commit(Step step) {
    }

    default void wrapUp(WrapUp sink) {
    }

    /** Learned state as flat arrays (for checkpoints and reproducibility checks); empty when none. */
    default float[][] state() {
        return new float[0][];
    }

    /** Restores learned state saved by {@link #state()}. */
    default void restore(float[][] state) {
    }
}
