package org.entente.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.cli.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GenerateOptionsTest {
    private static GenerateOptions parse(String... args) {
        GenerateOptions options = new GenerateOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void defaultsAreTheIssueScaleOnTheDatabasesOfUp() {
        GenerateOptions options = parse();
        assertEquals(100_000, options.actors());
        assertEquals(1_000_000, options.events());
        assertEquals(3_000_000, options.statements());
        assertEquals(1, options.seed());
        assertFalse(options.replace());
        assertEquals("jdbc:postgresql://localhost:54329/actors", options.actorsJdbc());
        assertEquals("jdbc:postgresql://localhost:54329/events", options.eventsJdbc());
        assertEquals("postgres", options.user());
        assertEquals("", options.password());
    }

    @Test
    void readsGroupedDigitsAndEveryOption() {
        GenerateOptions options = parse(
                "--actors",
                "2_000",
                "--events=30_000",
                "--statements",
                "0",
                "--seed",
                "-7",
                "--replace",
                "--jdbc-actors",
                "jdbc:postgresql://db/a",
                "--jdbc-events",
                "jdbc:postgresql://db/e",
                "--user",
                "u",
                "--password",
                "p");
        assertEquals(2_000, options.actors());
        assertEquals(30_000, options.events());
        assertEquals(0, options.statements());
        assertEquals(-7, options.seed());
        assertTrue(options.replace());
        assertEquals("jdbc:postgresql://db/a", options.actorsJdbc());
        assertEquals("jdbc:postgresql://db/e", options.eventsJdbc());
        assertEquals("u", options.user());
        assertEquals("p", options.password());
    }

    private static void assertRefused(String reason, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "generate";
        System.arraycopy(args, 0, command, 1, args.length);
        Run run = Run.of(command);
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(
                lines.get(0).startsWith("./entente generate: ") && lines.get(0).contains(reason), run.err());
        assertEquals("See './entente generate --help'.", lines.get(lines.size() - 1));
        assertEquals("", run.out());
    }

    @Test
    void refusesBadValuesBeforeTouchingADatabase() {
        assertRefused("'x' is not a whole number", "--actors", "x");
        assertRefused("between 0 and 2147483647", "--events", "3000000000");
        assertRefused("between 0 and 2147483647", "--statements", "-1");
        assertRefused("--actors must be at least 20", "--actors", "19");
        assertRefused("Unknown options: '--actor', '100'", "--actor", "100");
        assertTrue(Run.of("generate", "--actor", "100").err().contains("Possible solutions: --actors"));
        assertRefused("Missing required parameter for option '--seed'", "--seed");
    }
}
