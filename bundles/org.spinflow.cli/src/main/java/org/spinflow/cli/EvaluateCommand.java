package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", description = "Accuracy and loss of the model's stored conductances: on the test files of an IDX folder, or on the whole CSV data set.")
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL")
    Path model;

    @Mixin
    RunOptions run;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Network network = ModelFiles.loadValid(model, err, run.data);
        if (network.getTraining() == null) {
            throw new CliException(model + ": the model has no training specification (it names the data set)");
        }
        warnIfUntrained(network, err);
        TrainingSession session = TrainingSession.of(network, ModelFiles.dir(model), run.overrides(), run.data);
        ModelFiles.warnAboutData(network, session.data(), err);
        TrainingSession.Evaluation e = session.evaluate();
        if (run.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("accuracy", e.accuracy());
            o.put("loss", e.loss());
            o.put("samples", e.samples());
            spec.commandLine().getOut().println(Json.of(o));
        } else {
            spec.commandLine().getOut().printf("%s: accuracy %.4f, loss %.4f on %d samples (%s)%n", model, e.accuracy(), e.loss(),
                    e.samples(), e.testFiles() ? "test files" : "whole data set");
        }
        return Main.OK;
    }

    /**
     * Warns when a crossbar holds no learned conductances: evaluation then uses the random initial
     * state, and its accuracy (about chance) says nothing about the design.
     */
    static void warnIfUntrained(Network network, PrintWriter err) {
        java.util.List<String> untrained = new java.util.ArrayList<>();
        for (org.spinflow.model.Node n : network.getNodes()) {
            if (n instanceof org.spinflow.model.Crossbar c && !org.spinflow.model.codec.ConductanceCodec.hasPairs(c)) {
                untrained.add(c.getName());
            }
        }
        if (!untrained.isEmpty()) {
            err.println(Main.oneLine("warning: crossbar(s) " + String.join(", ", untrained) + " hold no trained"
                    + " conductances; evaluating the random initial state (train with --out first)"));
        }
    }
}
