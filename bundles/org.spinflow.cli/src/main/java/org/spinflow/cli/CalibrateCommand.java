package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spinflow.devices.DeviceSpec;
import org.spinflow.instrument.Instrument;
import org.spinflow.instrument.InstrumentBackend;
import org.spinflow.instrument.InstrumentDevice;
import org.spinflow.interpreter.nodes.MtjDeviceParameters;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.io.AtomicFiles;
import org.spinflow.model.io.ModelIO;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spinflow calibrate MODEL} (simulated devices): the per-device calibration pass of
 * docs/PHYSICS.md I (reads of every device at two reference inputs; per-device output reference
 * and gain) recorded in each MTJ array's {@code <calibration>} element for the run seed.
 *
 * <p>{@code spinflow calibrate MODEL --instrument ADDR}: measures every MTJ device's transfer curve
 * through the instrument (a sweep over the array's drive range, batched, averaged over repeats) and
 * stores it in the model as a tabulated curve: one CSV per array (one column per device) next to
 * the written model, the array switched to preset {@code tabulated} with the measured read-noise
 * sigma. The neuron mapping then derives from the measured curves.
 */
@Command(name = "calibrate", description = "Calibrate each MTJ device: without --instrument, per-device offset and gain of the simulated devices (reads at reference inputs) recorded in the model; with --instrument, measure each device's transfer curve into the model (tabulated curves).")
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The .spinflow model file.")
    Path model;

    @Mixin
    InstrumentOptions instrument;

    @Option(names = "--points", paramLabel = "N", defaultValue = "41", description = "Drive points per curve. Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "4", description = "Readings averaged per point. Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the calibrated model here (default: the model file itself), atomically.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--seed", paramLabel = "S", description = "Without --instrument: run seed of the simulated devices to calibrate (default: the model's).")
    Long seed;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!instrument.given()) {
            return simulated(stdout, err);
        }
        if (points < 4 || points > 10_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--points must be 4..10000");
        }
        if (repeats < 1 || repeats > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeats must be 1..1000");
        }
        org.spinflow.model.io.FileStamp loadedStamp = org.spinflow.model.io.FileStamp.of(model);
        Network network = ModelFiles.loadValid(model, err, ModelFiles.NO_DATA_CHECK);
        Path target = out != null ? out : model;
        Path dir = ModelFiles.dir(target);
        String base = target.getFileName().toString().replaceFirst("\\.spinflow$", "");
        List<Map<String, Object>> arrays = new ArrayList<>();
        try (Instrument inst = instrument.open()) {
            InstrumentBackend backend = new InstrumentBackend(inst);
            for (Node node : network.getNodes()) {
                if (!(node instanceof MtjNeuronArray m)) {
                    continue;
                }
                MtjDeviceParameters p = MtjDeviceParameters.of(network, m);
                InstrumentDevice d;
                try {
                    d = (InstrumentDevice) backend.create(m.getName(), new DeviceSpec(p.preset(), p.overrides(), m.getSize(), 1L, 0L,
                            0.0, false, ModelFiles.dir(model)), p.text());
                } catch (org.spinflow.devices.DeviceException e) {
                    throw new CliException(model + ": node '" + m.getName() + "': " + e.getMessage());
                }
                arrays.add(calibrate(m, d, dir, base));
            }
            if (arrays.isEmpty()) {
                throw new CliException(model + ": the model has no MTJ neuron array to calibrate");
            }
            if (java.nio.file.Files.exists(target) && java.nio.file.Files.isSameFile(target, model)) {
                try {
                    ModelIO.saveIfUnchanged(network, target, loadedStamp);
                } catch (org.spinflow.model.io.ModelChangedException e) {
                    throw new CliException(target + ": changed on disk during the calibration; it was not overwritten (the"
                            + " measured curves are in the CSV files beside it; run calibrate again or pass --out FILE)");
                }
            } else {
                ModelIO.save(network, target);
            }
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("model", model.toString());
                o.put("out", target.toString());
                o.put("arrays", arrays);
                o.put("instrument", InstrumentOptions.json(inst, 0));
                stdout.println(Json.of(o));
            } else {
                for (Map<String, Object> a : arrays) {
                    stdout.printf(Locale.ROOT, "%s: %d devices, %d points x %d readings, read noise %.3g V, curves in %s%n", a.get("node"),
                            a.get("devices"), points, repeats, (Double) a.get("noise_sigma"), a.get("file"));
                }
                Instrument.Stats s = inst.stats();
                stdout.printf(Locale.ROOT, "calibrated model written to %s (%d readings in %d transactions, %.2f s on the instrument)%n",
                        target, s.reads(), s.transactions(), s.seconds());
            }
        }
        stdout.flush();
        return Main.OK;
    }

    /** The per-device offset and gain calibration of the simulated devices, recorded in the model. */
    private Integer simulated(PrintWriter stdout, PrintWriter err) throws java.io.IOException {
        if (repeats < 1 || repeats > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeats must be 1..1000");
        }
        org.spinflow.model.io.FileStamp loadedStamp = org.spinflow.model.io.FileStamp.of(model);
        Network network = ModelFiles.loadValid(model, err, ModelFiles.NO_DATA_CHECK);
        if (network.getTraining() == null) {
            throw new CliException(model + ": the model has no training specification (it gives the run seed of the devices)");
        }
        if (network.getNodes().stream().noneMatch(n -> n instanceof MtjNeuronArray)) {
            throw new CliException(model + ": the model has no MTJ neuron array to calibrate");
        }
        Path target = out != null ? out : model;
        org.spinflow.interpreter.RunConfig cfg = org.spinflow.interpreter.TrainingSession.of(network, ModelFiles.dir(model),
                new org.spinflow.interpreter.TrainingSession.Overrides(null, null, seed, null, null), null).config();
        Map<String, org.spinflow.devices.calibration.NeuronCalibration> cal = org.spinflow.interpreter.CalibrationPass.run(
                network, ModelFiles.dir(model), cfg, repeats);
        if (java.nio.file.Files.exists(target) && java.nio.file.Files.isSameFile(target, model)) {
            try {
                ModelIO.saveIfUnchanged(network, target, loadedStamp);
            } catch (org.spinflow.model.io.ModelChangedException e) {
                throw new CliException(target + ": changed on disk during the calibration; it was not overwritten (run"
                        + " calibrate again or pass --out FILE)");
            }
        } else {
            ModelIO.save(network, target);
        }
        List<Map<String, Object>> arrays = new ArrayList<>();
        for (var e : cal.entrySet()) {
            float[] g = e.getValue().gains();
            float[] r = e.getValue().references();
            double gMin = Double.MAX_VALUE, gMax = -Double.MAX_VALUE, rMin = Double.MAX_VALUE, rMax = -Double.MAX_VALUE;
            for (int i = 0; i < g.length; i++) {
                gMin = Math.min(gMin, g[i]);
                gMax = Math.max(gMax, g[i]);
                rMin = Math.min(rMin, r[i]);
                rMax = Math.max(rMax, r[i]);
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("node", e.getKey());
            a.put("devices", g.length);
            a.put("gain_min", gMin);
            a.put("gain_max", gMax);
            a.put("reference_min", rMin);
            a.put("reference_max", rMax);
            arrays.add(a);
        }
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", model.toString());
            o.put("out", target.toString());
            o.put("seed", cfg.seed());
            o.put("repeats", repeats);
            o.put("arrays", arrays);
            stdout.println(Json.of(o));
        } else {
            for (Map<String, Object> a : arrays) {
                stdout.printf(Locale.ROOT, "%s: %d devices, gain %.4g..%.4g, reference %.4g..%.4g%n", a.get("node"), a.get("devices"),
                        (Double) a.get("gain_min"), (Double) a.get("gain_max"), (Double) a.get("reference_min"),
                        (Double) a.get("reference_max"));
            }
            stdout.printf(Locale.ROOT, "calibrated model (seed %d, %d reads per reference input) written to %s%n", cfg.seed(),
                    repeats, target);
        }
        stdout.flush();
        return Main.OK;
    }

    private Map<String, Object> calibrate(MtjNeuronArray m, InstrumentDevice d, Path dir, String base) throws java.io.IOException {
        int n = d.size();
        double lo = d.inputMin();
        double hi = d.inputMax();
        float[] drive = new float[points * n];
        double[] x = new double[points];
        for (int q = 0; q < points; q++) {
            x[q] = lo + (hi - lo) * q / (points - 1);
            java.util.Arrays.fill(drive, q * n, (q + 1) * n, (float) x[q]);
        }
        double[] sum = new double[points * n];
        double[] sq = new double[points * n];
        float[] v = new float[points * n];
        for (int r = 0; r < repeats; r++) {
            d.read(drive, v, points * n, r);
            for (int k = 0; k < v.length; k++) {
                sum[k] += v[k];
                sq[k] += (double) v[k] * v[k];
            }
        }
        double var = 0;
        for (int k = 0; k < sum.length && repeats > 1; k++) {
            double mean = sum[k] / repeats;
            var += Math.max(0, (sq[k] - repeats * mean * mean) / (repeats - 1));
        }
        double sigma = repeats > 1 ? Math.sqrt(var / sum.length) : 0;
        int[] ch = d.channels();
        StringBuilder csv = new StringBuilder();
        csv.append("# transfer curves of '").append(m.getName()).append("' measured by spinflow calibrate on ")
                .append(d.instrument().identification()).append("; ").append(repeats).append(" readings per point\n");
        csv.append("current_A");
        for (int c : ch) {
            csv.append(",ch").append(c).append("_V");
        }
        csv.append('\n');
        for (int q = 0; q < points; q++) {
            csv.append(String.format(Locale.ROOT, "%.9g", x[q]));
            for (int i = 0; i < n; i++) {
                csv.append(',').append(String.format(Locale.ROOT, "%.9g", sum[q * n + i] / repeats));
            }
            csv.append('\n');
        }
        String file = base + "." + m.getName() + ".iv.csv";
        AtomicFiles.writeString(dir.resolve(file), csv.toString());
        // the array now reads its measured curves
        m.setPreset("tabulated");
        for (org.eclipse.emf.ecore.EAttribute a : List.of(SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_FIELD,
                SpinflowPackage.Literals.MTJ_NEURON_ARRAY__BIAS_ANGLE, SpinflowPackage.Literals.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE,
                SpinflowPackage.Literals.MTJ_NEURON_ARRAY__READ_CURRENT)) {
            m.eUnset(a);
        }
        m.getParameters().removeIf(p -> !(p.getText() != null && !p.getText().isEmpty() && p.getName().startsWith("instrument.")));
        m.getParameters().add(parameter("file", null, file));
        m.getParameters().add(parameter("noiseSigma", sigma, null));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("node", m.getName());
        o.put("devices", n);
        List<Integer> chs = new ArrayList<>();
        for (int c : ch) {
            chs.add(c);
        }
        o.put("channels", chs);
        o.put("points", points);
        o.put("repeats", repeats);
        o.put("noise_sigma", sigma);
        o.put("file", file);
        return o;
    }

    private static Parameter parameter(String name, Double value, String text) {
        Parameter p = SpinflowFactory.eINSTANCE.createParameter();
        p.setName(name);
        if (value != null) {
            p.setValue(value);
        }
        if (text != null) {
            p.setText(text);
        }
        return p;
    }
}
