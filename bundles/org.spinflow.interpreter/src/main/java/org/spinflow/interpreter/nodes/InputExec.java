package org.spinflow.interpreter.nodes;

import org.spinflow.interpreter.Step;

/**
 * Input layer: holds the batch's normalised features. The crossbars compute in normalised
 * units (drive / driveScale), so the physical drive scale does not enter the arithmetic.
 */
public final class InputExec extends AbstractExecNode {

    public InputExec(String name, int features) {
        super(name, null, features);
    }

    @Override
    public boolean requiresGrad() {
        return false;
    }

    /** Where the loaded batch's features come from (read only), or null: see {@link #source}. */
    private float[] source;
    private int[] sourceIdx;
    private int sourceFrom;

    /**
     * Names the rows the loaded batch's features are copied from: sample b of the batch is row
     * {@code idx[from + b]} of {@code x} (the plan's {@code load}); null when the features are put into
     * {@link #output()} some other way.
     */
    public void source(float[] x, int[] idx, int from) {
        this.source = x;
        this.sourceIdx = idx;
        this.sourceFrom = from;
    }

    /**
     * {@link org.spinflow.interpreter.kernel.Kernels#sumSquares} of samples [from, to) of {@link #output()}
     * (the same bits), read from the {@link #source} rows when there are some: they are never written, so the
     * thread that asks reads them without taking cache lines another thread has just written (with the first
     * crossbar's forward pass split between threads, each writes its own columns of the features).
     */
    public double sumSquares(int from, int to) {
        final int d = outputSize();
        if (source == null) {
            return org.spinflow.interpreter.kernel.Kernels.sumSquares(output(), from * d, to * d);
        }
        return org.spinflow.interpreter.kernel.Kernels.sumSquaresRows(source, sourceIdx, sourceFrom + from, to - from, d);
    }

    /** The plan copies the batch features into {@link #output()} before forward. */
    @Override
    public void forward(Step step, int from, int to) {
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
    }
}
