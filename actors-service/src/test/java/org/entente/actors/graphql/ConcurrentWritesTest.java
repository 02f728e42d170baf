package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.ConcurrentRequests;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Writers that race for the same row, each over HTTP from its own thread: a change based on the
 * same state as another (a version, an open membership, a free handle) wins once and the others
 * get CONFLICT, never INTERNAL; changes that do not exclude each other (different aliases) all
 * take effect. Either way the final state is what the winners wrote.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConcurrentWritesTest {
    private static final int WRITERS = 12;

    /** The single winner's index; asserts that every other writer got {@code loserCode}. */
    private static int onlyWinner(List<JsonPath> answers, String loserCode) {
        List<String> codes = answers.stream().map(ConcurrentRequests::code).toList();
        assertEquals(1, codes.stream().filter(Objects::isNull).count(), codes::toString);
        assertEquals(WRITERS - 1, codes.stream().filter(loserCode::equals).count(), codes::toString);
        return codes.indexOf(null);
    }

    private static List<JsonPath> race(IntFunction<JsonPath> writer) {
        return ConcurrentRequests.send(WRITERS, writer);
    }

    @Test
    void updatesOfTheSameVersionWinOnce() {
        String handle = Fixtures.uniqueHandle("raced");
        String id = ok(write(
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                        "input",
                        Fixtures.actorInput(handle, "GROUP", "Raced")))
                .getString("data.createActor.id");
        List<JsonPath> answers = race(i -> write(
                "mutation($id: ID!, $input: ActorInput!) { updateActor(id: $id, version: 0, input: $input) { name } }",
                "id",
                id,
                "input",
                Fixtures.actorInput(handle, "GROUP", "Name " + i)));
        int winner = onlyWinner(answers, "CONFLICT");
        JsonPath now = ok(read("query($id: ID) { actor(id: $id) { name version } }", "id", id));
        assertEquals("Name " + winner, now.getString("data.actor.name"));
        assertEquals(1, now.getInt("data.actor.version"));
    }

    @Test
    void creationsOfTheSameHandleWinOnce() {
        String handle = Fixtures.uniqueHandle("same");
        List<JsonPath> answers = race(i -> write(
                "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                "input",
                Fixtures.actorInput(handle, "GROUP", "Same " + i)));
        int winner = onlyWinner(answers, "CONFLICT");
        JsonPath actor = ok(read("query($h: String) { actor(handle: $h) { id name } }", "h", handle));
        assertEquals(answers.get(winner).getString("data.createActor.id"), actor.getString("data.actor.id"));
        assertEquals("Same " + winner, actor.getString("data.actor.name"));
    }

    @Test
    void endsOfTheSameMembershipWinOnce() {
        String person = Fixtures.actor("PERSON", "Racing Member");
        String group = Fixtures.actor("GROUP", "Racing Group");
        String membership = Fixtures.membership(person, group, "MEMBER", "2000", null);
        List<JsonPath> answers = race(i -> write(
                "mutation($id: ID!, $until: PartialDate!) { endMembership(id: $id, until: $until) { until } }",
                "id",
                membership,
                "until",
                String.valueOf(2001 + i)));
        int winner = onlyWinner(answers, "CONFLICT");
        assertEquals(
                List.of(String.valueOf(2001 + winner)),
                ok(read("query($id: ID) { actor(id: $id) { memberships { until } } }", "id", person))
                        .getList("data.actor.memberships.until"));
    }

    @Test
    void endsOfTheSamePositionWinOnce() {
        String person = Fixtures.actor("PERSON", "Racing Holder");
        String group = Fixtures.actor("GROUP", "Racing Office");
        String position = Fixtures.position(person, group, "Chair", "2000", null);
        List<JsonPath> answers = race(i -> write(
                "mutation($id: ID!, $until: PartialDate!) { endPosition(id: $id, until: $until) { until } }",
                "id",
                position,
                "until",
                String.valueOf(2001 + i)));
        int winner = onlyWinner(answers, "CONFLICT");
        assertEquals(
                List.of(String.valueOf(2001 + winner)),
                ok(read("query($id: ID) { actor(id: $id) { positions { until } } }", "id", person))
                        .getList("data.actor.positions.until"));
    }

    @Test
    void differentAliasesAddedAtOnceAreAllKept() {
        String actor = Fixtures.actor("PERSON", "Many Names");
        List<JsonPath> answers = race(i -> write(
                "mutation($id: ID!, $alias: String!) { addAlias(actorId: $id, alias: $alias) { id } }",
                "id",
                actor,
                "alias",
                "Alias " + i));
        answers.forEach(answer -> ok(answer));
        JsonPath now = ok(read("query($id: ID) { actor(id: $id) { aliases version } }", "id", actor));
        assertEquals(WRITERS, new HashSet<>(now.getList("data.actor.aliases")).size());
        assertEquals(WRITERS, now.getInt("data.actor.version"), "each alias was one change");
    }

    @Test
    void removalsOfTheSameAliasWinOnce() {
        String actor = Fixtures.actor("PERSON", "Fewer Names", "Doomed", "Kept");
        List<JsonPath> answers = race(i -> write(
                "mutation($id: ID!, $alias: String!) { removeAlias(actorId: $id, alias: $alias) { id } }",
                "id",
                actor,
                "alias",
                "Doomed"));
        onlyWinner(answers, "NOT_FOUND");
        assertEquals(
                Map.of("aliases", List.of("Kept"), "version", 1),
                ok(read("query($id: ID) { actor(id: $id) { aliases version } }", "id", actor))
                        .getMap("data.actor"));
    }
}
