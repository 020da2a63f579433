package org.spinflow.glsp.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinflow.data.Dataset;
import org.spinflow.devices.TransferCurves;
import org.spinflow.interpreter.nodes.MtjDeviceParameters;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.ModelIO;

/**
 * The transfer curve of an MTJ neuron array of a saved model (the file on disk, not the editor's unsaved
 * state): the nominal device curve of its preset with the node's knobs and parameters, and its operating
 * points, the device drives of one forward pass over at most {@value #MAX_SAMPLES} training samples.
 * Served as JSON by {@link StudioServlet} at {@code /api/transfer-curve?model=REL&node=NAME}.
 */
public final class TransferCurveService {
    static final int MAX_SAMPLES = 256;
    static final int CURVE_POINTS = 121;
    /** Scatter points sent to the browser. */
    static final int MAX_SCATTER = 400;

    private TransferCurveService() {
    }

    /** Thrown when the request names no MTJ neuron array of the model (answered with 404). */
    public static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    /** Loads {@code file} and computes the curve of its MTJ neuron array {@code nodeName}. */
    public static Map<String, Object> forFile(Path file, String nodeName) {
        if (!Files.isRegularFile(file)) {
            throw new NotFound("no such model");
        }
        Network network = ModelIO.load(file);
        for (Node n : network.getNodes()) {
            if (n.getName() != null && n.getName().equals(nodeName)) {
                if (n instanceof MtjNeuronArray m) {
                    Map<String, Object> out = compute(network, m, file.toAbsolutePath().getParent());
                    out.put("node", nodeName);
                    return out;
                }
                throw new NotFound("'" + nodeName + "' is not an MTJ neuron array");
            }
        }
        throw new NotFound("no node '" + nodeName + "' in the saved model");
    }

