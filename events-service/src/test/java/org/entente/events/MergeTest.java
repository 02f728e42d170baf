package org.entente.events;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.events.service.MergeFollower;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * events-service follows actors-service's merge outbox: a merge moves the merged actor's
 * participations, statements and statements-about to the kept actor in one transaction (folding
 * what the kept actor has already), so a failure midway leaves nothing moved and the merge pending,
 * and the next run resumes it; applying a step twice does nothing; an unmerge moves back exactly
 * what was moved.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class MergeTest {
    /** Steps of the outbox and merges, numbered like actors-service's: in order, never reused. */
    private static final AtomicLong NEXT_STEP = new AtomicLong();

    private static final AtomicLong NEXT_MERGE = new AtomicLong(500);

    /** Everything a merge may move of an actor, in a fixed order, to compare before and after. */
    private static final String ACTORS = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { id"
            + " events { totalCount edges { node { id participants { actor { id } role } } } }"
            + " statements { totalCount edges { node { id speaker { id } reportedBy { id } about { id } } } }"
            + " statementsAbout { totalCount edges { node { id about { id } } } } } } }";

    private static final String MERGE_STATE = "query($r: [_Any!]!) { _entities(representations: $r) {"
            + " ... on ActorMerge { id eventsMovedAt eventsRestoredAt } } }";

    @Inject
    MergeFollower follower;

    @Inject
    EntityManager em;

    @Test
    void aMergeThatFailsMidwayMovesNothingAndIsResumedThenUnmergedExactly() {
        long keep = FakeActors.knownActor();
        long merged = FakeActors.knownActor();
        long other = FakeActors.knownActor();
        long summit = Fixtures.event(
                "Summit " + Fixtures.uniqueWord(), "2024-05", participants(merged, "HOST", other, "PARTICIPANT"));
        // both took part: the same participation twice once merged
        long talks = Fixtures.event(
                "Talks " + Fixtures.uniqueWord(), "2024-06", participants(merged, "PARTICIPANT", keep, "PARTICIPANT"));
        long spoken = statement(merged, List.of(keep, merged), other);
        long about = statement(other, List.of(merged), merged);
        JsonPath before = actors(keep, merged);
        String editor = "merger-" + UUID.randomUUID();
        long mergeId = NEXT_MERGE.incrementAndGet();
        FakeActors.publishStep(NEXT_STEP.incrementAndGet(), "MERGE", mergeId, keep, merged, "one actor twice", editor);

        // the statements-about are moved last: this fails the step after everything else moved
        sql("CREATE FUNCTION fail_merge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'the disk is full'; END $$");
        sql("CREATE TRIGGER fail_merge BEFORE INSERT ON statement_about FOR EACH ROW WHEN (NEW.actor_id = " + keep
                + ") EXECUTE FUNCTION fail_merge()");
        try {
            assertThrows(RuntimeException.class, follower::follow);
        } finally {
            sql("DROP TRIGGER fail_merge ON statement_about");
            sql("DROP FUNCTION fail_merge()");
        }
        // nothing half-moved is shown: all as before, the merge pending here, nothing in the history
        assertEquals(before.getList("data._entities"), actors(keep, merged).getList("data._entities"));
        assertNull(mergeState(mergeId).getString("data._entities[0].eventsMovedAt"));
        assertEquals(List.of(), changesBy(editor));

        assertEquals(1, follower.follow(), "the next run resumes at the failed step");
        assertEquals(0, follower.follow(), "a step is applied once");
        assertNotNull(mergeState(mergeId).getString("data._entities[0].eventsMovedAt"));
        JsonPath after = actors(keep, merged);
        assertEquals(
                List.of(List.of(String.valueOf(keep), String.valueOf(other)), List.of(String.valueOf(keep))),
                after.getList("data._entities[0].events.edges.node.participants.actor.id").stream()
                        .map(ids -> ((List<?>) ids)
                                .stream().map(String::valueOf).sorted().toList())
                        .toList());
        assertEquals(List.of(String.valueOf(spoken)), after.getList("data._entities[0].statements.edges.node.id"));
        assertEquals(
                List.of(String.valueOf(keep)), after.getList("data._entities[0].statements.edges[0].node.about.id"));
        assertEquals(
                List.of(String.valueOf(spoken), String.valueOf(about)),
                after.getList("data._entities[0].statementsAbout.edges.node.id"));
        assertEquals(
                String.valueOf(keep), after.getString("data._entities[0].statementsAbout.edges[1].node.about[0].id"));
        assertEquals(0, after.getInt("data._entities[1].events.totalCount"));
        assertEquals(0, after.getInt("data._entities[1].statements.totalCount"));
        assertEquals(0, after.getInt("data._entities[1].statementsAbout.totalCount"));
        assertEquals(List.of(summit, talks), eventIds(after));
        // each changed event and statement is recorded for the editor who merged, with the reason
        List<Map<String, Object>> changes = changesBy(editor);
        assertEquals(4, changes.size(), changes::toString);
        assertTrue(changes.stream()
                .allMatch(c -> c.get("mutation").equals("mergeActors")
                        && c.get("reason").equals("one actor twice")));

        FakeActors.publishStep(NEXT_STEP.incrementAndGet(), "UNMERGE", mergeId, keep, merged, "two after all", editor);
        assertEquals(1, follower.follow());
        assertNotNull(mergeState(mergeId).getString("data._entities[0].eventsRestoredAt"));
        assertEquals(before.getList("data._entities"), actors(keep, merged).getList("data._entities"));
        assertEquals(8, changesBy(editor).size());
    }

    @Test
    void aWriteThatNamesAMergedActorIsRefused() {
        long keep = FakeActors.knownActor();
        long merged = FakeActors.knownActor();
        long event = Fixtures.event("Visit " + Fixtures.uniqueWord(), "2024", "");
        FakeActors.merged(merged, keep);
        String message = errorCode(
                send(
                        Tokens.editor(),
                        "mutation($e: ID!, $a: ID!) { addParticipant(eventId: $e, actorId: $a, role: HOST) { id } }",
                        "e",
                        event,
                        "a",
                        merged),
                "CONFLICT");
        assertTrue(message.contains(String.valueOf(keep)), message);
        assertFalse(ok(read("query($id: ID!) { event(id: $id) { participants { actor { id } } } }", "id", event))
                .getList("data.event.participants.actor.id")
                .contains(String.valueOf(merged)));
    }

    private static String participants(long first, String firstRole, long second, String secondRole) {
        return ", participants: [{actorId: " + first + ", role: " + firstRole + "}, {actorId: " + second + ", role: "
                + secondRole + "}]";
    }

    private static long statement(long speaker, List<Long> about, long reportedBy) {
        return Long.parseLong(ok(write(
                        "mutation($s: ID!, $a: [ID!], $r: ID, $src: ID!) { recordStatement(input: {kind: QUOTE, text: \"We"
                                + " agree\", speakerId: $s, aboutIds: $a, reportedById: $r, date: \"2024-05\", sourceId: $src})"
                                + " { id } }",
                        "s",
                        speaker,
                        "a",
                        about,
                        "r",
                        reportedBy,
                        "src",
                        Fixtures.source()))
                .getString("data.recordStatement.id"));
    }

    private static JsonPath actors(long... ids) {
        List<Map<String, Object>> representations = Arrays.stream(ids)
                .mapToObj(id -> Map.<String, Object>of("__typename", "Actor", "id", String.valueOf(id)))
                .toList();
        return ok(read(ACTORS, "r", representations));
    }

    private static List<Long> eventIds(JsonPath actors) {
        return actors.getList("data._entities[0].events.edges.node.id", String.class).stream()
                .map(Long::valueOf)
                .toList();
    }

    private static JsonPath mergeState(long mergeId) {
        return ok(read(MERGE_STATE, "r", List.of(Map.of("__typename", "ActorMerge", "id", String.valueOf(mergeId)))));
    }

    private static List<Map<String, Object>> changesBy(String editor) {
        return ok(read(
                        "query($by: String) { eventChanges(by: $by, first: 100) { edges { node { mutation entityType reason } } } }",
                        "by",
                        editor))
                .getList("data.eventChanges.edges.node");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
