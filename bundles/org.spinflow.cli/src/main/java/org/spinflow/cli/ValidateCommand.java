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

    @picocli.CommandLine.Option(names = "--data", paramLabel = "DIR", description = "Data folder or file that will be given to train; the model's own data set path is then not checked.")
    Path data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelFiles.loadValid(model, spec.commandLine().getErr(), data);
        spec.commandLine().getOut().println(model + ": valid");
        return Main.OK;
    }
}
