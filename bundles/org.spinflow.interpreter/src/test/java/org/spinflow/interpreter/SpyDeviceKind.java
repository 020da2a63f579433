package org.spinflow.interpreter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Preset;

/** A tanh device that counts how it is used, registered for tests through META-INF/services. */
public final class SpyDeviceKind implements DeviceKind {
    static final AtomicLong READS = new AtomicLong();
    static final AtomicLong DERIVATIVES = new AtomicLong();

    @Override
    public String id() {
        return "spy";
    }

    @Override
    public List<Preset> presets() {
        return List.of(new Preset("spy-tanh", "spy", "test double", "tanh that counts reads and derivative calls",
                Map.of("neuron.inputGain", 1.0, "neuron.inputOffset", 0.0, "neuron.outputReference", 0.0,
                        "neuron.outputGain", 1.0)));
    }

    @Override
    public Device create(DeviceSpec spec) {
        return new Spy(spec.count());
    }

    static final class Spy implements Device, DeviceDiagnostics {
        private final int size;

        Spy(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String preset() {
            return "spy-tanh";
        }

        @Override
        public double inputMin() {
            return -10;
        }

        @Override
        public double inputMax() {
            return 10;
        }

        @Override
        public String inputUnit() {
            return "1";
        }

        @Override
        public String outputUnit() {
            return "1";
        }

        @Override
        public void read(float[] drive, float[] out, int count, long noiseKey) {
            READS.addAndGet(count);
            for (int i = 0; i < count; i++) {
                out[i] = (float) Math.tanh(drive[i]);
            }
        }

        @Override
        public double readNoiseSigma(int index, double drive) {
            return 0;
        }

        @Override
        public void derivative(float[] drive, float[] out, int count, boolean nominal) {
            DERIVATIVES.addAndGet(count);
            for (int i = 0; i < count; i++) {
                double t = Math.tanh(drive[i]);
                out[i] = (float) (1 - t * t);
            }
        }

        @Override
        public void readNoiseless(float[] drive, float[] out, int count, boolean nominal) {
            read(drive, out, count, 0);
        }

        @Override
        public int flag(int index, double drive) {
            return 0;
        }
    }
}
