package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.cli.Run;
import org.junit.jupiter.api.Test;

/** Option errors are refused before anything is measured (exit code 2), each with its reason on one line. */
class BenchCommandOptionsTest {
    private static final String TARGET = "entente=http://localhost:1/graphql";

    private static void assertRefused(String reason, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        Run run = Run.of(command);
        assertEquals(2, run.exitCode(), run.err());
        String firstLine = run.err().lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("./entente bench: ") && firstLine.contains(reason), run.err());
        assertTrue(run.err().strip().endsWith("See './entente bench --help'."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void probesMustNameATarget() {
        assertRefused("name no --target: hive", "--target", TARGET, "--pid", "hive=123");
        assertRefused(
                "name no --target: apollo", "--target", TARGET, "--jvm-metrics", "apollo=http://localhost:1/q/metrics");
    }

    @Test
    void malformedValuesAreRefused() {
        assertRefused("'abc'", "--target", TARGET, "--pid", "entente=abc");
        assertRefused("--id-pool cannot be negative", "--target", TARGET, "--id-pool", "-1");
        assertRefused("need a NAME", "--target", TARGET, "--pid", "=12");
        assertRefused("KEY=VALUE", "--target", "http://localhost:1/graphql");
        assertRefused("--id-order sweep needs --id-pool", "--target", TARGET, "--id-order", "sweep");
        assertRefused("backwards", "--target", TARGET, "--id-pool", "5", "--id-order", "backwards");
        assertRefused("--requests must be at least 1", "--target", TARGET, "--requests", "0");
        assertRefused("'x'", "--target", TARGET, "--concurrency", "1,x");
    }

    @Test
    void somethingMustBeMeasured() {
        assertRefused("give at least one --target");
    }

    @Test
    void directCallsNeedBothSubgraphs() {
        assertRefused("--events-url", "--target", TARGET, "--actors-url", "http://localhost:1/graphql");
    }

    @Test
    void unknownOptionsAreRefused() {
        assertRefused("--targets", "--targets", TARGET);
    }
}
