package org.spinflow.instrument;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceBackend;

/**
 * A neuron array's devices on an instrument: every {@link #read} is one batched measurement
 * (as few transactions as the instrument allows) of all requested samples and devices. Drives are
 * clamped to the nominal preset's range like simulated reads; the noise key is ignored (the noise
 * is the hardware's). Ranges, units and {@link #readNoiseSigma} (an estimate) come from the nominal
 * model.
 */
public final class InstrumentDevice implements Device, DeviceBackend.Backed {
    private final String node;
    private final Device nominal;
    private final int[] channels;
    private final Instrument instrument;

    InstrumentDevice(String node, Device nominal, int[] channels, Instrument instrument) {
        this.node = node;
        this.nominal = nominal;
        this.channels = channels.clone();
        this.instrument = instrument;
    }

    @Override
    public Device nominal() {
        return nominal;
    }

    public String node() {
        return node;
    }

    public int[] channels() {
        return channels.clone();
    }

    public Instrument instrument() {
        return instrument;
    }

    @Override
    public int size() {
        return channels.length;
    }

    @Override
    public String preset() {
        return nominal.preset();
    }

    @Override
    public double inputMin() {
        return nominal.inputMin();
    }

    @Override
    public double inputMax() {
        return nominal.inputMax();
    }

    @Override
    public String inputUnit() {
        return nominal.inputUnit();
    }

    @Override
    public String outputUnit() {
        return nominal.outputUnit();
    }

    @Override
    public void read(float[] drive, float[] out, int count, long noiseKey) {
        float lo = (float) nominal.inputMin();
        float hi = (float) nominal.inputMax();
        float[] currents = new float[count];
        for (int k = 0; k < count; k++) {
            float d = drive[k];
            currents[k] = d < lo ? lo : d > hi ? hi : d; // NaN stays NaN and is refused by the limit check
        }
        instrument.measure(channels, currents, count, out);
    }

    @Override
    public double readNoiseSigma(int index, double drive) {
        return nominal.readNoiseSigma(index, drive);
    }
}
