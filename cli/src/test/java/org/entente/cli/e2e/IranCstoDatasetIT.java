package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.cli.load.LoadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions an analyst would ask of the seed article, answered through the gateway after the
 * dataset was loaded with `./entente load`. Expected answers come from the article itself.
 */
@ExtendWith(RunningStack.class)
class IranCstoDatasetIT {

    static String id(String handle) throws Exception {
        return query("query($h: String!) { actor(handle: $h) { id } }", Map.of("h", handle))
                .path("actor")
                .path("id")
                .asText();
    }

    @Test
    void whoInvitedIranAndInWhatCapacity() throws Exception {
        JsonNode events = query("""
                query($iran: ID!) {
                  events(actor: $iran, types: [INVITATION]) {
                    edges { node { date title
                      participants { role actor { handle positions { title organization { handle } } } }
                      statements { speakerCapacity text } } }
                  }
                }""", Map.of("iran", id("iran"))).path("events").path("edges");
        assertEquals(2, events.size(), events.toString());
        JsonNode sco = events.get(0).path("node");
        assertEquals("2006", sco.path("date").asText(), "SCO offered full membership in 2006");
        assertEquals(Set.of("sco:INITIATOR", "iran:TARGET"), roles(sco));

        JsonNode csto = events.get(1).path("node");
        assertEquals("2007-05", csto.path("date").asText(), "the CSTO invitation was in May 2007");
        assertEquals(Set.of("nikolai-bordyuzha:INITIATOR", "csto:INITIATOR", "iran:TARGET"), roles(csto));
        JsonNode bordyuzha = find(
                csto.path("participants"),
                p -> p.path("actor").path("handle").asText().equals("nikolai-bordyuzha"));
        assertEquals(
                "Secretary General",
                bordyuzha.path("actor").path("positions").get(0).path("title").asText());
        assertEquals(
                "csto",
                bordyuzha
                        .path("actor")
                        .path("positions")
                        .get(0)
                        .path("organization")
                        .path("handle")
                        .asText());
        List<String> quotes = new ArrayList<>();
        csto.path("statements").forEach(s -> {
            assertEquals(
                    "Secretary General of the CSTO", s.path("speakerCapacity").asText());
            quotes.add(s.path("text").asText());
        });
        assertTrue(
                quotes.contains("if Iran applies in accordance with our charter, we will consider the application."),
                quotes.toString());
        assertTrue(quotes.contains("the CSTO is an open organization"), quotes.toString());
    }

    @Test
    void organizationsIranBelongsToOrObservesAndSinceWhen() throws Exception {
        JsonNode memberships = query("""
                { actor(handle: "iran") { memberships { organization { handle } role since until sources { title } } } }""").path("actor").path("memberships");
        Set<String> found = new TreeSet<>();
        for (JsonNode m : memberships) {
            found.add(m.path("organization").path("handle").asText() + " "
                    + m.path("role").asText() + " " + m.path("since").asText("-"));
            assertTrue(m.path("until").isNull(), "the article dates no end");
            assertEquals(
                    "CSTO Iran: Unpacking The Geopolitical Chessboard",
                    m.path("sources").get(0).path("title").asText());
        }
        assertEquals(
                new TreeSet<>(Set.of(
                        "brics MEMBER -",
                        "csto INVITED 2007-05",
                        "sco INVITED 2006",
                        "sco MEMBER -",
                        "sco OBSERVER 2005")),
                found);

        JsonNode observerIn2005 = query("""
                { actor(handle: "iran") { memberships(asOf: "2005", roles: [OBSERVER]) { organization { handle } } } }""").path("actor").path("memberships");
        assertEquals(1, observerIn2005.size());
        assertEquals(
                "sco", observerIn2005.get(0).path("organization").path("handle").asText());
        JsonNode invitedIn2006 = query("""
                { actor(handle: "iran") { memberships(asOf: "2006", roles: [INVITED]) { organization { handle } } } }""").path("actor").path("memberships");
        assertEquals(List.of("sco"), handles(invitedIn2006, "organization"), "the CSTO invitation came only in 2007");
    }

    @Test
    void whoTheCstoMembersAre() throws Exception {
        JsonNode members = query("""
                { actor(handle: "csto") { members(roles: [MEMBER]) { member { handle countryCode } } } }""").path("actor").path("members");
        assertEquals(
                new TreeSet<>(List.of("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan")),
                new TreeSet<>(handles(members, "member")));
        assertFalse(handles(members, "member").contains("iran"), "Iran is invited, not a member");
    }

