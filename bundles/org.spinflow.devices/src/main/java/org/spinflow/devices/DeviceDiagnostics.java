package org.spinflow.devices;

/**
 * Diagnostic access to the model behind a {@link Device}: the exact, noiseless derivative.
 * Used only by the {@code exact} gradient mode (a comparison baseline) and by gradcheck;
 * analog training never sees this interface.
 */
public interface DeviceDiagnostics {

    /**
     * Exact derivative d(output)/d(drive) of the noiseless curve at each drive.
     *
     * @param nominal when true, the derivative of the nominal (variability-free) device for
     *                every index: the "oversimplified model" a model-based trainer would use
     */
    void derivative(float[] drive, float[] out, int count, boolean nominal);

    /** Noiseless output of device {@code k % size} (nominal device when {@code nominal}). */
    void readNoiseless(float[] drive, float[] out, int count, boolean nominal);

    /** Steady-state flag at this drive for device {@code index}: 0 static, 1 jump, 2 precession, 3 failure. */
    int flag(int index, double drive);

    /** The diagnostics of a device, if its implementation offers them. */
    static java.util.Optional<DeviceDiagnostics> of(Device device) {
        return device instanceof DeviceDiagnostics d ? java.util.Optional.of(d) : java.util.Optional.empty();
    }
}
