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
 * gradients that result from each.
 */
public final class GradCheck {

    /** Agreement of one layer: cosine similarity and relative error {@code |a - e| / |e|}. */
    public record Layer(String name, String kind, double cosine, double relError) {
    }

    public record Report(GradientMode mode, int batches, List<Layer> layers, double cosineMin, double cosineMean,
                         double relErrorMedian) {
    }

    private GradCheck() {
    }

    public static Report run(Network network, Path modelDir, RunConfig config, DataSource.Loaded data, int batches) {
        // every mode is measured against the exact derivative of the same devices, exact-nominal included
        // (the derivative of the variability-free device: what a model-based trainer would use)
        Normaliser.Transform tf = data.normaliser().fit(data.train());
        Dataset ds = tf.apply(data.train());
        Map<String, double[]> acc = new LinkedHashMap<>(); // dot, |a|^2, |e|^2, |a-e|^2
        Map<String, String> kinds = new LinkedHashMap<>();
        int batchesRun = 0;
        try (Plan plan = Plan.compile(network, modelDir, config, new Optimiser(network.getTraining().getOptimizer()))) {
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
                Map<String, float[]> analog = capture(plan, config.gradient(), b);
                Map<String, float[]> exact = capture(plan, GradientMode.EXACT, b);
                for (var e : analog.entrySet()) {
                    float[] a = e.getValue();
                    float[] x = exact.get(e.getKey());
                    double[] s = acc.computeIfAbsent(e.getKey(), k -> new double[4]);
                    for (int i = 0; i < a.length; i++) {
                        s[0] += (double) a[i] * x[i];
                        s[1] += (double) a[i] * a[i];
                        s[2] += (double) x[i] * x[i];
                        s[3] += (double) (a[i] - x[i]) * (a[i] - x[i]);
                    }
                }
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (var e : acc.entrySet()) {
            double[] s = e.getValue();
            double cos = s[0] / Math.sqrt(s[1] * s[2]);
            layers.add(new Layer(e.getKey(), kinds.get(e.getKey()), cos, Math.sqrt(s[3] / s[2])));
        }
        double min = layers.stream().mapToDouble(Layer::cosine).min().orElse(Double.NaN);
        double mean = layers.stream().mapToDouble(Layer::cosine).average().orElse(Double.NaN);
        double[] rel = layers.stream().mapToDouble(Layer::relError).sorted().toArray();
        double median = rel.length == 0 ? Double.NaN
                : rel.length % 2 == 1 ? rel[rel.length / 2] : (rel[rel.length / 2 - 1] + rel[rel.length / 2]) / 2;
        return new Report(config.gradient(), batchesRun, layers, min, mean, median);
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