    @Test
    void whoSaidWhatAboutIransMembershipReportedByWhom() throws Exception {
        JsonNode statements = query("""
                { actor(handle: "iran") { statementsAbout(first: 50) { totalCount
                    edges { node { kind text speaker { name } speakerCapacity reportedBy { name } stance } } } } }""").path("actor").path("statementsAbout");
        assertEquals(14, statements.path("totalCount").asInt());
        JsonNode kartapolov = find(
                        statements.path("edges"),
                        e -> e.path("node").path("text").asText().startsWith("add significant military power"))
                .path("node");
        assertEquals(
                "Andrei Kartapolov", kartapolov.path("speaker").path("name").asText());
        assertEquals("TASS", kartapolov.path("reportedBy").path("name").asText());
        assertEquals(
                "head of the Russian Duma Defense Committee",
                kartapolov.path("speakerCapacity").asText());
        JsonNode observers = find(
                        statements.path("edges"),
                        e -> e.path("node").path("text").asText().startsWith("Iranian accession"))
                .path("node");
        assertEquals("ASSESSMENT", observers.path("kind").asText());
        assertEquals("NBcentralasia", observers.path("speaker").path("name").asText());
        JsonNode unattributed = find(
                        statements.path("edges"),
                        e -> e.path("node").path("text").asText().startsWith("Entry into CSTO"))
                .path("node");
        assertTrue(unattributed.path("speaker").isNull(), "the article does not say whose assessment this is");
    }

    @Test
    void spellingVariantsOfOnePersonAreOneActor() throws Exception {
        for (String search : List.of("Andrey Kartapolov", "Андрей Картаполов", "kartapolow")) {
            JsonNode first = query(
                            "query($s: String!) { actors(search: $s, first: 3) { edges { node { handle } } } }",
                            Map.of("s", search))
                    .path("actors")
                    .path("edges")
                    .get(0)
                    .path("node");
            assertEquals("andrei-kartapolov", first.path("handle").asText(), search);
        }
        assertEquals(
                0,
                query("{ actors(search: \"Savanna Bartell\") { totalCount } }")
                        .path("actors")
                        .path("totalCount")
                        .asInt(),
                "the author card is page furniture, not a fact");
    }

    @Test
    void howIranAndTheCstoAreConnected() throws Exception {
        JsonNode paths =
                query("""
                query($iran: ID!, $csto: ID!) {
                  connections(from: $iran, to: $csto, maxHops: 2) {
                    length hops { from { handle } to { handle } links { kind fromRole toRole since event { title } sources { title } } }
                  }
                }""", Map.of("iran", id("iran"), "csto", id("csto"))).path("connections");
        assertEquals(1, paths.size(), "one shortest path: the direct hop, which lists every link between them");
        assertEquals(1, paths.get(0).path("length").asInt());
        JsonNode hop = paths.get(0).path("hops").get(0);
        assertEquals("iran", hop.path("from").path("handle").asText());
        assertEquals("csto", hop.path("to").path("handle").asText());
        Set<String> links = new TreeSet<>();
        for (JsonNode link : hop.path("links")) {
            links.add(link.path("kind").asText() + " " + link.path("fromRole").asText("") + " "
                    + link.path("since").asText("")
                    + link.path("event").path("title").asText(""));
            assertEquals(
                    "CSTO Iran: Unpacking The Geopolitical Chessboard",
                    link.path("sources").get(0).path("title").asText(),
                    "every link cites its source");
        }
        assertTrue(links.contains("MEMBERSHIP INVITED 2007-05"), links.toString());
        assertTrue(
                links.stream()
                        .anyMatch(l -> l.startsWith("EVENT") && l.contains("CSTO Secretary General invites Iran")),
                links.toString());
    }

    @Test
    void loadingTheDatasetAgainChangesNothing() throws Exception {
        String counts = """
                { actors(first: 1) { totalCount }
                  events(first: 1) { totalCount }
                  statements(first: 1) { totalCount }
                  iran: actor(handle: "iran") { memberships { id } }
                  csto: actor(handle: "csto") { members { id } } }""";
        JsonNode before = query(counts);
        assertEquals(0, new LoadCommand(PROJECT).load(DATASET, gatewayUrl(), token()));
        assertEquals(before, query(counts));
    }

    @Test
    void aFileWithAnErrorIsReportedWithItsLineAndLoadsNothing(@TempDir Path dir) throws Exception {
        String broken = Files.readString(DATASET)
                .replace("handle: tajikistan", "handle: tajikistan-e2e")
                .replace(
                        "- {member: tajikistan, organization: csto, role: MEMBER}",
                        "- {member: tajikistan-e2e, organization: csto, role: ALLY}");
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, broken);
        int line = lineOf(broken, "role: ALLY");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        int status;
        try {
            status = new LoadCommand(PROJECT).load(file, gatewayUrl(), token());
        } finally {
            System.setErr(original);
        }
        assertEquals(1, status);
        assertTrue(err.toString().contains(file + ":" + line + ": role 'ALLY' is not one of"), err.toString());
        assertTrue(
                query("{ actor(handle: \"tajikistan-e2e\") { id } }")
                        .path("actor")
                        .isNull(),
                "nothing was written");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    private static Set<String> roles(JsonNode event) {
        Set<String> out = new TreeSet<>();
        event.path("participants")
                .forEach(p -> out.add(p.path("actor").path("handle").asText() + ":"
                        + p.path("role").asText()));
        return out;
    }

    private static List<String> handles(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(field).path("handle").asText()));
        return out;
    }

    private static JsonNode find(JsonNode list, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : list) {
            if (test.test(n)) {
                return n;
            }
        }
        throw new AssertionError("not found in " + list);
    }
}
