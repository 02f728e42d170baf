package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.cli.auth.TokenCommand;
import org.entente.cli.bench.BenchCommand;
import org.entente.cli.export.ExportCommand;
import org.entente.cli.generate.GenerateCommand;
import org.entente.cli.load.LoadCommand;
import org.entente.cli.up.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./entente} itself: the list of commands. Without a command it shows its help. */
@Command(
        name = "./entente",
        header = "Entente — a federated GraphQL knowledge graph of geopolitics.%n",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  ENTENTE_TOKEN   editor JWT used by `load` (and sent by `export`) when --token is not given",
            "  MAVEN_ARGS      extra Maven arguments, for `test` and for building what is missing",
            "",
            "`./entente COMMAND --help` shows a command's options."
        })
public final class Entente implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Every command, in the order the help lists them. */
    public static CommandLine commandLine(Path root) {
        CommandLine cli = new CommandLine(new Entente())
                .addSubcommand(new UpCommand(root))
                .addSubcommand(new LoadCommand(root))
                .addSubcommand(new ExportCommand())
                .addSubcommand(new GenerateCommand(System.out))
                .addSubcommand(new BenchCommand(System.out))
                .addSubcommand(new TokenCommand(root))
                .addSubcommand(new TestCommand())
                .addSubcommand(new CompletionCommand())
                .addSubcommand(new HelpCommand());
        cli.getCommandSpec().usageMessage().optionListHeading("%nOptions:%n");
        cli.getSubcommands().values().stream()
                .map(command -> command.getCommandSpec().usageMessage())
                .forEach(usage -> usage.descriptionHeading("%n")
                        .parameterListHeading("%nParameters:%n")
                        .optionListHeading("%nOptions:%n"));
        // Set last: picocli hands these only to the subcommands already added.
        cli.setUsageHelpWidth(100);
        cli.setParameterExceptionHandler(new UsageHint());
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
