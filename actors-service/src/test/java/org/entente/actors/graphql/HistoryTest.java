package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every write of actors, memberships and positions is recorded with who, when, which mutation,
 * why, and the values before and after, in the transaction of the write; read back through
 * {@code history} and {@code actorChanges}. Each test writes as an editor of its own, so the feed
 * filtered by that editor holds exactly its changes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class HistoryTest {

    private static final String CREATE = "mutation($input: ActorInput!, $reason: String) {"
            + " createActor(input: $input, reason: $reason) { id version } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: ActorInput!, $reason: String) {"
            + " updateActor(id: $id, version: $version, input: $input, reason: $reason) { version } }";
    private static final String CHANGE = "id at by mutation entityType entityId before after reason";
    private static final String FEED = "query($by: String, $first: Int, $after: String) {"
            + " actorChanges(by: $by, first: $first, after: $after) { edges { cursor node { " + CHANGE + " } }"
            + " pageInfo { hasNextPage hasPreviousPage endCursor } } }";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void recordsEveryActorChangeWithWhoWhyAndTheValuesBeforeAndAfter() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String handle = Fixtures.uniqueHandle("iran");
        Map<String, Object> input = Fixtures.actorInput(handle, "STATE", "Iran");
        JsonPath response = ok(send(token, CREATE, "input", input, "reason", "  from the CSTO article  "));
        String id = response.getString("data.createActor.id");
        input.put("name", "Islamic Republic of Iran");
        ok(send(token, UPDATE, "id", id, "version", 0, "input", input, "reason", "official name"));
        ok(send(token, "mutation($id: ID!) { addAlias(actorId: $id, alias: \"Persia\") { id } }", "id", id));
        // an alias that is there already changes nothing, and nothing is recorded
        ok(send(token, "mutation($id: ID!) { addAlias(actorId: $id, alias: \"Persia\") { id } }", "id", id));
        ok(send(
                token,
                "mutation($id: ID!) { removeAlias(actorId: $id, alias: \"Persia\", reason: \"archaic\") { id } }",
                "id",
                id));

        JsonPath history = ok(read(
                "query($id: ID) { actor(id: $id) { actorChanges { edges { node { " + CHANGE + " } } } } }", "id", id));
        List<Map<String, Object>> changes = history.getList("data.actor.actorChanges.edges.node");
        assertEquals(
                List.of("removeAlias", "addAlias", "updateActor", "createActor"),
                changes.stream().map(c -> c.get("mutation")).toList());
        Map<String, Object> creation = changes.get(3);
        assertEquals(editor, creation.get("by"));
        assertEquals("ACTOR", creation.get("entityType"));
        assertEquals(id, creation.get("entityId"));
        assertEquals("from the CSTO article", creation.get("reason"));
        assertNull(creation.get("before"));
        Map<String, Object> created = new HashMap<>();
        created.put("handle", handle);
        created.put("kind", "STATE");
        created.put("name", "Iran");
        created.put("aliases", List.of());
        for (String absent : List.of("description", "countryCode", "wikidataId", "parentId")) {
            created.put(absent, null);
        }
        assertEquals(created, json(creation.get("after")));
        Map<String, Object> update = changes.get(2);
        assertEquals(created, json(update.get("before")));
        created.put("name", "Islamic Republic of Iran");
        assertEquals(created, json(update.get("after")));
        assertEquals("official name", update.get("reason"));
        assertNull(changes.get(1).get("reason"));
        assertEquals(List.of("Persia"), json(changes.get(1).get("after")).get("aliases"));
        assertEquals(List.of(), json(changes.get(0).get("after")).get("aliases"));
        assertEquals(changes.get(1).get("after"), changes.get(0).get("before"));
        assertTrue(((String) creation.get("at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
    }

    @Test
    void recordsMembershipAndPositionChanges() {
        String editor = editor();
        String token = Tokens.editor(editor);
        String member = Fixtures.actor("STATE", "Iran");
        String organization = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String person = Fixtures.actor("PERSON", "Someone");
        Map<String, Object> membership = new HashMap<>(Map.of(
                "memberId", member, "organizationId", organization, "role", "OBSERVER", "sourceIds", List.of("s1")));
        String membershipId = ok(send(
                        token,
                        "mutation($input: MembershipInput!) { addMembership(input: $input, reason: \"article\") { id } }",
                        "input",
                        membership))
                .getString("data.addMembership.id");
        ok(send(
                token,
                "mutation($id: ID!) { endMembership(id: $id, until: \"2024\", reason: \"left\") { id } }",
                "id",
                membershipId));
        Map<String, Object> position = new HashMap<>(Map.of(
                "holderId", person, "organizationId", organization, "title", "Secretary", "sourceIds", List.of("s1")));
        String positionId = ok(send(
                        token,
                        "mutation($input: PositionInput!) { addPosition(input: $input) { id } }",
                        "input",
                        position))
                .getString("data.addPosition.id");
        ok(send(token, "mutation($id: ID!) { endPosition(id: $id, until: \"2025-01\") { id } }", "id", positionId));

        JsonPath feed = ok(read(FEED, "by", editor));
        List<Map<String, Object>> changes = feed.getList("data.actorChanges.edges.node");
        assertEquals(
                List.of("endPosition", "addPosition", "endMembership", "addMembership"),
                changes.stream().map(c -> c.get("mutation")).toList());
        assertEquals(
                List.of("POSITION", "POSITION", "MEMBERSHIP", "MEMBERSHIP"),
                changes.stream().map(c -> c.get("entityType")).toList());
        Map<String, Object> ended = changes.get(2);
        assertEquals(membershipId, ended.get("entityId"));
        assertEquals("left", ended.get("reason"));
        Map<String, Object> open = new HashMap<>();
        open.put("memberId", Integer.valueOf(member));
        open.put("organizationId", Integer.valueOf(organization));
        open.put("role", "OBSERVER");
        open.put("since", null);
        open.put("until", null);
        open.put("sourceIds", List.of("s1"));
        assertEquals(open, json(ended.get("before")));
        open.put("until", "2024");
        assertEquals(open, json(ended.get("after")));

        JsonPath histories = ok(read(
                "query($id: ID) { actor(id: $id) { memberships { history { edges { node { mutation } } } } } }",
                "id",
                member));
        assertEquals(
                List.of("endMembership", "addMembership"),
                histories.getList("data.actor.memberships[0].history.edges.node.mutation"));

        // an actor's changes: its own, and those of its memberships and positions on either side
        assertEquals(List.of("endMembership", "addMembership", "createActor"), actorChanges(member, 20, null));
        assertEquals(
                List.of("endPosition", "addPosition", "endMembership", "addMembership", "createActor"),
                actorChanges(organization, 20, null));
        assertEquals(List.of("endPosition", "addPosition", "createActor"), actorChanges(person, 20, null));
        JsonPath firstTwo = ok(read(
                "query($id: ID) { actor(id: $id) { actorChanges(first: 2) { edges { cursor } pageInfo { hasNextPage } } } }",
                "id",
                organization));
        assertTrue(firstTwo.getBoolean("data.actor.actorChanges.pageInfo.hasNextPage"));
        assertEquals(
                List.of("endMembership", "addMembership", "createActor"),
                actorChanges(organization, 20, firstTwo.getString("data.actor.actorChanges.edges[1].cursor")));
    }

    private static List<String> actorChanges(String actor, int first, String after) {
        return ok(read(
                        "query($id: ID, $n: Int, $a: String) { actor(id: $id) { actorChanges(first: $n, after: $a)"
                                + " { edges { node { mutation } } } } }",
                        "id",
                        actor,
                        "n",
                        first,
                        "a",
                        after))
                .getList("data.actor.actorChanges.edges.node.mutation");
    }

    @Test
    void aRefusedWriteLeavesNoHistory() {
        String editor = editor();
        String token = Tokens.editor(editor);
        Map<String, Object> input =
                Fixtures.actorInput(Fixtures.uniqueHandle("csto"), "INTERNATIONAL_ORGANIZATION", "CSTO");
        String tooLong = "x".repeat(1001);
        // refused after the actor's row was inserted: the insert is rolled back with everything else
        errorCode(send(token, CREATE, "input", input, "reason", tooLong), "BAD_USER_INPUT");
        assertEquals(0, feed(editor).size());

        String id = ok(send(token, CREATE, "input", input)).getString("data.createActor.id");
        input.put("name", "Collective Security Treaty Organization");
        // refused after the changed row was flushed
        errorCode(send(token, UPDATE, "id", id, "version", 0, "input", input, "reason", tooLong), "BAD_USER_INPUT");
        // refused before anything was written: a stale version, a parent that would make a cycle
        errorCode(send(token, UPDATE, "id", id, "version", 7, "input", input), "CONFLICT");
        input.put("parentId", id);
        errorCode(send(token, UPDATE, "id", id, "version", 0, "input", input), "BAD_USER_INPUT");
        errorCode(
                send(token, "mutation($id: ID!) { removeAlias(actorId: $id, alias: \"none\") { id } }", "id", id),
                "NOT_FOUND");

        assertEquals(
                List.of("createActor"),
                feed(editor).stream().map(c -> c.get("mutation")).toList());
        JsonPath actor = ok(read("query($id: ID) { actor(id: $id) { name version } }", "id", id));
        assertEquals("CSTO", actor.getString("data.actor.name"));
        assertEquals(0, actor.getInt("data.actor.version"));
    }

    @Test
    void theFeedPagesNewestFirstWithKeysetCursors() {
        String editor = editor();
        String token = Tokens.editor(editor);
        for (int i = 0; i < 5; i++) {
            ok(send(token, CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("g"), "GROUP", "Group " + i)));
        }
        List<String> names = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = ok(read(FEED, "by", editor, "first", 2, "after", after));
            page.getList("data.actorChanges.edges.node.after", String.class)
                    .forEach(values -> names.add((String) json(values).get("name")));
            assertEquals(after != null, page.getBoolean("data.actorChanges.pageInfo.hasPreviousPage"));
            after = page.getBoolean("data.actorChanges.pageInfo.hasNextPage")
                    ? page.getString("data.actorChanges.pageInfo.endCursor")
                    : null;
            pages++;
        } while (after != null);
        assertEquals(List.of("Group 4", "Group 3", "Group 2", "Group 1", "Group 0"), names);
        assertEquals(3, pages);
    }

    @Test
    void refusesBadPagesAndFilters() {
        errorCode(read(FEED, "first", 101), "BAD_USER_INPUT");
        errorCode(read(FEED, "after", "bm90LWEtY3Vyc29y"), "BAD_USER_INPUT");
        errorCode(read("{ actorChanges(since: \"yesterday\") { edges { cursor } } }"), "BAD_USER_INPUT");
        errorCode(
                read("query($by: String) { actorChanges(by: $by) { edges { cursor } } }", "by", "b".repeat(256)),
                "BAD_USER_INPUT");
        String id = Fixtures.actor("STATE", "Armenia");
        errorCode(
                read(
                        "query($id: ID) { actor(id: $id) { actorChanges(after: \"zzz\") { edges { cursor } } } }",
                        "id",
                        id),
                "BAD_USER_INPUT");
        JsonPath future =
                ok(read("{ actorChanges(since: \"2999-01-01\") { edges { cursor } pageInfo { hasNextPage } } }"));
        assertEquals(0, future.getList("data.actorChanges.edges").size());
        assertFalse(future.getBoolean("data.actorChanges.pageInfo.hasNextPage"));
    }

    @Test
    void theHistoriesOfAListOfActorsAreOneStatement() {
        String editor = editor();
        String token = Tokens.editor(editor);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(ok(send(token, CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("h"), "GROUP", "H" + i)))
                    .getString("data.createActor.id"));
        }
        List<Map<String, Object>> representations = ids.stream()
                .map(id -> Map.<String, Object>of("__typename", "Actor", "id", id))
                .toList();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath response = ok(read(
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { id"
                        + " actorChanges(first: 1) { edges { node { mutation by } } pageInfo { hasNextPage } } } } }",
                "r",
                representations));
        assertEquals(2, statistics.getPrepareStatementCount(), "the actors, then the histories of all of them");
        List<Map<String, Object>> entities = response.getList("data._entities");
        assertEquals(40, entities.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(
                    List.of("createActor"),
                    response.getList("data._entities[" + i + "].actorChanges.edges.node.mutation"));
            assertFalse(response.getBoolean("data._entities[" + i + "].actorChanges.pageInfo.hasNextPage"));
        }
    }

    private static List<Map<String, Object>> feed(String editor) {
        return ok(read(FEED, "by", editor)).getList("data.actorChanges.edges.node");
    }

    /** A change's before or after values, as JSON. */
    private static Map<String, Object> json(Object text) {
        return JsonPath.from((String) text).getMap("");
    }

    private static String editor() {
        return "editor-" + UUID.randomUUID();
    }
}
