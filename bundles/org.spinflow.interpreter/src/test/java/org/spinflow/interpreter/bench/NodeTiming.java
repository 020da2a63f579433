package org.spinflow.interpreter.bench;

import java.util.Arrays;
import java.util.List;

import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.Optimiser;
import org.spinflow.interpreter.Plan;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Step;
import org.spinflow.interpreter.kernel.Keys;
import org.spinflow.interpreter.nodes.MtjExec;
import org.spinflow.interpreter.nodes.ReadoutExec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingSpec;

/**
 * Node by node time of a training step at 1 thread (batch 32, momentum SGD, as {@code spinflow bench}): the
 * step of {@link Plan#trainStep} and {@link Plan#commit} taken apart in the same order (per slice every node's
 * forward, the readout, every node's perturbation, the backward passes; then every node's commit), each call
 * timed on the wall clock; prints per node and phase the 25th percentile and median over the timed steps (after
 * as many warm-up steps), in us per step. Shows where an analog step spends what an exact one does not. Arguments:
 * modes ({@code exact,analog-central}), shape ({@code 784-256-10}), steps (3000); MNIST from {@code -Dmnist=DIR}
 * (the first 8,192 training images). Run with the classpath of {@link InterpreterBenchmark}:
 * {@code java -Dmnist=... -cp ... org.spinflow.interpreter.bench.NodeTiming exact,analog-central 784-256-10 3000}.
 */
public final class NodeTiming {

    private NodeTiming() {
    }

    public static void main(String[] args) throws Exception {
        String[] a = {args.length > 0 ? args[0] : "exact,analog-central", args.length > 1 ? args[1] : "784-256-10",
                args.length > 2 ? args[2] : "3000"};
        String modes = a[0]; String shape = a[1]; int steps = Integer.parseInt(a[2]);
        String[] p = shape.split("-");
        int in = Integer.parseInt(p[0]), outN = Integer.parseInt(p[p.length - 1]);
        int[] hidden = BenchNetworks.hidden(shape);
        int batch = 32;
        org.spinflow.data.Dataset raw = org.spinflow.data.IdxDatasets.loadDir(java.nio.file.Path.of(System.getProperty("mnist", "../shared/data/mnist")), true).head(8192);
        org.spinflow.data.Dataset ds = org.spinflow.data.Normaliser.SCALE255.fit(raw).apply(raw);
        float[] data = ds.features(); int[] labels = ds.labels();
        int samples = labels.length;
        for (String mode : modes.split(",")) {
            GradientMode g = GradientMode.get(mode);
            Network n = BenchNetworks.mlp(g, in, hidden, outN, batch);
            TrainingSpec ts = n.getTraining();
            Plan plan = Plan.compile(n, null, new RunConfig(g, 0.1, 1, 1, batch, 1, true, true), new Optimiser(ts.getOptimizer()));
            plan.initialise(batch, 1);
            List<ExecNode> order = plan.nodes();
            ReadoutExec ro = plan.readout();
            Step st = plan.step();
            int N = order.size();
            // [phase][node][step]: phase 0 forward, 1 perturb, 2 backward, 3 commit
            long[][][] t = new long[4][N + 1][steps];
            long[] total = new long[steps];
            int[] lab = new int[batch];
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < steps; s++) {
                    long stepNo = (long) pass * steps + s;
                    int from = (int) ((stepNo * batch) % (samples - batch));
                    for (int q = 0; q < 3; q++) for (int i = 0; i <= N; i++) t[q][i][s] = 0;
                    long T0 = System.nanoTime();
                    st.batch = batch; st.counter = Keys.mix(0, stepNo); st.training = true;
                    for (int k = 0; k < batch; k++) lab[k] = labels[from + k];
                    for (ExecNode x : order) if (x instanceof MtjExec m) m.atStep(st.optimiserStep);
                    for (int sl = 0; sl < batch / Step.SLICE; sl++) {
                        int f0 = sl * Step.SLICE, f1 = f0 + Step.SLICE;
                        System.arraycopy(data, from * in + f0 * in, order.get(0).output(), f0 * in, Step.SLICE * in);
                        for (int i = 0; i < N; i++) { long a0 = System.nanoTime(); order.get(i).forward(st, f0, f1); t[0][i][s] += System.nanoTime() - a0; }
                        long a0 = System.nanoTime();
                        ro.evaluate(st, lab, f0, f1, sl);
                        for (ExecNode x : order) if (x.requiresGrad()) Arrays.fill(x.gradOutput(), f0 * x.outputSize(), f1 * x.outputSize(), 0f);
                        ro.lossGradient(st, lab, f0, f1);
                        t[0][N][s] += System.nanoTime() - a0;
                        for (int i = 0; i < N; i++) { long b0 = System.nanoTime(); order.get(i).perturb(st, f0, f1); t[1][i][s] += System.nanoTime() - b0; }
                        for (int i = N - 1; i >= 0; i--) { long b0 = System.nanoTime(); order.get(i).backward(st, f0, f1, sl); t[2][i][s] += System.nanoTime() - b0; }
                    }
                    st.learningRate = 0.05; st.optimiserStep++;
                    for (int i = 0; i < N; i++) { long c0 = System.nanoTime(); order.get(i).commit(st); t[3][i][s] = System.nanoTime() - c0; }
                    total[s] = System.nanoTime() - T0;
                }
            }
            System.out.println(mode + " " + shape + " (us per step, p25 / p50 over " + steps + " steps)");
            String[] ph = {"forward", "perturb", "backward", "commit"};
            for (int i = 0; i <= N; i++) {
                StringBuilder sb = new StringBuilder(String.format("  %-12s", i < N ? order.get(i).name() : "readout"));
                for (int q = 0; q < 4; q++) {
                    long[] x = t[q][i].clone(); Arrays.sort(x);
                    sb.append(String.format(" %s %6.1f/%6.1f", ph[q], x[steps / 4] / 1e3, x[steps / 2] / 1e3));
                }
                System.out.println(sb);
            }
            long[] x = total.clone(); Arrays.sort(x);
            System.out.printf("  total step min %.1f p25 %.1f p50 %.1f%n", x[0] / 1e3, x[steps / 4] / 1e3, x[steps / 2] / 1e3);
            plan.close();
        }
    }
}
