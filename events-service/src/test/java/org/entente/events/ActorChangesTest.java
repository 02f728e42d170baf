package org.entente.events;

import static org.entente.events.Fixtures.source;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Actor.eventChanges: the changes of the events an actor took part in and of the statements it made
 * or that are about it, newest first, with the actor's part before or after each change; a page of
 * them for a whole list of actors is one SQL statement.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ActorChangesTest {
    private static final String CHANGES = "query($r: [_Any!]!, $n: Int, $a: String) { _entities(representations: $r) {"
            + " ... on Actor { eventChanges(first: $n, after: $a) { edges { cursor node { mutation entityType } }"
            + " pageInfo { hasNextPage } } } } }";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anActorsChangesAreThoseOfItsEventsAndStatementsEvenAfterItWasRemoved() {
        String token = Tokens.editor();
        long host = FakeActors.knownActor();
        long guest = FakeActors.knownActor();
        long subject = FakeActors.knownActor();
        long bystander = FakeActors.knownActor();
        String event = ok(send(
                        token,
                        "mutation($s: ID!, $h: ID!, $g: ID!) { recordEvent(input: {type: MEETING, title: \"Talks\","
                                + " sourceIds: [$s], participants: [{actorId: $h, role: HOST}, {actorId: $g, role: PARTICIPANT}]}) { id } }",
                        "s",
                        source(),
                        "h",
                        host,
                        "g",
                        guest))
                .getString("data.recordEvent.id");
        ok(send(
                token,
                "mutation($e: ID!, $g: ID!) { removeParticipant(eventId: $e, actorId: $g, role: PARTICIPANT) { id } }",
                "e",
                event,
                "g",
                guest));
        String statement = ok(send(
                        token,
                        "mutation($s: ID!, $h: ID!, $a: ID!) { recordStatement(input: {kind: QUOTE, text: \"We agree\","
                                + " speakerId: $h, aboutIds: [$a], sourceId: $s}) { id } }",
                        "s",
                        source(),
                        "h",
                        host,
                        "a",
                        subject))
                .getString("data.recordStatement.id");
        ok(send(token, "mutation($s: ID!) { deleteStatement(id: $s) { id } }", "s", statement));

        assertEquals(
                List.of(
                        "deleteStatement STATEMENT",
                        "recordStatement STATEMENT",
                        "removeParticipant EVENT",
                        "recordEvent EVENT"),
                changes(host, 20, null));
        assertEquals(List.of("removeParticipant EVENT", "recordEvent EVENT"), changes(guest, 20, null));
        assertEquals(List.of("deleteStatement STATEMENT", "recordStatement STATEMENT"), changes(subject, 20, null));
        assertEquals(List.of(), changes(bystander, 20, null));

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = page(host, 3, after);
            page.getList("edges.node", Map.class)
                    .forEach(node -> paged.add(node.get("mutation") + " " + node.get("entityType")));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("edges[-1].cursor") : null;
        } while (after != null);
        assertEquals(changes(host, 20, null), paged);
    }

    @Test
    void theChangesOfAListOfActorsAreOneStatement() {
        String token = Tokens.editor();
        List<Long> actors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            actors.add(FakeActors.knownActor());
        }
        long source = source();
        for (int i = 0; i < actors.size(); i += 3) {
            ok(send(
                    token,
                    "mutation($s: ID!, $a: ID!, $b: ID!) { recordStatement(input: {kind: QUOTE, text: \"Batch\","
                            + " speakerId: $a, aboutIds: [$b], sourceId: $s}) { id } }",
                    "s",
                    source,
                    "a",
                    actors.get(i),
                    "b",
                    actors.get(i + 1)));
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath response = ok(send(
                null, CHANGES, Map.of("r", Representations.of("Actor", actors).get("representations"), "n", 5)));
        assertEquals(1, statistics.getPrepareStatementCount(), "the changes of all actors in one statement");
        for (int i = 0; i < actors.size(); i++) {
            assertEquals(
                    i % 3 == 2 ? List.of() : List.of("recordStatement"),
                    response.getList("data._entities[" + i + "].eventChanges.edges.node.mutation"),
                    "actor " + i);
        }
    }

    private static List<String> changes(long actor, int first, String after) {
        return page(actor, first, after).getList("edges.node", Map.class).stream()
                .map(node -> node.get("mutation") + " " + node.get("entityType"))
                .toList();
    }

    private static JsonPath page(long actor, int first, String after) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("r", Representations.of("Actor", List.of(actor)).get("representations"));
        variables.put("n", first);
        variables.put("a", after);
        return ok(send(null, CHANGES, variables)).setRootPath("data._entities[0].eventChanges");
    }
}
