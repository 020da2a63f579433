package org.spinflow.devices.hardware;

/**
 * Per-operation energy and time constants of the simulated hardware and of the digital reference
 * (docs/PHYSICS.md section H, where each value's source or assumption is given). All SI.
 *
 * <p>An MTJ read integrates for {@link #MTJ_READ_TIME} with the read current through the junction
 * and, in F-mode, the drive current through the field line; its energy is
 * {@code (I_read * V_read + I_L^2 * R_line) * t_int} ({@link #mtjReadEnergy}). A crossbar read of one
 * sample applies row voltages {@code V_row * x_i} for {@link #CROSSBAR_READ_TIME}; its energy is
 * {@code sum_ij (G+_ij + G-_ij) (V_row x_i)^2 t} ({@link #crossbarReadEnergy}). A write is one
 * programming pulse on one device ({@link #WRITE_ENERGY}, {@link #WRITE_TIME}); a crossbar is
 * programmed row by row, all columns of a row in parallel.
 */
public final class OperationCosts {

    /** Integration time of one MTJ read (s): the t_int of the read-noise budget, docs/PHYSICS.md C. */
    public static final double MTJ_READ_TIME = 1e-6;
    /** Read current of the F-mode neuron (A), docs/PHYSICS.md A.6. */
    public static final double MTJ_READ_CURRENT = 100e-6;
    /** Read voltage of the default neuron at x = 0 (V), docs/PHYSICS.md E8 (60.4 mV). */
    public static final double MTJ_READ_VOLTAGE = 0.0604;
    /** Field-line resistance (ohm): an assumption (section H), a short Cu line plus its access path. */
    public static final double FIELD_LINE_RESISTANCE = 10.0;
    /** Row read voltage of a crossbar at |x| = 1 (V), the usual sub-threshold read of oxide RRAM (section H). */
    public static final double CROSSBAR_ROW_VOLTAGE = 0.2;
    /** Crossbar read (integration) time per sample (s), section H. */
    public static final double CROSSBAR_READ_TIME = 100e-9;
    /** Energy of one programming pulse on one synaptic device (J), section H. */
    public static final double WRITE_ENERGY = 10e-12;
    /** Duration of one programming pulse (s), section H. */
    public static final double WRITE_TIME = 100e-9;
    /** Energy of one 32-bit floating-point multiply-accumulate in 45 nm CMOS (J): 3.7 pJ + 0.9 pJ, section H. */
    public static final double DIGITAL_MAC_ENERGY_FP32 = 4.6e-12;
    /** Energy of one 8-bit integer multiply-accumulate in 45 nm CMOS (J): 0.2 pJ + 0.03 pJ, section H. */
    public static final double DIGITAL_MAC_ENERGY_INT8 = 0.23e-12;

    private OperationCosts() {
    }

    /**
     * Energy of one MTJ read (J).
     *
     * @param fieldLineCurrent the drive through the field line (A); 0 for J-mode and unitless devices
     */
    public static double mtjReadEnergy(double fieldLineCurrent) {
        return (MTJ_READ_CURRENT * MTJ_READ_VOLTAGE + fieldLineCurrent * fieldLineCurrent * FIELD_LINE_RESISTANCE)
                * MTJ_READ_TIME;
    }

    /**
     * Energy of {@code samples} crossbar reads (J).
     *
     * @param sumX2          sum over the samples and rows of x_i^2 (normalised inputs)
     * @param meanPairG      mean over the array of G+ + G- (S)
     * @param cols           columns
     */
    public static double crossbarReadEnergy(double sumX2, double meanPairG, int cols) {
        return sumX2 * cols * meanPairG * CROSSBAR_ROW_VOLTAGE * CROSSBAR_ROW_VOLTAGE * CROSSBAR_READ_TIME;
    }
}
