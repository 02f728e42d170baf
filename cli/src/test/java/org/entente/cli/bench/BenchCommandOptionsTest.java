package org.entente.cli.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Option errors are refused before anything is measured (exit code 2). */
class BenchCommandOptionsTest {
    private static int run(String... args) {
        return new BenchCommand(new PrintStream(new ByteArrayOutputStream())).run(List.of(args));
    }

    @Test
    void probesMustNameATarget() {
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--pid", "hive=123"));
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--jvm-metrics", "apollo=http://localhost:1/q/metrics"));
    }

    @Test
    void malformedValuesAreRefused() {
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--pid", "entente=abc"));
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--id-pool", "-1"));
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--pid", "=12"));
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--id-order", "sweep"));
        assertEquals(2, run("--target", "entente=http://localhost:1/graphql", "--id-pool", "5", "--id-order", "backwards"));
    }
}
