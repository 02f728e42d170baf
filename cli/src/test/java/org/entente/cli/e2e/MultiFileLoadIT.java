package org.entente.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Loads data/sco-samarkand-2022.yaml after data/iran-csto.yaml, as an analyst adds a second article.
 * On a stack of its own: the shared stack's tests count the first dataset's facts (Iran's
 * memberships, statements about Iran, memberships among its actors), which the second file adds
 * to, so loading it there would make them pass or fail depending on the order tests run in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiFileLoadIT {
    private static final Path FIRST = RunningStack.DATASET;
    private static final Path SECOND = RunningStack.PROJECT.resolve("data/sco-samarkand-2022.yaml");
    private static final String COUNTS = """
            { actors(first: 0) { totalCount } events(first: 0) { totalCount } statements(first: 0) { totalCount }
              iran: actor(handle: "iran") { memberships { id } } }""";

    private static LocalStack stack;
    private static Path home;
    private static GraphQlClient api;

    @BeforeAll
    static void startWithTheFirstDataset() throws Exception {
        home = Files.createTempDirectory("entente-multiload");
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
        stack = new LocalStack(settings, System.out);
        stack.start(step -> System.out.println("[multiload] starting " + step));
        api = new GraphQlClient(settings.gatewayUrl(), null);
        assertEquals(0, load(List.of(FIRST)).status());
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        RunningStack.deleteTree(home);
    }

    @Test
    @Order(1)
    void theSecondFileLinksTheActorsBothNameAndAddsOnlyItsNewOnes() throws Exception {
        int before =
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt();

        Loaded loaded = load(List.of(SECOND));

        assertEquals(0, loaded.status(), loaded.out());
        assertTrue(
                loaded.out().contains("islamic-republic-of-iran (alias 'Islamic Republic of Iran' → iran)"),
                loaded.out());
        assertTrue(
                loaded.out()
                        .contains(
                                "shanghai-cooperation-organization (alias 'Shanghai Cooperation Organization' → sco)"),
                loaded.out());
        assertTrue(loaded.out().contains("russia (handle)"), loaded.out());
        assertTrue(loaded.out().contains("actors 15 created, 2 updated, 9 unchanged, 2 linked"), loaded.out());
        int after =
                api.execute(COUNTS, Map.of()).path("actors").path("totalCount").asInt();
        assertEquals(before + 15, after, "only the 14 states and one person the first file lacks are new");
        assertTrue(api.execute("{ actor(handle: \"islamic-republic-of-iran\") { id } }", Map.of())
                .path("actor")
                .isNull());

        assertTrue(
                loaded.out()
                        .contains(
                                "memberships already recorded with other dates, not added:"
                                        + " islamic-republic-of-iran OBSERVER of shanghai-cooperation-organization (recorded from 2005)"),
                loaded.out());

        JsonNode iran = api.execute(
                        "{ actor(handle: \"iran\") {"
                                + " events(first: 50) { edges { node { key sources { title } } } } } }",
                        Map.of())
                .path("actor");
        Set<String> titles = new TreeSet<>();
        iran.path("events")
                .path("edges")
                .forEach(e -> e.path("node")
                        .path("sources")
                        .forEach(s -> titles.add(s.path("title").asText())));
        assertEquals(
                Set.of(
                        "CSTO Iran: Unpacking The Geopolitical Chessboard",
                        "TASS report from the SCO summit in Samarkand, 16 September 2022"),
                titles,
                iran.toString());
        JsonNode russia = api.execute("{ actor(handle: \"russia\") { countryCode description } }", Map.of())
                .path("actor");
        assertEquals(
                "RUS Dominant member of the CSTO.",
                russia.path("countryCode").asText() + " "
                        + russia.path("description").asText(),
                "what the second file leaves out of an actor it names by handle is kept");
    }

    @Test
    @Order(2)
    void loadingTheDataDirectoryAgainChangesNothing() throws Exception {
        JsonNode before = api.execute(COUNTS, Map.of());

        Loaded loaded = load(List.of(RunningStack.PROJECT.resolve("data")));

        assertEquals(0, loaded.status(), loaded.out());
        assertTrue(loaded.out().indexOf("loaded " + FIRST) < loaded.out().indexOf("loaded " + SECOND), loaded.out());
        assertTrue(loaded.out().contains("actors created: none"), loaded.out());
        assertEquals(before, api.execute(COUNTS, Map.of()));
    }

    private record Loaded(int status, String out) {}

    private static Loaded load(List<Path> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, "UTF-8"));
        int status;
        try {
            status = new LoadCommand(RunningStack.PROJECT)
                    .load(files, stack.settings().gatewayUrl(), stack.editorToken());
        } finally {
            System.setOut(original);
        }
        String text = out.toString("UTF-8");
        original.print(text);
        return new Loaded(status, text);
    }
}
