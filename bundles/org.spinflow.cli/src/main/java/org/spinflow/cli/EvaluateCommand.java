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
        TrainingSession.Evaluation e = TrainingSession.of(network, ModelFiles.dir(model), run.overrides(), run.data).evaluate();
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
}
