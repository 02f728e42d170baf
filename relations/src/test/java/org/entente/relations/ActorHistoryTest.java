package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor.history through the gateway executor over the fixture subgraphs ({@link World}): both
 * subgraphs' changes of an actor's facts in one list, newest first, paged with cursors that hold
 * both positions, and read for a whole list of actors with one request to each subgraph.
 */
class ActorHistoryTest {

    private static final String PAGE = """
            query($id: ID!, $first: Int, $after: String) { actorsByIds(ids: [$id]) { history(first: $first, after: $after) {
              edges { cursor node { id mutation entityType entityId at } }
              pageInfo { hasNextPage hasPreviousPage endCursor } } } }
            """;

    /** Iran's changes: actors-service's ids 4, 3, 1 and events-service's 3, 2, 1 merged by time. */
    private static final List<String> IRAN = List.of(
            "updateActor ACTOR 1", // 2026-01-05T10:00, the same time as the next: actors-service's first
            "deleteStatement STATEMENT 202",
            "recordStatement STATEMENT 202",
            "addMembership MEMBERSHIP 13",
            "recordEvent EVENT 101",
            "createActor ACTOR 1");

    private static RelationsHarness gateway;

    @BeforeAll
    static void start() {
        gateway = new RelationsHarness();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void mergesBothSubgraphsChangesNewestFirst() throws Exception {
        Map<String, Object> history = history(page("1", 10, null));
        assertEquals(IRAN, changes(history));
        Map<?, ?> pageInfo = (Map<?, ?>) history.get("pageInfo");
        assertEquals(false, pageInfo.get("hasNextPage"));
        assertEquals(false, pageInfo.get("hasPreviousPage"));
    }

    @Test
    void pagesFollowBothSubgraphsPositions() throws Exception {
        for (int size : List.of(1, 2, 4)) {
            List<String> read = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                Map<String, Object> response = page("1", size, after);
                assertEquals(1, gateway.actorsRequests(), "one request to actors-service per page");
                assertEquals(1, gateway.eventsRequests(), "one request to events-service per page");
                Map<String, Object> history = history(response);
                read.addAll(changes(history));
                Map<?, ?> pageInfo = (Map<?, ?>) history.get("pageInfo");
                assertEquals(after != null, pageInfo.get("hasPreviousPage"));
                more = (Boolean) pageInfo.get("hasNextPage");
                after = (String) pageInfo.get("endCursor");
            }
            assertEquals(IRAN, read, "pages of " + size);
        }
    }

    @Test
    void aListOfActorsWithTheirHistoriesAsksEachSubgraphOnce() throws Exception {
        Map<String, Object> response = gateway.run(
                "{ actorsByIds(ids: [\"1\", \"2\", \"3\", \"7\"]) { id history(first: 2) {"
                        + " edges { node { mutation } } pageInfo { hasNextPage } } } }",
                Map.of());
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        List<Map<String, Object>> actors =
                RelationsQueriesTest.list(data(response).get("actorsByIds"));
        assertEquals(
                List.of(
                        List.of("updateActor", "deleteStatement"),
                        List.of(),
                        List.of("recordEvent", "createActor"),
                        List.of()),
                actors.stream()
                        .map(actor -> ((List<?>) ((Map<?, ?>) actor.get("history")).get("edges"))
                                .stream()
                                        .map(edge -> ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("mutation"))
                                        .toList())
                        .toList());
        assertEquals(
                List.of(true, false, false, false),
                actors.stream()
                        .map(actor ->
                                ((Map<?, ?>) ((Map<?, ?>) actor.get("history")).get("pageInfo")).get("hasNextPage"))
                        .toList());
        assertEquals(1, gateway.actorsRequests(), "the actors' changes from actors-service in one request");
        assertEquals(1, gateway.eventsRequests(), "the actors' changes from events-service in one request");
    }

    @Test
    void refusesCursorsAndSizesItDidNotHandOut() throws Exception {
        for (Map<String, Object> variables : List.of(
                Map.<String, Object>of("id", "1", "after", "bm90LWEtY3Vyc29y"),
                Map.<String, Object>of("id", "1", "after", "%%%"),
                Map.<String, Object>of("id", "1", "first", 101),
                Map.<String, Object>of("id", "1", "first", -1))) {
            Map<String, Object> response = gateway.run(PAGE, variables);
            List<?> errors = (List<?>) response.get("errors");
            assertEquals(1, errors.size(), () -> String.valueOf(response));
            assertEquals(
                    "BAD_USER_INPUT",
                    ((Map<?, ?>) ((Map<?, ?>) errors.get(0)).get("extensions")).get("code"),
                    () -> String.valueOf(response));
            assertNull(RelationsQueriesTest.list(data(response).get("actorsByIds"))
                    .get(0)
                    .get("history"));
        }
    }

    private static Map<String, Object> page(String id, int first, String after) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("first", first);
        variables.put("after", after);
        Map<String, Object> response = gateway.run(PAGE, variables);
        assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> history(Map<String, Object> response) {
        return (Map<String, Object>) RelationsQueriesTest.list(data(response).get("actorsByIds"))
                .get(0)
                .get("history");
    }

    private static List<String> changes(Map<String, Object> history) {
        return ((List<?>) history.get("edges"))
                .stream()
                        .map(edge -> (Map<?, ?>) ((Map<?, ?>) edge).get("node"))
                        .map(node -> node.get("mutation") + " " + node.get("entityType") + " " + node.get("entityId"))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response) {
        return (Map<String, Object>) response.get("data");
    }
}
