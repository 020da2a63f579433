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

    /** The plan copies the batch features into {@link #output()} before forward. */
    @Override
    public void forward(Step step, int from, int to) {
    }

    @Override
    public void backward(Step step, int from, int to, int slot) {
    }
}
