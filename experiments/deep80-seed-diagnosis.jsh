// Diagnosis of the seed-3 collapse of the calibrated 4-layer network with hysteresis at 80 % spread
// (experiments/deep-full.json, section deep-80-hysteresis-calibrated): trains the suite's own points
// (same settings, seeds and 4-epoch schedule) through epoch 1 only and prints, every 25 batches, the
// batch loss and accuracy, per crossbar the weight norm and the mean update norm per batch, per MTJ
// array the fraction of devices on the descending branch at idle and the fraction of saturated neurons
// (mean |measured derivative| over the batch below 0.05, in units of the neuron's unit slope).
// Run from the project root with the CLI's class path, e.g.
//   jshell --class-path "bundles/org.spinflow.cli/target/org.spinflow.cli.jar:$(ls bundles/org.spinflow.cli/target/lib/*.jar | tr '\n' ':')" \
//     -R-Dspinflow.root=$PWD experiments/deep80-seed-diagnosis.jsh
// Optional: -R-Ddiag.points=SEED:GRADIENT,... (default 1:analog-central,2:analog-central,3:analog-central,3:exact,3:exact-nominal)
import java.nio.file.*;
import java.util.*;
import org.spinflow.experiments.*;
import org.spinflow.interpreter.*;
import org.spinflow.interpreter.nodes.*;
import org.spinflow.model.*;
import org.spinflow.model.io.ModelIO;
import org.spinflow.devices.macrospin.MacrospinArray;

Suite suite = Suite.load(Path.of("experiments/deep-full.json"), Path.of("../shared/data"));
var sessionOf = PointRunner.class.getDeclaredMethod("session", Network.class, Suite.Point.class);
sessionOf.setAccessible(true);
String spec = System.getProperty("diag.points", "1:analog-central,2:analog-central,3:analog-central,3:exact,3:exact-nominal");
for (String one : spec.split(",")) {
    long seed = Long.parseLong(one.split(":")[0]);
    String mode = one.split(":")[1];
    Suite.Point p = suite.points().stream().filter(x -> x.section().id().equals("deep-80-hysteresis-calibrated")
            && x.seed() == seed && x.series().equals("gradient=" + mode)).findFirst().orElseThrow();
    TrainingSession s = (TrainingSession) sessionOf.invoke(new PointRunner(2), ModelIO.load(p.section().model()), p);
    Map<String, float[]> prev = new HashMap<>();
    Map<String, Double> upd = new HashMap<>();
    int[] epochsDone = {0};
    double[] lossAcc = {0, 0, 0};
    System.out.println("== seed " + seed + " " + mode);
    Trainer.Listener l = new Trainer.Listener() {
        public void epoch(Trainer.EpochReport r) {
            epochsDone[0]++;
            System.out.printf(Locale.ROOT, "epoch %d: loss %.4f train-acc %.4f test-acc %.4f%n", r.epoch() + 1, r.loss(), r.trainAccuracy(), r.validationAccuracy());
        }
        public boolean cancelled() {
            return epochsDone[0] >= 1;
        }
        public void committed(int fold, int epoch, int batch, Plan plan) {
            lossAcc[0] += plan.lossSum();
            lossAcc[1] += plan.correct();
            lossAcc[2] += plan.step().batch;
            for (ExecNode n : plan.nodes()) {
                if (n instanceof CrossbarExec c) {
                    float[] w = c.weights().clone();
                    float[] q = prev.get(n.name());
                    if (q != null) {
                        double d = 0;
                        for (int i = 0; i < w.length; i++) d += (w[i] - q[i]) * (double) (w[i] - q[i]);
                        upd.merge(n.name(), Math.sqrt(d), Double::sum);
                    }
                    prev.put(n.name(), w);
                }
            }
            if (batch % 25 != 0) return;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "batch %4d loss %.3f acc %.3f |", batch,
                    lossAcc[0] / lossAcc[2], lossAcc[1] / lossAcc[2]));
            lossAcc[0] = lossAcc[1] = lossAcc[2] = 0;
            int bs = plan.step().batch;
            for (ExecNode n : plan.nodes()) {
                if (n instanceof CrossbarExec c) {
                    float[] w = prev.get(n.name());
                    double nw = 0;
                    for (float v : w) nw += v * (double) v;
                    b.append(String.format(Locale.ROOT, " %s |W| %.2f dW %.4f", n.name(), Math.sqrt(nw), upd.getOrDefault(n.name(), 0.0) / (batch == 0 ? 1 : 25)));
                    upd.put(n.name(), 0.0);
                } else if (n instanceof MtjExec m) {
                    int size = m.outputSize(), down = 0, sat = 0;
                    if (m.device() instanceof MacrospinArray a) for (int j = 0; j < size; j++) down += a.state(j) == MacrospinArray.DOWN ? 1 : 0;
                    float[] d = m.derivatives();
                    for (int j = 0; j < size; j++) {
                        double sum = 0;
                        for (int k = 0; k < bs; k++) sum += Math.abs(d[k * size + j]);
                        if (sum / bs < 0.05) sat++;
                    }
                    b.append(String.format(Locale.ROOT, " | %s down %.3f sat %.3f", n.name(), down / (double) size, sat / (double) size));
                }
            }
            System.out.println(b);
        }
    };
    Trainer.Result r = s.train(new Trainer.Options(Settings.epochs(p.settings()), null, false), l);
    if (r.finalPlan() != null) r.finalPlan().close();
}
/exit
