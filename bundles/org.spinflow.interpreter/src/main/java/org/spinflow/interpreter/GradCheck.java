package org.spinflow.interpreter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinflow.data.Dataset;
import org.spinflow.data.Normaliser;
import org.spinflow.data.Splits;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.nodes.CrossbarExec;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;

import java.nio.file.Path;

/**
 * Compares the derivatives of the run's gradient mode (analog central or forward differences,
 * repeated reads, or the nominal device's exact derivative) with the exact derivatives of the same devices, on real batches and the same forward pass, and the weight
 * gradients that result from each. Every report also gives the error of the nominal model
 * ({@code exact-nominal}: the variability-free device's derivative) on the same passes, so the
 * measured and the modelled derivative can be compared. Neuron-derivative points where a device's
 * steady state is not static (a jump, precession or solver failure) at the drive or at drive +/- h are
 * excluded from the derivative comparison (the exact derivative is not defined there) and counted.
 */
public final class GradCheck {

    /**
     * Agreement of one layer: cosine similarity and relative error {@code |a - e| / |e|} of the run's mode
     * and of the nominal model, and the points excluded at discontinuities (neuron derivatives only).
     */
    public record Layer(String name, String kind, double cosine, double relError, double nominalCosine,
                        double nominalRelError, long excluded, long points) {
    }

    /**
     * @param excluded neuron-derivative points excluded at discontinuities (all layers)
     */
    public record Report(GradientMode mode, int batches, List<Layer> layers, double cosineMin, double cosineMean,
                         double relErrorMedian, double nominalCosineMin, double nominalRelErrorMedian, long excluded) {
    }

    private GradCheck() {
    }

    public static Report run(Network network, Path modelDir, RunConfig config, DataSource.Loaded data, int batches) {
        // every mode is measured against the exact derivative of the same devices, exact-nominal included
        // (the derivative of the variability-free device: what a model-based trainer would use)
        Normaliser.Transform tf = data.normaliser().fit(data.train());
        Dataset ds = tf.apply(data.train());
        Map<String, double[]> acc = new LinkedHashMap<>(); // dot, |a|^2, |e|^2, |a-e|^2
        Map<String, double[]> nom = new LinkedHashMap<>(); // the same for the nominal model
        Map<String, long[]> counts = new LinkedHashMap<>(); // excluded, points
        Map<String, String> kinds = new LinkedHashMap<>();
        int batchesRun = 0;
        try (Plan plan = Plan.compile(network, modelDir, config, Optimiser.of(network.getTraining().getOptimizer(), config))) {
            int batch = Math.max(1, config.batchSize());
            plan.initialise(batch, TrainingSession.foldSeed(config, 0));
            int[] order = Splits.shuffle(Splits.range(ds.n()), Keys.mix(config.seed(), 0x6C6CL));
            float[] xs = ds.features();
            int[] ys = ds.labels();
            int nb = Math.min(batches, (ds.n() + batch - 1) / batch);
            batchesRun = nb;
            for (ExecNode n : plan.nodes()) {
                kinds.put(n.name() + (n instanceof MtjExec ? "/derivative" : "/weight-gradient"),
                        n instanceof MtjExec ? "neuron-derivative" : "weight-gradient");
            }
            for (int bi = 0; bi < nb; bi++) {
                int from = bi * batch;
                int to = Math.min(ds.n(), from + batch);
                plan.load(xs, ds.d(), ys, order, from, to);
                plan.forward(Keys.mix(config.seed(), 0x6C6CL, bi));
                int b = to - from;
                Map<String, boolean[]> masks = discontinuities(plan, config, b);
                Map<String, float[]> analog = capture(plan, config.gradient(), b);
                Map<String, float[]> exact = capture(plan, GradientMode.EXACT, b);
                Map<String, float[]> nominal = config.gradient() == GradientMode.EXACT_NOMINAL ? analog
                        : capture(plan, GradientMode.EXACT_NOMINAL, b);
                for (var e : analog.entrySet()) {
                    float[] x = exact.get(e.getKey());
                    boolean[] skip = masks.get(e.getKey());
                    long[] c = counts.computeIfAbsent(e.getKey(), k -> new long[2]);
                    c[1] += x.length;
                    if (skip != null) {
                        for (boolean sk : skip) {
                            c[0] += sk ? 1 : 0;
                        }
                    }
                    add(acc.computeIfAbsent(e.getKey(), k -> new double[4]), e.getValue(), x, skip);
                    add(nom.computeIfAbsent(e.getKey(), k -> new double[4]), nominal.get(e.getKey()), x, skip);
                }
            }
        }
        List<Layer> layers = new ArrayList<>();
        long excluded = 0;
        for (var e : acc.entrySet()) {
            double[] s = e.getValue();
            double[] q = nom.get(e.getKey());
            long[] c = counts.get(e.getKey());
            excluded += c[0];
            layers.add(new Layer(e.getKey(), kinds.get(e.getKey()), s[0] / Math.sqrt(s[1] * s[2]), Math.sqrt(s[3] / s[2]),
                    q[0] / Math.sqrt(q[1] * q[2]), Math.sqrt(q[3] / q[2]), c[0], c[1]));
        }
        double min = layers.stream().mapToDouble(Layer::cosine).min().orElse(Double.NaN);
        double mean = layers.stream().mapToDouble(Layer::cosine).average().orElse(Double.NaN);
        double[] rel = layers.stream().mapToDouble(Layer::relError).sorted().toArray();
        double median = rel.length == 0 ? Double.NaN
                : rel.length % 2 == 1 ? rel[rel.length / 2] : (rel[rel.length / 2 - 1] + rel[rel.length / 2]) / 2;
        double nomMin = layers.stream().mapToDouble(Layer::nominalCosine).min().orElse(Double.NaN);
        return new Report(config.gradient(), batchesRun, layers, min, mean, median, nomMin,
                median(layers.stream().mapToDouble(Layer::nominalRelError).sorted().toArray()), excluded);
    }

