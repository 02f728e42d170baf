package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;
import org.junit.jupiter.api.Test;

/** How {@link LinkDetails} completes the links an answer shows, by the ids of their facts. */
class LinkDetailsTest {

    private static final SubgraphRequest ORIGIN =
            new SubgraphRequest("relations", "{ network }", Map.of(), null, Deadline.after(Duration.ofSeconds(5)));

    /** Knows membership 13 of actor 1, position 21 of actor 7, every event and statement but 404. */
    private static final class DetailsGraph implements FederatedGraph {
        final List<Map<String, Object>> operations = new ArrayList<>();
        boolean eventsDown;

        @Override
        @SuppressWarnings("unchecked")
        public Future<GraphQLResponse> query(
                String document, Map<String, Object> variables, String authorization, Deadline deadline) {
            operations.add(variables);
            if (eventsDown) {
                return Future.succeededFuture(new GraphQLResponse(
                        null,
                        List.of(ResponseError.of("Subgraph events is unavailable", ResponseError.SUBGRAPH_UNAVAILABLE)),
                        Map.of()));
            }
            List<Object> actors = new ArrayList<>();
            for (String id : (List<String>) variables.get("actors")) {
                actors.add(Map.of(
                        "id",
                        id,
                        "memberships",
                        "1".equals(id)
                                ? List.of(Map.of(
                                        "id",
                                        "13",
                                        "role",
                                        "OBSERVER",
                                        "since",
                                        "2005",
                                        "until",
                                        "2023-07",
                                        "sources",
                                        List.of(Map.of("id", "32"))))
                                : List.of(),
                        "positions",
                        "7".equals(id)
                                ? List.of(Map.of(
                                        "id",
                                        "21",
                                        "title",
                                        "Chairman",
                                        "since",
                                        "2021-10",
                                        "sources",
                                        List.of(Map.of("id", "33"))))
                                : List.of()));
            }
            List<Object> events = new ArrayList<>();
            for (String id : (List<String>) variables.get("events")) {
                events.add(
                        "404".equals(id)
                                ? null
                                : Map.of(
                                        "id",
                                        id,
                                        "title",
                                        "Assembly " + id,
                                        "date",
                                        "2023-11-20",
                                        "sources",
                                        List.of(Map.of("id", "35"))));
            }
            List<Object> statements = new ArrayList<>();
            for (String id : (List<String>) variables.get("statements")) {
                Map<String, Object> statement = new HashMap<>();
                statement.put("id", id);
                statement.put("text", "We will " + "very ".repeat(40) + "much join.");
                statement.put("date", "2024-05");
                statement.put("speakerCapacity", "Chairman");
                statement.put("source", Map.of("id", "36"));
                statements.add(statement);
            }
            return Future.succeededFuture(new GraphQLResponse(
                    Map.of("actorsByIds", actors, "eventsByIds", events, "statementsByIds", statements),
                    List.of(),
                    Map.of()));
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static Link key(String key) {
        return LinkKeys.parse(key, null);
    }

    @Test
    void everyKindOfLinkGetsWhatItShowedWhenItWasReadWithTheFacts() throws Exception {
        DetailsGraph graph = new DetailsGraph();
        List<Link> found = List.of(
                key("MEMBERSHIP:13:1:4"),
                key("POSITION:21:7:6"),
                key("PARENT:6:5"),
                key("EVENT:101:2:HOST:1:PARTICIPANT"),
                key("STATEMENT:201:7:1:2024-05"));
        Map<String, Link> complete = await(new LinkDetails(graph).of(found, PartialDate.parse("2024"), true, ORIGIN));

        assertEquals(
                List.of(Map.of(
                        "actors",
                        List.of("1", "7"),
                        "events",
                        List.of("101"),
                        "statements",
                        List.of("201"),
                        "asOf",
                        "2024")),
                graph.operations,
                "one operation: memberships and positions from their member's or holder's side, events and statements by id");
        Link membership = complete.get("MEMBERSHIP:13");
        assertEquals(
                List.of("observer, 2005–2023-07", "OBSERVER", new Ref("1"), new Ref("4"), List.of(new Ref("32"))),
                List.of(
                        membership.label(),
                        membership.fromRole(),
                        membership.from(),
                        membership.to(),
                        membership.sources()));
        assertEquals(PartialDate.parse("2023-07"), membership.until());
        Link position = complete.get("POSITION:21");
        assertEquals(List.of("Chairman, since 2021-10", "Chairman"), List.of(position.label(), position.fromRole()));
        assertEquals("part of", complete.get("PARENT:6").label());
        Link event = complete.get("EVENT:101:1:PARTICIPANT:2:HOST");
        assertEquals(
                List.of("Assembly 101", "PARTICIPANT", "HOST", new Ref("101"), List.of(new Ref("35"))),
                List.of(event.label(), event.fromRole(), event.toRole(), event.event(), event.sources()));
        assertEquals(PartialDate.parse("2023-11-20"), event.date());
        Link statement = complete.get("STATEMENT:201:1");
        assertEquals(
                List.of("Chairman", new Ref("201"), List.of(new Ref("36"))),
                List.of(statement.fromRole(), statement.statement(), statement.sources()));
        assertTrue(
                statement.label().length() <= 120 && statement.label().endsWith("very…"),
                "shortened at a word: " + statement.label());
    }

    @Test
    void aLinkWhoseFactIsGoneIsLeftOut() throws Exception {
        Map<String, Link> complete = await(new LinkDetails(new DetailsGraph())
                .of(List.of(key("EVENT:404:1:HOST:2:HOST"), key("EVENT:101:1:HOST:2:HOST")), null, true, ORIGIN));
        assertEquals(List.of("EVENT:101:1:HOST:2:HOST"), List.copyOf(complete.keySet()));
    }

    @Test
    void parentLinksAloneNeedNoOperationAndManyFactsTakeOneOperationPer200() throws Exception {
        DetailsGraph graph = new DetailsGraph();
        assertEquals(
                1,
                await(new LinkDetails(graph).of(List.of(key("PARENT:6:5")), null, true, ORIGIN))
                        .size());
        assertEquals(List.of(), graph.operations);

        List<Link> events = IntStream.rangeClosed(1, 450)
                .mapToObj(i -> key("EVENT:" + (1000 + i) + ":1:HOST:2:HOST"))
                .toList();
        assertEquals(
                450,
                await(new LinkDetails(graph).of(events, null, true, ORIGIN)).size());
        assertEquals(
                List.of(200, 200, 50),
                graph.operations.stream()
                        .map(o -> ((List<?>) o.get("events")).size())
                        .toList());
    }

    @Test
    void aSubgraphThatCannotAnswerFailsTheQuery() {
        DetailsGraph graph = new DetailsGraph();
        graph.eventsDown = true;
        Exception failure = assertThrows(
                Exception.class,
                () -> await(new LinkDetails(graph).of(List.of(key("EVENT:101:1:HOST:2:HOST")), null, true, ORIGIN)));
        RelationsException cause = assertInstanceOf(RelationsException.class, failure.getCause());
        assertEquals("SUBGRAPH_UNAVAILABLE", cause.code());
    }
}
