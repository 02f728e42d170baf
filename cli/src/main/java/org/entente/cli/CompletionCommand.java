package org.entente.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./entente completion}: bash completion of every command and option, generated from their definitions. */
@Command(
        name = "completion",
        description = {
            "Prints a bash completion script for ./entente.",
            "Use it in this shell with `source <(./entente completion)`; to keep it, save the output to a file that ~/.bashrc sources."
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(AutoComplete.bash("entente", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
