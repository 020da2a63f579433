package org.spinflow.devices;

/**
 * Double-precision access to the noiseless curve of the nominal (variability-free) device, for
 * transfer-curve export ({@link TransferCurves}) and diagnostics. Optional for device kinds.
 */
public interface NominalCurve {

    /** Noiseless output of the nominal device at drive x. */
    double nominalValue(double x);

    /** Exact derivative of the nominal device's curve at x. */
    double nominalDerivative(double x);

    /** Steady-state flag of the nominal device at x (0 static). */
    int nominalFlag(double x);
}
