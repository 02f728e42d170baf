package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the reader pages: by the cursors the API hands back, bounded pages, facts within the page's query. */
class GraphReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers with two pages of actors, one of events and one of statements, and records what it was asked. */
    private static final class FakeGateway implements GraphReader.Gateway {
        final List<Map<String, Object>> asked = new ArrayList<>();

        @Override
        public JsonNode execute(String document, Map<String, Object> variables) throws java.io.IOException {
            asked.add(new HashMap<>(variables));
            if (document.contains("actors(")) {
                boolean first = !variables.containsKey("after");
                return JSON.readTree(first ? ACTORS_1 : ACTORS_2);
            }
            return JSON.readTree(document.contains("events(") ? EVENTS : STATEMENTS);
        }
    }

    private static final String SOURCE = "{\"id\":\"7\",\"key\":null,\"title\":\"Article\",\"url\":null,"
            + "\"publishedAt\":null,\"retrievedAt\":null,\"publisher\":null}";
    private static final String ACTORS_1 = "{\"actors\":{\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":\"c1\"},"
            + "\"edges\":[{\"node\":{\"id\":\"1\",\"handle\":\"iran\",\"name\":\"Iran\",\"kind\":\"STATE\","
            + "\"countryCode\":\"IRN\",\"wikidataId\":null,\"description\":null,\"aliases\":[],\"parent\":null,"
            + "\"memberships\":[{\"id\":\"5\",\"role\":\"INVITED\",\"since\":\"2007-05\",\"until\":null,"
            + "\"organization\":{\"id\":\"2\"},\"sources\":[" + SOURCE + "]}],\"positions\":[]}}]}}";
    private static final String ACTORS_2 = "{\"actors\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"c2\"},"
            + "\"edges\":[{\"node\":{\"id\":\"2\",\"handle\":\"csto\",\"name\":\"CSTO\",\"kind\":\"INTERNATIONAL_ORGANIZATION\","
            + "\"aliases\":[\"ODKB\"],\"parent\":{\"id\":\"1\"},\"memberships\":[],"
            + "\"positions\":[{\"id\":\"8\",\"title\":\"Head\",\"since\":null,\"until\":\"2016\","
            + "\"organization\":{\"id\":\"1\"},\"sources\":[" + SOURCE + "]}]}}]}}";
    private static final String EVENTS = "{\"events\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},"
            + "\"edges\":[{\"node\":{\"id\":\"3\",\"type\":\"MEETING\",\"title\":\"Summit\",\"date\":\"2007\","
            + "\"participants\":[{\"role\":\"HOST\",\"actor\":{\"id\":\"2\"}}],\"sources\":[" + SOURCE + "]}}]}}";
    private static final String STATEMENTS = "{\"statements\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},"
            + "\"edges\":[{\"node\":{\"id\":\"4\",\"kind\":\"ASSESSMENT\",\"text\":\"Likely\",\"speaker\":null,"
            + "\"about\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"event\":null,\"reportedBy\":null,\"source\":" + SOURCE
            + "}}]}}";

    @Test
    void followsTheCursorsWithBoundedPagesAndPassesTheDate() throws Exception {
        FakeGateway gateway = new FakeGateway();
        Graph graph = new GraphReader(gateway).read("2007");

        assertEquals(
                List.of(
                        Map.of("first", GraphReader.ACTORS_PAGE, "asOf", "2007"),
                        Map.of("first", GraphReader.ACTORS_PAGE, "asOf", "2007", "after", "c1"),
                        Map.of("first", GraphReader.FACTS_PAGE, "asOf", "2007"),
                        Map.of("first", GraphReader.FACTS_PAGE, "asOf", "2007")),
                gateway.asked,
                "two pages of actors, one of events, one of statements");
        assertEquals(
                List.of("iran", "csto"),
                graph.actors().stream().map(Graph.Actor::handle).toList());
        assertEquals("1", graph.actors().get(1).parentId());
        assertEquals(List.of("ODKB"), graph.actors().get(1).aliases());
        assertEquals(
                new Graph.Membership(
                        "5",
                        "1",
                        "2",
                        "INVITED",
                        "2007-05",
                        null,
                        List.of(graph.sources().get(0))),
                graph.memberships().get(0));
        assertEquals("1", graph.positions().get(0).organizationId());
        assertEquals("2", graph.positions().get(0).holderId());
        assertEquals(
                List.of(new Graph.Participation("2", "HOST")),
                graph.events().get(0).participants());
        assertNull(graph.statements().get(0).speakerId());
        assertEquals(List.of("1", "2"), graph.statements().get(0).aboutIds());
        assertEquals(1, graph.sources().size(), "a source cited by many facts is one source");
    }

    @Test
    void withoutADateNoneIsSent() throws Exception {
        FakeGateway gateway = new FakeGateway();
        new GraphReader(gateway).read(null);
        gateway.asked.forEach(variables -> assertFalse(variables.containsKey("asOf"), variables.toString()));
    }
}
