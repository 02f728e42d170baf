package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one help text, and how a wrong command line is answered. */
class EntenteCommandLineTest {
    private static final List<String> COMMANDS =
            List.of("up", "load", "export", "generate", "bench", "token", "test", "completion", "help");

    @Test
    void helpListsEveryCommandWithItsSummary() {
        Run run = Run.of("--help");
        assertEquals(0, run.exitCode());
        List<String> commandLines = run.out()
                .lines()
                .dropWhile(line -> !line.equals("Commands:"))
                .skip(1)
                .takeWhile(line -> !line.isBlank())
                .toList();
        assertEquals(
                COMMANDS,
                commandLines.stream().map(line -> line.strip().split("\\s+")[0]).toList(),
                run.out());
        assertTrue(
                commandLines.stream().allMatch(line -> line.strip().split("\\s+").length > 2),
                "each with a summary: " + commandLines);
        assertTrue(run.out().contains("ENTENTE_TOKEN"), run.out());
    }

    @Test
    void noCommandAndHelpWordShowTheSameHelp() {
        String help = Run.of("--help").out();
        assertEquals(help, Run.of().out());
        assertEquals(help, Run.of("-h").out());
        assertEquals(help, Run.of("help").out());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : COMMANDS) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: ./entente " + command + " [-h]"), run.out());
        }
        assertEquals(
                Run.of("generate", "--help").out(), Run.of("help", "generate").out());
        assertTrue(Run.of("generate", "--help")
                .out()
                .contains("--actors=N          Actors to generate, at least 20 (default: 100000)."));
    }

    @Test
    void anUnknownCommandIsRefusedWithSuggestions() {
        Run run = Run.of("genrate");
        assertEquals(2, run.exitCode());
        assertEquals(
                "./entente: unknown command 'genrate'",
                run.err().lines().findFirst().orElseThrow());
        assertTrue(run.err().contains("./entente generate"), run.err());
        assertTrue(run.err().strip().endsWith("See './entente --help'."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void parameterErrorsAreOneLineAndAHint() {
        Run missingFile = Run.of("load");
        assertEquals(2, missingFile.exitCode());
        assertEquals(
                List.of("./entente load: Missing required parameter: 'FILE'", "See './entente load --help'."),
                missingFile.err().lines().toList());

        Run extra = Run.of("up", "now");
        assertEquals(2, extra.exitCode());
        assertEquals(
                List.of("./entente up: Unmatched argument at index 1: 'now'", "See './entente up --help'."),
                extra.err().lines().toList());
    }

    @Test
    void testSendsTheUserToTheScript() {
        Run run = Run.of("test", "-pl", "cli");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("./entente test"), run.err());
    }

    @Test
    void completionCoversEveryCommandAndOption() {
        Run run = Run.of("completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("complete -F _complete_entente"), "registers a completion function");
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("function _picocli_entente_" + command + "()"), command);
        }
        assertTrue(run.out().contains("--no-load")
                && run.out().contains("--ttl")
                && run.out().contains("--jdbc-actors"));
        assertTrue(
                run.out().contains("'--as-of'")
                        && run.out().contains("FORMAT_option_args=(\"graphml\" \"csv\" \"ftm\")"),
                "export's options and formats");
    }
}
