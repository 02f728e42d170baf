package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.graphql;
import static org.entente.cli.e2e.RunningStack.query;
import static org.entente.cli.e2e.RunningStack.subgraphRequests;
import static org.entente.cli.e2e.RunningStack.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.entente.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting and restoring events and statements, and an actor's history from both services,
 * through the real gateway over the real services on PostgreSQL: a deleted fact leaves the reads
 * (lists, search, the relations plugin's timeline, `./entente export`), comes back when restored, and every step shows
 * in Actor.history next to the actor's own changes; a list of actors with their histories costs
 * the subgraph requests of one.
 */
@ExtendWith(RunningStack.class)
class SoftDeleteHistoryIT {

    private static final String HISTORY = "query($id: ID!, $first: Int, $after: String) { actor(id: $id) {"
            + " history(first: $first, after: $after) { edges { cursor node { mutation entityType entityId reason } }"
            + " pageInfo { hasNextPage endCursor } } } }";

    @Test
    void deletedFactsLeaveTheReadsAndTheHistoryHasEveryStepFromBothServices() throws Exception {
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String state = write(
                        "mutation($i: ActorInput!) { createActor(input: $i, reason: \"new state\") { id } }",
                        Map.of("i", Map.of("handle", word + "-state", "kind", "STATE", "name", word + " State")))
                .path("createActor")
                .path("id")
                .asText();
        String bloc = write(
                        "mutation($i: ActorInput!) { createActor(input: $i) { id } }",
                        Map.of(
                                "i",
                                Map.of(
                                        "handle",
                                        word + "-bloc",
                                        "kind",
                                        "INTERNATIONAL_ORGANIZATION",
                                        "name",
                                        word + " Bloc")))
                .path("createActor")
                .path("id")
                .asText();
        String source = write(
                        "mutation($u: String!) { addSource(input: {title: \"Report\", url: $u}) { id } }",
                        Map.of("u", "https://news.example/" + word))
                .path("addSource")
                .path("id")
                .asText();
        write(
                "mutation($m: ID!, $o: ID!, $s: ID!) { addMembership(input: {memberId: $m, organizationId: $o,"
                        + " role: MEMBER, since: \"2020\", sourceIds: [$s]}) { id } }",
                Map.of("m", state, "o", bloc, "s", source));
        String event = write(
                        "mutation($s: ID!, $a: ID!) { recordEvent(input: {type: MEETING, title: \"" + word
                                + " summit\", date: \"2024-03\", sourceIds: [$s], participants: [{actorId: $a, role: HOST}]}) { id } }",
                        Map.of("s", source, "a", state))
                .path("recordEvent")
                .path("id")
                .asText();
        String statement = write(
                        "mutation($s: ID!, $a: ID!, $b: ID!, $e: ID!) { recordStatement(input: {kind: QUOTE, text: \""
                                + word + " will join\", date: \"2024-03\", speakerId: $a, aboutIds: [$b], eventId: $e,"
                                + " sourceId: $s}) { id } }",
                        Map.of("s", source, "a", state, "b", bloc, "e", event))
                .path("recordStatement")
                .path("id")
                .asText();
        assertReads(word, state, List.of(event), List.of(statement));

        write("mutation($s: ID!) { deleteStatement(id: $s, reason: \"misquoted\") { id } }", Map.of("s", statement));
        assertReads(word, state, List.of(event), List.of());
        write("mutation($s: ID!) { restoreStatement(id: $s) { id } }", Map.of("s", statement));
        assertReads(word, state, List.of(event), List.of(statement));

        write("mutation($e: ID!) { deleteEvent(id: $e, reason: \"never held\") { id } }", Map.of("e", event));
        assertReads(word, state, List.of(), List.of());
        assertEquals(List.of(false, false), exported(event, statement), "./entente export pages through the API");
        assertEquals(
                List.of("NOT_FOUND"),
                codes(graphql("mutation($e: ID!) { deleteEvent(id: $e) { id } }", Map.of("e", event), token())));
        write("mutation($e: ID!) { restoreEvent(id: $e, reason: \"it was\") { id } }", Map.of("e", event));
        assertReads(word, state, List.of(event), List.of(statement));
        assertEquals(List.of(true, true), exported(event, statement));

        // refused: without a token, and for an unknown id; nothing changes
        assertEquals(
                List.of("UNAUTHENTICATED"),
                codes(graphql("mutation($e: ID!) { deleteEvent(id: $e) { id } }", Map.of("e", event), null)));
        assertEquals(
                List.of("NOT_FOUND"),
                codes(graphql("mutation { deleteStatement(id: 999999999) { id } }", Map.of(), token())));
        assertReads(word, state, List.of(event), List.of(statement));

        List<String> expected = List.of(
                "restoreEvent STATEMENT " + statement,
                "restoreEvent EVENT " + event,
                "deleteEvent STATEMENT " + statement,
                "deleteEvent EVENT " + event,
                "restoreStatement STATEMENT " + statement,
                "deleteStatement STATEMENT " + statement,
                "recordStatement STATEMENT " + statement,
                "recordEvent EVENT " + event,
                "addMembership MEMBERSHIP",
                "createActor ACTOR " + state);
        assertEquals(expected, history(state, 20));
        assertEquals(expected, history(state, 3), "the same list page by page");
        JsonNode newest = query(HISTORY, Map.of("id", state, "first", 1))
                .path("actor")
                .path("history")
                .path("edges")
                .get(0)
                .path("node");
        assertEquals("it was", newest.path("reason").asText());
        assertEquals(
                List.of(
                        "recordStatement STATEMENT " + statement,
                        "addMembership MEMBERSHIP",
                        "createActor ACTOR " + bloc),
                history(bloc, 20).stream()
                        .filter(change -> !change.contains("delete") && !change.contains("restore"))
                        .toList(),
                "the organization: the membership, and the statement about it");
    }

    @Test
    void aListOfActorsWithTheirHistoriesCostsTheSubgraphRequestsOfOne() throws Exception {
        JsonNode actors = query("{ actors(first: 8) { edges { node { id } } } }")
                .path("actors")
                .path("edges");
        List<String> ids = new ArrayList<>();
        actors.forEach(edge -> ids.add(edge.path("node").path("id").asText()));
        assertEquals(8, ids.size());
        long[] two = requestsFor(ids.subList(0, 2));
        long[] eight = requestsFor(ids);
        assertEquals(two[0], eight[0], "actors-service requests");
        assertEquals(two[1], eight[1], "events-service requests");
        assertTrue(eight[0] >= 1 && eight[1] >= 1, "both services were asked");
    }

    /** The requests to actors-service and events-service for the histories of these actors. */
    private static long[] requestsFor(List<String> ids) throws Exception {
        long actors = subgraphRequests("actors");
        long events = subgraphRequests("events");
        JsonNode answer = query(
                "query($ids: [ID!]!) { actorsByIds(ids: $ids) { id history(first: 5) { edges { node { mutation } } } } }",
                Map.of("ids", ids));
        assertEquals(ids.size(), answer.path("actorsByIds").size());
        for (JsonNode actor : answer.path("actorsByIds")) {
            assertTrue(actor.path("history").path("edges").size() >= 1, actor.toString());
        }
        return new long[] {subgraphRequests("actors") - actors, subgraphRequests("events") - events};
    }

    /** The actor's whole history, read page by page, as "mutation TYPE id" (a membership without its id). */
    private static List<String> history(String actor, int pageSize) throws Exception {
        List<String> changes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", actor);
            variables.put("first", pageSize);
            variables.put("after", after);
            JsonNode page = query(HISTORY, variables).path("actor").path("history");
            for (JsonNode edge : page.path("edges")) {
                JsonNode node = edge.path("node");
                String type = node.path("entityType").asText();
                changes.add(node.path("mutation").asText() + " " + type
                        + (type.equals("MEMBERSHIP")
                                ? ""
                                : " " + node.path("entityId").asText()));
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText()
                    : null;
        } while (after != null && changes.size() < 100);
        return changes;
    }

    /** What the actor's lists, the search and the timeline show of the facts with this word. */
    private static void assertReads(String word, String actor, List<String> events, List<String> statements)
            throws Exception {
        JsonNode data = query(
                "query($id: ID!, $q: String) { actor(id: $id) { events { totalCount edges { node { id } } }"
                        + " statements { totalCount edges { node { id } } } }"
                        + " events(search: $q) { edges { node { id } } } statements(search: $q) { edges { node { id } } }"
                        + " timeline(actor: $id) { kind event { id } statement { id } } }",
                Map.of("id", actor, "q", word));
        assertEquals(events, ids(data.path("actor").path("events")));
        assertEquals(
                events.size(),
                data.path("actor").path("events").path("totalCount").asInt());
        assertEquals(statements, ids(data.path("actor").path("statements")));
        assertEquals(
                statements.size(),
                data.path("actor").path("statements").path("totalCount").asInt());
        assertEquals(events, ids(data.path("events")), "search");
        assertEquals(statements, ids(data.path("statements")), "search");
        List<String> timelineEvents = new ArrayList<>();
        List<String> timelineStatements = new ArrayList<>();
        for (JsonNode entry : data.path("timeline")) {
            if (entry.path("kind").asText().equals("EVENT")) {
                timelineEvents.add(entry.path("event").path("id").asText());
            }
            if (entry.path("kind").asText().equals("STATEMENT_BY")) {
                timelineStatements.add(entry.path("statement").path("id").asText());
            }
        }
        assertEquals(events, timelineEvents, "timeline");
        assertEquals(statements, timelineStatements, "timeline");
    }

    /** Whether `./entente export --format csv` has the event and the statement. */
    private static List<Boolean> exported(String event, String statement) throws Exception {
        Path directory = Files.createTempDirectory("entente-export");
        Run run = Run.of(
                RunningStack.PROJECT,
                "export",
                "--gateway",
                RunningStack.gatewayUrl(),
                "--format",
                "csv",
                "-o",
                directory.toString());
        try {
            assertEquals(0, run.exitCode(), run.err());
            return List.of(
                    csvIds(directory.resolve("events.csv")).contains(event),
                    csvIds(directory.resolve("statements.csv")).contains(statement));
        } finally {
            RunningStack.deleteTree(directory);
        }
    }

    private static List<String> csvIds(Path file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            return parser.getRecords().stream().map(row -> row.get("id")).toList();
        }
    }

    private static List<String> ids(JsonNode connection) {
        List<String> ids = new ArrayList<>();
        connection
                .path("edges")
                .forEach(edge -> ids.add(edge.path("node").path("id").asText()));
        return ids;
    }

    private static JsonNode write(String mutation, Map<String, Object> variables) throws Exception {
        JsonNode response = graphql(mutation, variables, token());
        if (response.has("errors")) {
            throw new AssertionError("unexpected errors: " + response.get("errors"));
        }
        return response.path("data");
    }

    private static List<String> codes(JsonNode response) {
        List<String> codes = new ArrayList<>();
        response.path("errors")
                .forEach(
                        error -> codes.add(error.path("extensions").path("code").asText()));
        return codes;
    }
}
