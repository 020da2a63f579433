package org.spinflow.interpreter;

/** Spinflow's version, recorded in every run's provenance. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
