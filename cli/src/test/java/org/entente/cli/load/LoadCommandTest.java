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

    /**
     * An FtM file's bad lines are reported and skipped, and the run goes on to write the rest: it
     * gets as far as the gateway (which nothing answers here).
     */
    @Test
    void theBadLinesOfAnFtmFileAreSkippedAndTheRestGoesOnToBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("world.jsonl"), """
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran"]}}
                {"id": "a2", "schema": "Person", "properties": {"name": ["x"]}
                {"id": "m1", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["nato"]}}
                """);

        Run run = load(List.of(file));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + ":2: not a JSON object"), run.err());
        assertTrue(
                run.err()
                        .contains(file + ":3: Membership 'm1' skipped: organization 'nato' is not an entity of this"
                                + " file or of an earlier one"),
                run.err());
        assertTrue(run.err().contains("cannot reach the gateway at http://127.0.0.1:9/graphql"), run.err());
        assertTrue(!run.err().contains("nothing was written"), run.err());
    }

    @Test
    void aYamlFilesProblemStillStopsARunWithFtmFiles() throws IOException {
        Path ftm = Files.writeString(dir.resolve("a.ftm.json"), """
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran"]}}
                """);
        Path yaml = Files.writeString(dir.resolve("b.yaml"), """
                actors:
                  - {handle: sco, kind: ORGANISATION, name: SCO}
                """);
        Path latin1 = Files.write(dir.resolve("c.ftm.json"), new byte[] {'{', (byte) 0xE9, '}'});

        Run run = load(List.of(ftm, yaml));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().strip().endsWith("1 problem(s); nothing was written."), run.err());

        Run unreadable = load(List.of(latin1));
        assertEquals(1, unreadable.exitCode());
        assertEquals(
                "entente load: " + latin1 + ": not UTF-8 text", unreadable.err().strip());
    }

    private Run load(List<Path> files) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new LoadCommand(dir).load(files, "http://127.0.0.1:9/graphql", "t");
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
