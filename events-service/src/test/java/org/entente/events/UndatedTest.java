package org.entente.events;

import static org.entente.events.Fixtures.event;
import static org.entente.events.Fixtures.source;
import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.events.Pages.pageThrough;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The last day a partial date can name, 9999-12-31, is a date like any other: it sorts after
 * every earlier date and before the undated items, in both directions, and matches date filters,
 * which undated items never do. (Undated items used to be stored with that very day.)
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class UndatedTest {

    @Test
    void anEventOnTheLastDayIsDatedAndSortsBeforeTheUndated() {
        long actor = FakeActors.knownActor();
        String extra = ", participants: [{actorId: " + actor + ", role: HOST}]";
        String undated = ok(write("mutation { recordEvent(input: {type: MEETING, title: \"Undated\", sourceIds: ["
                        + source() + "]" + extra + "}) { id } }"))
                .getString("data.recordEvent.id");
        String lastDay = String.valueOf(event("Last day", "9999-12-31", extra));
        String early = String.valueOf(event("Early", "2000", extra));

        assertEquals(List.of(early, lastDay, undated), actorEvents(actor, "OLDEST_FIRST"));
        assertEquals(List.of(lastDay, early, undated), actorEvents(actor, "NEWEST_FIRST"));
        assertEquals(
                List.of(lastDay, early, undated),
                pageThrough(
                        1,
                        (first, after) -> ok(read("{ events(actor: " + actor + ", order: NEWEST_FIRST, first: "
                                        + first + (after == null ? "" : ", after: \"" + after + "\"")
                                        + ") { pageInfo { hasNextPage endCursor } edges { node { id } } } }"))
                                .setRootPath("data.events")));
        assertEquals(
                List.of(lastDay),
                ok(read("{ events(actor: " + actor + ", from: \"9999\") { edges { node { id } } } }"))
                        .getList("data.events.edges.node.id"));
        assertEquals(
                List.of(early, lastDay),
                ok(read("{ events(actor: " + actor + ", to: \"9999-12-31\") { edges { node { id } } } }"))
                        .getList("data.events.edges.node.id"));
    }

    @Test
    void aStatementOnTheLastDayIsDatedAndSortsBeforeTheUndated() {
        long speaker = FakeActors.knownActor();
        long source = source();
        String word = uniqueWord();
        String undated = statement(speaker, source, word, null);
        String lastDay = statement(speaker, source, word, "9999-12-31");
        String early = statement(speaker, source, word, "2000-05");

        assertEquals(List.of(early, lastDay, undated), statements(speaker, "OLDEST_FIRST", ""));
        assertEquals(List.of(lastDay, early, undated), statements(speaker, "NEWEST_FIRST", ""));
        assertEquals(List.of(lastDay), statements(speaker, "OLDEST_FIRST", ", from: \"9999-12\""));
        assertEquals(
                List.of(lastDay, early, undated),
                ok(read("{ statements(search: \"" + word + "\", order: NEWEST_FIRST) { edges { node { id } } } }"))
                        .getList("data.statements.edges.node.id"),
                "a ranked search (equal ranks) keeps the date order");
    }

    private static List<String> actorEvents(long actor, String order) {
        return ok(send(
                        null,
                        "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor {"
                                + " events(order: " + order + ") { edges { node { id } } } } } }",
                        Representations.of("Actor", List.of(actor))))
                .getList("data._entities[0].events.edges.node.id");
    }

    private static List<String> statements(long speaker, String order, String filter) {
        return ok(read("{ statements(speaker: " + speaker + ", order: " + order + filter
                        + ") { edges { node { id } } } }"))
                .getList("data.statements.edges.node.id");
    }

    private static String statement(long speaker, long source, String word, String date) {
        JsonPath recorded = ok(write(
                "mutation { recordStatement(input: {kind: QUOTE, text: \"" + word + " said\", speakerId: " + speaker
                        + (date == null ? "" : ", date: \"" + date + "\"") + ", sourceId: " + source + "}) { id } }"));
        return recorded.getString("data.recordStatement.id");
    }
}