    /** The curve and operating points of node {@code m} of {@code network} as a JSON-ready map. */
    public static Map<String, Object> compute(Network network, MtjNeuronArray m, Path modelDir) {
        Map<String, Object> out = new LinkedHashMap<>();
        // device parameters exactly as the interpreter maps them
        MtjDeviceParameters params = MtjDeviceParameters.of(network, m);
        String preset = params.preset();
        Map<String, Double> overrides = params.overrides();
        Map<String, String> text = params.text();
        out.put("preset", m.getPreset());
        out.put("overrides", overrides);

        // operating points: a forward pass of the current model over a subset of its training data
        double lo = Double.NaN;
        double hi = Double.NaN;
        float[] drives = null;
        float[] volts = null;
        int n = 0;
        int size = m.getSize();
        try {
            Ops ops = operatingPoints(network, m.getName(), modelDir);
            drives = ops.drives;
            volts = ops.volts;
            n = ops.samples;
            lo = ops.deviceMin;
            hi = ops.deviceMax;
        } catch (RuntimeException e) {
            out.put("reason", "no operating points: " + e.getMessage());
        }
        if (drives != null) {
            double dmin = Double.POSITIVE_INFINITY;
            double dmax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n * size; k++) {
                dmin = Math.min(dmin, drives[k]);
                dmax = Math.max(dmax, drives[k]);
            }
            double margin = 0.05 * Math.max(dmax - dmin, 1e-30);
            lo = Double.isFinite(lo) ? Math.min(lo, dmin - margin) : dmin - margin;
            hi = Double.isFinite(hi) ? Math.max(hi, dmax + margin) : dmax + margin;
        }
        TransferCurves.Curve c;
        if (Double.isFinite(lo) && Double.isFinite(hi) && hi > lo) {
            c = TransferCurves.nominal(preset, lo, hi, CURVE_POINTS, overrides, text, modelDir);
        } else {
            TransferCurves.Curve r = TransferCurves.nominal(preset);
            c = TransferCurves.nominal(preset, r.x()[0], r.x()[r.x().length - 1], CURVE_POINTS, overrides, text, modelDir);
        }
        out.put("inputUnit", c.inputUnit());
        out.put("outputUnit", c.outputUnit());
        out.put("x", round(c.x()));
        out.put("y", round(c.y()));
        if (drives != null) {
            out.put("samples", n);
            out.put("neurons", size);
            // per-neuron min / median / max drive
            List<double[]> stats = new ArrayList<>();
            float[] col = new float[n];
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < n; i++) {
                    col[i] = drives[i * size + j];
                }
                float[] s = Arrays.copyOf(col, n);
                Arrays.sort(s);
                double med = n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
                stats.add(new double[] {r(s[0]), r(med), r(s[n - 1]), r(interpolate(c, med))});
            }
            out.put("perNeuron", stats);
            // a scatter of (drive, read output) points, subsampled to at most MAX_SCATTER
            int total = n * size;
            int stride = Math.max(1, (total + MAX_SCATTER - 1) / MAX_SCATTER);
            List<double[]> pts = new ArrayList<>();
            for (int k = 0; k < total; k += stride) {
                double v = volts != null ? volts[k] : interpolate(c, drives[k]);
                pts.add(new double[] {r(drives[k]), r(v)});
            }
            out.put("points", pts);
        }
        return out;
    }

    private record Ops(float[] drives, float[] volts, int samples, double deviceMin, double deviceMax) {
    }

    private static Ops operatingPoints(Network live, String nodeName, Path modelDir) {
        if (live.getTraining() == null) {
            throw new IllegalStateException("the model has no training specification");
        }
        Network network = live;
        org.spinflow.interpreter.TrainingSession session = org.spinflow.interpreter.TrainingSession.of(network, modelDir,
                new org.spinflow.interpreter.TrainingSession.Overrides(null, null, null, null, 1), null);
        DataSource.Loaded data = session.data();
        Dataset all = data.train();
        int n = Math.min(MAX_SAMPLES, all.n());
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = (int) ((long) i * all.n() / n); // evenly spread over the data, deterministic
        }
        Dataset sub = data.normaliser().fit(all).apply(all.subset(idx));
        RunConfig cfg = session.config();
        try (Plan plan = session.compile()) {
            plan.initialise(Math.max(n, 64), org.spinflow.interpreter.TrainingSession.foldSeed(cfg, 0));
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            plan.load(sub.features(), sub.d(), sub.labels(), order, 0, n);
            plan.forward(Keys.mix(cfg.seed(), 0x0CF0L));
            for (ExecNode e : plan.nodes()) {
                if (e instanceof MtjExec mx && mx.name().equals(nodeName)) {
                    int size = mx.outputSize();
                    float[] d = Arrays.copyOf(mx.drives(), n * size);
                    float[] v = null;
                    double og = mx.settings().outputGain();
                    if (og != 0) {
                        float[] o = mx.output();
                        v = new float[n * size];
                        for (int k = 0; k < n * size; k++) {
                            v[k] = (float) (o[k] / og + mx.settings().outputReference());
                        }
                    }
                    return new Ops(d, v, n, mx.device().inputMin(), mx.device().inputMax());
                }
            }
        }
        throw new IllegalStateException("node '" + nodeName + "' is not in the compiled network");
    }

    private static double interpolate(TransferCurves.Curve c, double x) {
        double[] xs = c.x();
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return c.y()[i];
        }
        int k = -i - 1;
        if (k <= 0) {
            return c.y()[0];
        }
        if (k >= xs.length) {
            return c.y()[xs.length - 1];
        }
        double t = (x - xs[k - 1]) / (xs[k] - xs[k - 1]);
        return c.y()[k - 1] + t * (c.y()[k] - c.y()[k - 1]);
    }

    private static double r(double v) {
        return Double.isFinite(v) ? Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", v)) : 0.0;
    }

    private static double[] round(double[] a) {
        double[] o = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = r(a[i]);
        }
        return o;
    }
}
