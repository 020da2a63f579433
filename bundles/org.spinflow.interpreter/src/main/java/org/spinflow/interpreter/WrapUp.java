package org.spinflow.interpreter;

/** Receives the learned state of nodes at the end of a run (written to the model through a command or a save). */
public interface WrapUp {

    /** Conductance pairs of a crossbar, row-major physical rows (rows, plus the bias row when present) x cols, siemens. */
    void conductances(String node, int rows, int cols, float[] gPlus, float[] gMinus);
}
