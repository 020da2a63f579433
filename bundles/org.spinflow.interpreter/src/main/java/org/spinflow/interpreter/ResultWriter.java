package org.spinflow.interpreter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.model.Crossbar;
import org.spinflow.model.EpochMetrics;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.codec.ConductanceCodec;

/**
 * Writes what a run learned into the model: the conductance pairs of every crossbar and a
 * {@link TrainingRun} with per-epoch metrics and provenance. Callers decide where the change
 * goes (a save to a new file, or an undoable command in an editor).
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    /** Applies the result's final plan and metrics to {@code network} (modified in place). */
    public static TrainingRun apply(Network network, Trainer.Result result, RunConfig config, Map<String, String> provenance) {
        if (result.finalPlan() != null) {
            writeConductances(network, result.finalPlan());
        }
        SpinflowFactory f = SpinflowFactory.eINSTANCE;
        TrainingRun run = f.createTrainingRun();
        run.setStarted((result.started() != null ? result.started() : Instant.now()).toString());
        run.setSeconds(result.seconds());
        run.setGradientMode(config.gradient());
        run.setSeed(config.seed());
        run.setAccuracyMean(result.mean());
        run.setAccuracyStd(result.std());
        run.setLoss(result.loss());
        for (Trainer.EpochReport r : result.history()) {
            EpochMetrics m = f.createEpochMetrics();
            m.setFold(r.fold());
            m.setEpoch(r.epoch());
            m.setLoss(r.loss());
            m.setTrainAccuracy(r.trainAccuracy());
            m.setValidationAccuracy(Double.isNaN(r.validationAccuracy()) ? -1 : r.validationAccuracy());
            run.getEpochs().add(m);
        }
        Map<String, String> prov = new LinkedHashMap<>(provenance == null ? Map.of() : provenance);
        if (result.modelSha256() != null) {
            prov.putIfAbsent("model.sha256", result.modelSha256());
        }
        if (result.dataSha256() != null) {
            prov.putIfAbsent("data.sha256", result.dataSha256());
        }
        for (Map.Entry<String, String> e : provenance(config, prov).entrySet()) {
            Parameter p = f.createParameter();
            p.setName(e.getKey());
            p.setText(e.getValue());
            run.getProvenance().add(p);
        }
        network.getRuns().add(run);
        return run;
    }

    /** Writes the plan's conductance pairs into the network's crossbars. */
    public static void writeConductances(Network network, Plan plan) {
        plan.wrapUp((name, rows, cols, gPlus, gMinus) -> {
            for (Node n : network.getNodes()) {
                if (n instanceof Crossbar c && c.getName().equals(name)) {
                    ConductanceCodec.setPairs(c, new ConductanceCodec.Pairs(rows, cols, gPlus, gMinus));
                }
            }
        });
    }

    /** Configuration, seed and versions of a run. */
    public static Map<String, String> provenance(RunConfig config, Map<String, String> extra) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spinflow.version", Version.VERSION);
        m.put("java.version", System.getProperty("java.version"));
        m.put("java.vm", System.getProperty("java.vm.name"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("gradient", config.gradient().getLiteral());
        m.put("delta", Double.toString(config.delta()));
        m.put("repeatedReads", Integer.toString(config.repeatedReads()));
        m.put("seed", Long.toString(config.seed()));
        m.put("batchSize", Integer.toString(config.batchSize()));
        m.put("threads", Integer.toString(config.threads()));
        if (extra != null) {
            m.putAll(extra);
        }
        return m;
    }
}
