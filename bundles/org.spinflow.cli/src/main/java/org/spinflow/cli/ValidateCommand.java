package org.spinflow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check a model: exit 0 when valid, else 1 with one line per problem on stderr.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL")
    Path model;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelFiles.loadValid(model, spec.commandLine().getErr());
        spec.commandLine().getOut().println(model + ": valid");
        return Main.OK;
    }
}
