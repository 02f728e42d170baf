package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ./entente test} runs Maven, which the script does before any jar exists. The command
 * is declared here so that the one help text lists it.
 */
@Command(
        name = "test",
        description = {
            "Builds everything and runs every test.",
            "HTTP against real embedded PostgreSQL, composition checks, end-to-end through the gateway: `mvn verify`"
                    + " on the whole project (what CI runs). Extra arguments go to Maven, e.g. `./entente test -pl cli -am`."
        })
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Accepted, so that `test -pl cli` run here gets the message below rather than a parse error. */
    @Unmatched
    List<String> mavenArguments;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("The tests run through Maven: run `./entente test` from the project directory.");
        return 2;
    }
}
