package org.spinflow.devices;

/**
 * A population of physical devices (one per neuron) seen as a black box: training may only
 * <em>read</em> a device, never ask it for a derivative. The exact derivative exists only
 * behind {@link DeviceDiagnostics}, for the {@code exact} gradient mode and for gradcheck.
 *
 * <p>Layout: every array is row-major {@code [sample][device]}: element {@code k} belongs to
 * device {@code k % size()}. Drives are in the device's input unit ({@link #inputUnit()}, SI),
 * outputs in its output unit ({@link #outputUnit()}, SI).
 *
 * <p>Implementations are immutable after construction and safe for concurrent reads, except for
 * the state of a {@link ReadHistory} device, which changes only in {@link ReadHistory#advance}
 * (between passes, from one thread), and the recorded state of a {@link CarriedRead} device, which
 * changes only in {@link CarriedRead#carry} (likewise). A {@link TimedRead} device also takes the time
 * of each read.
 */
public interface Device {

    /** Number of devices in the population. */
    int size();

    /** Preset this population was built from. */
    String preset();

    /** Lowest drive the device tables cover (reads below are clamped to it). */
    double inputMin();

    /** Highest drive the device tables cover (reads above are clamped to it). */
    double inputMax();

    /** SI unit of the drive, e.g. "A" or "1" for ideal functions. */
    String inputUnit();

    /** SI unit of the output, e.g. "V" or "1". */
    String outputUnit();

    /**
     * Reads {@code count} outputs. Modifies only {@code out[0..count)}.
     *
     * @param drive     drives, layout {@code [sample][device]}; not modified
     * @param out       receives the outputs, including read noise when noise is enabled
     * @param count     number of reads, a multiple of {@link #size()}
     * @param noiseKey  key of this batch of reads: reads with the same key draw the same noise,
     *                  reads with different keys draw independent noise (counter-based RNG),
     *                  so results never depend on thread scheduling
     */
    void read(float[] drive, float[] out, int count, long noiseKey);

    /** Standard deviation of one read's noise at the given drive for device {@code index}; 0 when noise is off. */
    double readNoiseSigma(int index, double drive);
}