    private static double median(double[] v) {
        return v.length == 0 ? Double.NaN
                : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Adds the sums of one comparison, skipping masked points. */
    private static void add(double[] s, float[] a, float[] x, boolean[] skip) {
        for (int i = 0; i < a.length; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            s[0] += (double) a[i] * x[i];
            s[1] += (double) a[i] * a[i];
            s[2] += (double) x[i] * x[i];
            s[3] += (double) (a[i] - x[i]) * (a[i] - x[i]);
        }
    }

    /**
     * Per MTJ layer, the points of the loaded batch where the device's steady state is not static at the
     * drive or at drive +/- h (h the finite-difference step in drive units): there the exact derivative is
     * a spike or undefined, so those points are left out of the derivative comparison.
     */
    private static Map<String, boolean[]> discontinuities(Plan plan, RunConfig config, int batch) {
        Map<String, boolean[]> out = new LinkedHashMap<>();
        for (ExecNode n : plan.nodes()) {
            if (n instanceof MtjExec m) {
                var diag = org.spinflow.devices.DeviceDiagnostics.of(m.device());
                if (diag.isEmpty()) {
                    continue;
                }
                int size = m.outputSize();
                float[] d = m.drives();
                double h = Math.abs(m.settings().inputGain() * config.delta());
                boolean[] mask = new boolean[batch * size];
                for (int k = 0; k < mask.length; k++) {
                    int dev = k % size;
                    mask[k] = diag.get().flag(dev, d[k]) != 0 || diag.get().flag(dev, d[k] + h) != 0
                            || diag.get().flag(dev, d[k] - h) != 0;
                }
                out.put(n.name() + "/derivative", mask);
            }
        }
        return out;
    }

    /** Runs perturbation + backward in the given mode; returns derivatives per MTJ layer and weight gradients per crossbar. */
    private static Map<String, float[]> capture(Plan plan, GradientMode mode, int batch) {
        for (ExecNode n : plan.nodes()) {
            if (n instanceof MtjExec m) {
                m.setMode(mode);
            }
            if (n instanceof CrossbarExec c) {
                c.clearGradient();
            }
        }
        plan.gradients();
        Map<String, float[]> out = new LinkedHashMap<>();
        for (ExecNode n : plan.nodes()) {
            if (n instanceof MtjExec m) {
                out.put(n.name() + "/derivative", java.util.Arrays.copyOf(m.derivatives(), batch * m.outputSize()));
            } else if (n instanceof CrossbarExec c) {
                out.put(n.name() + "/weight-gradient", c.gradient().clone());
            }
        }
        return out;
    }
}
