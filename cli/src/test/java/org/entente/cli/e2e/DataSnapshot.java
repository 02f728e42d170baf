package org.entente.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything stored, read through the gateway: every actor with its version, aliases,
 * memberships and positions, every event with its version, participants and sources, every
 * statement with its version and actors. Two snapshots are equal exactly when no write happened
 * between them that any of these shows.
 */
record DataSnapshot(List<JsonNode> actors, List<JsonNode> events, List<JsonNode> statements) {

    private static final String ACTORS = """
            query($after: String) { actors(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
              edges { node { id handle version kind name aliases countryCode description wikidataId parent { id }
                memberships { id role since until organization { id } }
                positions { id title since until organization { id } } } } } }""";
    private static final String EVENTS = """
            query($after: String) { events(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
              edges { node { id version key type title summary date endDate location
                participants { role actor { id } } sources { id url } } } } }""";
    private static final String STATEMENTS = """
            query($after: String) { statements(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
              edges { node { id version key kind text date stance speakerCapacity speaker { id } about { id }
                source { id } event { id } } } } }""";

    static DataSnapshot take() throws IOException, InterruptedException {
        return new DataSnapshot(all(ACTORS, "actors"), all(EVENTS, "events"), all(STATEMENTS, "statements"));
    }

    int memberships() {
        return actors.stream().mapToInt(a -> a.path("memberships").size()).sum();
    }

    String counts() {
        return actors.size() + " actors, " + memberships() + " memberships, " + events.size() + " events, "
                + statements.size() + " statements";
    }

    /** Every node of a connection, page by page. */
    private static List<JsonNode> all(String query, String field) throws IOException, InterruptedException {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = RunningStack.query(query, variables).path(field);
            page.path("edges").forEach(edge -> nodes.add(edge.path("node")));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                if (nodes.size() != page.path("totalCount").asInt()) {
                    throw new AssertionError(field + ": read " + nodes.size() + " of " + page.path("totalCount"));
                }
                return nodes;
            }
            after = page.path("pageInfo").path("endCursor").asText();
        }
    }
}
