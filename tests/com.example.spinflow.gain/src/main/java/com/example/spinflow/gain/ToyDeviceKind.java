package com.example.spinflow.gain;

import java.util.List;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceDiagnostics;
import org.spinflow.devices.DeviceException;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Parameters;
import org.spinflow.devices.Preset;

/** A device kind contributed from outside Spinflow: the noiseless soft-sign {@code y = x / (1 + |x|)}. */
public final class ToyDeviceKind implements DeviceKind {
    public static final String ID = "toy";
    public static final String PRESET = "toy-softsign";

    private static final List<Preset> PRESETS = List.of(new Preset(PRESET, ID, "example device kind (tests only)",
            "soft-sign y = x/(1+|x|), noiseless, identical devices", Parameters.neuron(1, 0, 0, 1, 0.01)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Preset> presets() {
        return PRESETS;
    }

    @Override
    public Device create(DeviceSpec spec) {
        for (String k : spec.overrides().keySet()) {
            if (!k.startsWith(Parameters.NEURON)) {
                throw new DeviceException("unknown parameter '" + k + "' for preset '" + PRESET + "' (it has none)");
            }
        }
        return new Softsign(spec.count());
    }

    static final class Softsign implements Device, DeviceDiagnostics {
        private final int size;

        Softsign(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String preset() {
            return PRESET;
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
            readNoiseless(drive, out, count, false);
        }

        @Override
        public double readNoiseSigma(int index, double drive) {
            return 0;
        }

        @Override
        public void derivative(float[] drive, float[] out, int count, boolean nominal) {
            for (int k = 0; k < count; k++) {
                float x = Math.max(-10f, Math.min(10f, drive[k]));
                float d = 1f + Math.abs(x);
                out[k] = Math.abs(drive[k]) > 10f ? 0f : 1f / (d * d);
            }
        }

        @Override
        public void readNoiseless(float[] drive, float[] out, int count, boolean nominal) {
            for (int k = 0; k < count; k++) {
                float x = Math.max(-10f, Math.min(10f, drive[k]));
                out[k] = x / (1f + Math.abs(x));
            }
        }

        @Override
        public int flag(int index, double drive) {
            return 0;
        }
    }

    static Map<String, Double> none() {
        return Map.of();
    }
}
