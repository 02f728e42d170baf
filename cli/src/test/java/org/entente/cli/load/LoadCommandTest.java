package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
    @TempDir
    Path dir;

    /**
     * The gateway named is one nothing listens on: a run that got as far as writing would say it
     * cannot reach it. Every file's problems are listed, and the run stops before any write.
     */
    @Test
    void everyFileIsCheckedBeforeAnythingIsSent() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a.yaml"), """
                actors:
                  - {handle: iran, kind: STATE, name: Iran}
                """);
        Files.writeString(data.resolve("b.yaml"), """
                actors:
                  - {handle: sco, kind: ORGANISATION, name: SCO}
                """);
        Files.writeString(data.resolve("c.yaml"), """
                sources:
                  - {ref: r, title: R}
                memberships:
                  - {member: iran, organization: nato, role: MEMBER}
                """);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new LoadCommand(dir).load(List.of(data), "http://127.0.0.1:9/graphql", "t");
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(data.resolve("b.yaml") + ":2: kind 'ORGANISATION' is not one of"), run.err());
        assertTrue(
                run.err()
                        .contains(data.resolve("c.yaml")
                                + ":4: organization 'nato' is not an actor handle of this file or of an earlier one"),
                run.err());
        assertTrue(!run.err().contains("'iran' is not"), "c.yaml may name a.yaml's actors: " + run.err());
        assertTrue(run.err().strip().endsWith("2 problem(s); nothing was written."), run.err());
        assertEquals("", run.out());
    }
}
