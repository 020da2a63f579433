package org.spinflow.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spinflow completion bash}: prints a bash completion script (picocli's AutoComplete). */
@Command(name = "completion", description = {"Print a shell completion script.",
        "Use: source <(spinflow completion bash), or save it in ~/.local/share/bash-completion/completions/spinflow."})
final class CompletionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SHELL", description = "bash (zsh reads it too after 'autoload -U bashcompinit; bashcompinit').")
    String shell;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"bash".equals(shell) && !"zsh".equals(shell)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown shell '" + shell
                    + "'; expected bash or zsh");
        }
        spec.commandLine().getOut().print(AutoComplete.bash("spinflow", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
