package org.entente.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.cli.Run;
import org.entente.cli.load.GraphQlClient;
import org.entente.cli.load.LoadCommand;
import org.entente.cli.up.LocalStack;
import org.entente.cli.up.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FollowTheMoney out and in again: the Iran–CSTO dataset loaded on a stack of its own and exported
 * as FtM; that file loaded into a second, empty stack and exported again describes the same graph
 * (compared on {@link FtmCanonical}, since ids are each installation's own). On stacks of their
 * own: the shared stack holds what the other tests add, and this test needs an empty one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FtmRoundTripIT {
    private static final String COUNTS = """
            { actors(first: 100) { totalCount edges { node { handle version } } }
              events(first: 100) { totalCount edges { node { key version } } } }""";

    private static final List<Path> homes = new ArrayList<>();
    private static final List<LocalStack> stacks = new ArrayList<>();
    private static LocalStack original;
    private static Path exported;

    @BeforeAll
    static void exportTheDataset() throws Exception {
        original = start("original");
        assertEquals(0, load(original, List.of(RunningStack.DATASET)).status());
        exported = homes.get(0).resolve("iran-csto.ftm.json");
        export(original, exported);
    }

    @AfterAll
    static void stop() throws Exception {
        for (LocalStack stack : stacks) {
            stack.close();
        }
        for (Path home : homes) {
            RunningStack.deleteTree(home);
        }
    }

    @Test
    @Order(1)
    void theImportLinksToExistingActorsAndSaysHowAndSkipsOnlyTheBadLines() throws Exception {
        GraphQlClient api = new GraphQlClient(original.settings().gatewayUrl(), null);
        int actorsBefore =
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt();
        Path file = homes.get(0).resolve("analyst.ftm.json");
        Files.writeString(file, """
                {"id": "ir", "schema": "PublicBody", "properties": {"name": ["Islamic Republic of Iran"], "country": ["ir"]}}
                {"id": "csto", "schema": "Organization", "properties": {"name": ["CSTO"]}}
                {"id": "nb", "schema": "Person", "properties": {"name": ["Nikolai Bordyuzha"]}}
                {"id": "ja", "schema": "Person", "properties": {"name": ["Jane Analyst"], "wikidataId": ["Q4115189"]}}
                {"id": "m0", "schema": "Membership", "properties": {"member": ["ir"], "organization": ["nb"]}}
                {"id": "m1", "schema": "Membership", "properties": {"member": ["ir"], "organization": ["csto"], "role": ["observer"], "startDate": ["2024-03"], "sourceUrl": ["https://news.example/iran-csto"], "publisher": ["Example News"], "retrievedAt": ["2024-03-02"]}}
                {"id": "m2", "schema": "Membership", "properties": {"member": ["ja"], "organization": ["nato"]}}
                {"id": "bad", "schema": "Person", "properties": {"name": ["x"]}} trailing
                {"id": "v1", "schema": "Vessel", "properties": {"name": ["Alborz"]}}
                """);

        Loaded loaded = load(original, List.of(file));

        assertEquals(1, loaded.status(), "some lines were skipped: " + loaded.err());
        assertTrue(
                loaded.err().contains(file + ":7: Membership 'm2' skipped: organization 'nato' is not an entity"),
                loaded.err());
        assertTrue(loaded.err().contains(file + ":8: not a JSON object"), loaded.err());
        assertTrue(
                loaded.err().contains(file + ":9: Vessel 'v1' skipped: schema 'Vessel' is not imported"), loaded.err());
        assertTrue(
                loaded.err()
                        .contains(file + ":5: membership of 'islamic-republic-of-iran' in 'nikolai-bordyuzha' refused:"
                                + " BAD_USER_INPUT: organization nikolai-bordyuzha is a PERSON"),
                "the API's refusal of one fact, at its line; the facts after it are written: " + loaded.err());
        assertTrue(loaded.err().contains("4 entit(ies) or record(s) not loaded"), loaded.err());
        assertTrue(
                loaded.out().contains("'Islamic Republic of Iran' (line 1) (alias 'Islamic Republic of Iran' → iran)"),
                loaded.out());
        assertTrue(loaded.out().contains("'CSTO' (line 2) (alias 'CSTO' → csto)"), loaded.out());
        assertTrue(
                loaded.out().contains("'Nikolai Bordyuzha' (line 3) (alias 'Nikolai Bordyuzha' → nikolai-bordyuzha)"),
                loaded.out());
        assertTrue(loaded.out().contains("actors created: jane-analyst"), loaded.out());
        assertEquals(
                actorsBefore + 1,
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt(),
                "only the analyst is new");
        List<String> observer = new ArrayList<>();
        api.execute(
                        "{ actor(handle: \"iran\") { memberships(roles: [OBSERVER]) { since organization { handle }"
                                + " sources { title url retrievedAt } } } }",
                        Map.of())
                .path("actor")
                .path("memberships")
                .forEach(m -> {
                    if (m.path("organization").path("handle").asText().equals("csto")) {
                        observer.add(m.toString());
                    }
                });
        assertEquals(
                List.of("{\"since\":\"2024-03\",\"organization\":{\"handle\":\"csto\"},\"sources\":[{\"title\":"
                        + "\"https://news.example/iran-csto\",\"url\":\"https://news.example/iran-csto\","
                        + "\"retrievedAt\":\"2024-03-02T00:00:00Z\"}]}"),
                observer,
                "the fact is written on the existing actors, citing its source");
        assertTrue(
                api.execute("{ actor(handle: \"islamic-republic-of-iran\") { id } }", Map.of())
                        .path("actor")
                        .isNull(),
                "no second Iran");

        Loaded again = load(original, List.of(file));
        assertTrue(again.out().contains("'Jane Analyst' (line 4) (wikidata Q4115189 → jane-analyst)"), again.out());
        assertEquals(
                actorsBefore + 1,
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt());
    }

    /** The export names each actor's kind and each event's key, so loading it where it came from adds nothing. */
    @Test
    @Order(2)
    void theExportLoadedWhereItCameFromLinksEveryActorAndEvent() throws Exception {
        GraphQlClient api = new GraphQlClient(original.settings().gatewayUrl(), null);
        JsonNode before = api.execute(COUNTS, Map.of());

        Loaded loaded = load(original, List.of(exported));

        assertEquals(0, loaded.status(), loaded.err());
        assertTrue(
                loaded.out()
                        .contains(
                                "'Collective Security Treaty Organization' (line 11) (alias 'Collective Security Treaty"
                                        + " Organization' → csto)"),
                loaded.out());
        assertTrue(loaded.out().contains("actors created: none"), loaded.out());
        assertTrue(loaded.out().contains("memberships 0 created, 0 updated, 16 unchanged"), loaded.out());
        assertEquals(before, api.execute(COUNTS, Map.of()), "no actor or event is new or changed");
    }

    @Test
    @Order(3)
    void exportImportExportDescribesTheSameGraph() throws Exception {
        original.close();
        LocalStack copy = start("copy");
        GraphQlClient api = new GraphQlClient(copy.settings().gatewayUrl(), null);
        assertEquals(
                0,
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt(),
                "an empty stack");

        Loaded loaded = load(copy, List.of(exported));
        assertEquals(0, loaded.status(), loaded.err());
        assertTrue(loaded.out().contains("actors 35 created"), loaded.out());
        Path again = homes.get(1).resolve("again.ftm.json");
        export(copy, again);

        List<String> first = FtmCanonical.of(Files.readString(exported));
        assertEquals(35 + 16 + 5 + 5 + 5, first.size(), "actors, memberships, positions, occupancies, events");
        assertEquals(first, FtmCanonical.of(Files.readString(again)));

        JsonNode before = api.execute(COUNTS, Map.of());
        Loaded twice = load(copy, List.of(exported));
        assertEquals(0, twice.status(), twice.err());
        assertTrue(twice.out().contains("actors created: none"), twice.out());
        assertEquals(before, api.execute(COUNTS, Map.of()), "loading the file again changes nothing");
    }

    private static LocalStack start(String name) throws Exception {
        Path home = Files.createTempDirectory("entente-ftm-" + name);
        homes.add(home);
        StackSettings settings = new StackSettings(
                RunningStack.PROJECT,
                home,
                RunningStack.freePort(),
                RunningStack.freePort(),
                RunningStack.freePort(),
                RunningStack.freePort(),
                StackSettings.ANY_PORT,
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                Map.of());
        LocalStack stack = new LocalStack(settings, System.out);
        stacks.add(stack);
        stack.start(step -> System.out.println("[ftm " + name + "] starting " + step));
        return stack;
    }

    private static void export(LocalStack stack, Path file) {
        Run run = Run.of(
                RunningStack.PROJECT,
                "export",
                "--gateway",
                stack.settings().gatewayUrl(),
                "--format",
                "ftm",
                "-o",
                file.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private record Loaded(int status, String out, String err) {}

    private static Loaded load(LocalStack stack, List<Path> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new LoadCommand(RunningStack.PROJECT)
                    .load(files, stack.settings().gatewayUrl(), stack.editorToken());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        Loaded loaded = new Loaded(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        originalOut.print(loaded.out());
        originalErr.print(loaded.err());
        return loaded;
    }
}
