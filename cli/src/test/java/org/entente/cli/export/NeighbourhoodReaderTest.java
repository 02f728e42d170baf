package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.cli.export.Graph.Participation;
import org.junit.jupiter.api.Test;

/** A neighbourhood's links turned back into the facts they come from. */
class NeighbourhoodReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "{\"id\":\"7\",\"title\":\"Article\"}";
    private static final String EVENT = "{\"id\":\"31\",\"type\":\"INVITATION\",\"title\":\"Invitation\","
            + "\"date\":\"2007-05\",\"sources\":[" + SOURCE + "]}";

    private static String actor(String id, String handle) {
        return "{\"actor\":{\"id\":\"" + id + "\",\"handle\":\"" + handle + "\",\"name\":\"" + handle
                + "\",\"kind\":\"STATE\",\"aliases\":[]}}";
    }

    private static final String NETWORK = "{\"network\":{\"nodes\":[" + actor("1", "iran") + "," + actor("2", "csto")
            + "," + actor("3", "bordyuzha") + "],\"edges\":["
            + "{\"id\":\"MEMBERSHIP:11\",\"kind\":\"MEMBERSHIP\",\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"2\"},"
            + "\"fromRole\":\"INVITED\",\"since\":\"2007-05\",\"until\":null,\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"POSITION:21\",\"kind\":\"POSITION\",\"from\":{\"id\":\"3\"},\"to\":{\"id\":\"2\"},"
            + "\"fromRole\":\"Secretary General\",\"since\":null,\"until\":\"2016\",\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"EVENT:31:1:TARGET:2:INITIATOR\",\"kind\":\"EVENT\",\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"2\"},"
            + "\"fromRole\":\"TARGET\",\"toRole\":\"INITIATOR\",\"event\":" + EVENT + ",\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"EVENT:31:1:TARGET:3:INITIATOR\",\"kind\":\"EVENT\",\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"3\"},"
            + "\"fromRole\":\"TARGET\",\"toRole\":\"INITIATOR\",\"event\":" + EVENT + ",\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"STATEMENT:41:1\",\"kind\":\"STATEMENT\",\"from\":{\"id\":\"3\"},\"to\":{\"id\":\"1\"},"
            + "\"statement\":{\"id\":\"41\",\"kind\":\"QUOTE\",\"text\":\"open\",\"speaker\":{\"id\":\"3\"},"
            + "\"about\":[{\"id\":\"2\"},{\"id\":\"1\"}],\"source\":" + SOURCE + "},\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"STATEMENT:41:2\",\"kind\":\"STATEMENT\",\"from\":{\"id\":\"3\"},\"to\":{\"id\":\"2\"},"
            + "\"statement\":{\"id\":\"41\",\"kind\":\"QUOTE\",\"text\":\"open\",\"speaker\":{\"id\":\"3\"},"
            + "\"about\":[{\"id\":\"2\"},{\"id\":\"1\"}],\"source\":" + SOURCE + "},\"sources\":[" + SOURCE + "]},"
            + "{\"id\":\"PARENT:2\",\"kind\":\"PARENT\",\"from\":{\"id\":\"2\"},\"to\":{\"id\":\"1\"},\"sources\":[]}"
            + "]}}";

    @Test
    void linksBecomeFactsEachOnce() throws Exception {
        List<Map<String, Object>> asked = new ArrayList<>();
        GraphReader.Gateway gateway = (document, variables) -> {
            asked.add(variables);
            return JSON.readTree(document.contains("network(") ? NETWORK : "{\"actor\":{\"id\":\"2\"}}");
        };
        Graph graph = new NeighbourhoodReader(gateway).read("csto", 2, "2008");

        assertEquals(
                List.of(Map.of("handle", "csto"), Map.of("actor", "2", "depth", 2, "asOf", "2008")),
                asked,
                "the actor's id, then its network in one request");
        assertEquals(
                List.of("iran", "csto", "bordyuzha"),
                graph.actors().stream().map(Graph.Actor::handle).toList());
        assertEquals(
                List.of(new Graph.Membership("11", "1", "2", "INVITED", "2007-05", null, graph.sources())),
                graph.memberships());
        assertEquals(
                List.of(new Graph.Position("21", "3", "2", "Secretary General", null, "2016", graph.sources())),
                graph.positions());
        assertEquals(1, graph.events().size(), "two links of one event are one event");
        assertEquals(
                List.of(
                        new Participation("1", "TARGET"),
                        new Participation("2", "INITIATOR"),
                        new Participation("3", "INITIATOR")),
                graph.events().get(0).participants());
        assertEquals("Invitation", graph.events().get(0).title());
        assertEquals(1, graph.statements().size(), "a statement about two of them is one statement");
        assertEquals(List.of("2", "1"), graph.statements().get(0).aboutIds());
        assertEquals(
                List.of("7"), graph.sources().stream().map(Graph.Source::id).toList());
    }

    @Test
    void anUnknownHandleIsSaidSo() {
        GraphReader.Gateway gateway = (document, variables) -> JSON.readTree("{\"actor\":null}");
        NeighbourhoodReader.NoSuchActorException e = assertThrows(
                NeighbourhoodReader.NoSuchActorException.class,
                () -> new NeighbourhoodReader(gateway).read("nobody", 1, null));
        assertEquals("no actor has the handle 'nobody'", e.getMessage());
    }
}
