package org.entente.events;

import static org.entente.events.Fixtures.event;
import static org.entente.events.Fixtures.source;
import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.entente.subgraph.testing.ConcurrentRequests;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Writers that race for the same row, each over HTTP from its own thread: a change based on the
 * same version as another wins once and the others get CONFLICT, never INTERNAL; changes that do
 * not exclude each other (different participants) all take effect and each raises the version.
 * Either way the final state is what the winners wrote.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ConcurrentWritesTest {
    private static final int WRITERS = 12;

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
    void updatesOfTheSameEventVersionWinOnce() {
        long id = event("Raced", "2020", "");
        long source = source();
        List<JsonPath> answers =
                race(i -> write("mutation { updateEvent(id: " + id + ", version: 0, input: {type: MEETING,"
                        + " title: \"Title " + i + "\", date: \"2020\", sourceIds: [" + source + "]}) { id } }"));
        int winner = onlyWinner(answers, "CONFLICT");
        assertTrue(answers.stream()
                .filter(answer -> "CONFLICT".equals(ConcurrentRequests.code(answer)))
                .allMatch(answer -> answer.getString("errors[0].message").contains("reload")));
        JsonPath now = ok(read("{ event(id: " + id + ") { title version sources { id } } }"));
        assertEquals("Title " + winner, now.getString("data.event.title"));
        assertEquals(1, now.getInt("data.event.version"));
        assertEquals(List.of(String.valueOf(source)), now.getList("data.event.sources.id"));
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        long id = event("Stale", "2020", "");
        ok(write("mutation { updateEvent(id: " + id + ", version: 0, input: {type: MEETING, title: \"First edit\","
                + " date: \"2020\"}) { id } }"));
        JsonPath stale = write("mutation { updateEvent(id: " + id + ", version: 0, input: {type: VISIT,"
                + " title: \"Second edit, made without the first\", date: \"2021\"}) { id } }");
        assertEquals("CONFLICT", ConcurrentRequests.code(stale));
        assertEquals("STALE_VERSION", stale.getString("errors[0].extensions.reason"));
        assertEquals(
                "First edit", ok(read("{ event(id: " + id + ") { title } }")).getString("data.event.title"));
    }

    @Test
    void updatesOfTheSameStatementVersionWinOnce() {
        long source = source();
        String id = ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"draft\", sourceId: " + source
                        + "}) { id } }"))
                .getString("data.recordStatement.id");
        List<JsonPath> answers = race(i -> write("mutation { updateStatement(id: " + id + ", version: 0, input: {kind:"
                + " ASSESSMENT, text: \"Text " + i + "\", sourceId: " + source + "}) { id } }"));
        int winner = onlyWinner(answers, "CONFLICT");
        JsonPath now = ok(read("{ statements(search: \"Text\", first: 100) { edges { node { id text version } } } }"));
        int at = now.getList("data.statements.edges.node.id").indexOf(id);
        assertEquals("Text " + winner, now.getString("data.statements.edges[" + at + "].node.text"));
        assertEquals(1, now.getInt("data.statements.edges[" + at + "].node.version"));
    }

    @Test
    void differentParticipantsAddedAtOnceAreAllKept() {
        long id = event("Crowded", "2021", "");
        long[] actors =
                LongStream.range(0, WRITERS).map(i -> FakeActors.knownActor()).toArray();
        List<JsonPath> answers = race(i -> write("mutation { addParticipant(eventId: " + id + ", actorId: " + actors[i]
                + ", role: PARTICIPANT) { id } }"));
        answers.forEach(answer -> ok(answer));
        JsonPath now = ok(read("{ event(id: " + id + ") { version participants { actor { id } } } }"));
        Set<Object> expected =
                new HashSet<>(LongStream.of(actors).mapToObj(String::valueOf).toList());
        assertEquals(expected, new HashSet<>(now.getList("data.event.participants.actor.id")));
        assertEquals(WRITERS, now.getInt("data.event.version"), "each participant was one change");
    }

    @Test
    void removalsOfTheSameParticipantWinOnce() {
        long actor = FakeActors.knownActor();
        long id = event("Shrinking", "2021", ", participants: [{actorId: " + actor + ", role: HOST}]");
        List<JsonPath> answers = race(i -> write(
                "mutation { removeParticipant(eventId: " + id + ", actorId: " + actor + ", role: HOST) { id } }"));
        onlyWinner(answers, "NOT_FOUND");
        JsonPath now = ok(read("{ event(id: " + id + ") { version participants { role } } }"));
        assertEquals(List.of(), now.getList("data.event.participants"));
        assertEquals(1, now.getInt("data.event.version"));
    }

    @Test
    void recordingsOfTheSameKeyMakeOneEvent() {
        String key = uniqueWord();
        long source = source();
        List<JsonPath> answers = race(i -> write("mutation { recordEvent(input: {key: \"" + key + "\", type: MEETING,"
                + " title: \"" + key + " " + i + "\", date: \"2022\", sourceIds: [" + source + "]}) { id } }"));
        List<String> codes = answers.stream().map(ConcurrentRequests::code).toList();
        assertTrue(codes.stream().allMatch(code -> code == null || code.equals("CONFLICT")), codes::toString);
        Set<String> ids = new HashSet<>();
        answers.stream()
                .filter(answer -> ConcurrentRequests.code(answer) == null)
                .forEach(answer -> ids.add(answer.getString("data.recordEvent.id")));
        assertEquals(1, ids.size(), "every writer that succeeded got the one event: " + codes);
        assertEquals(
                1,
                ok(read("{ events(search: \"" + key + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }
}
