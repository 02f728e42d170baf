package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ActorQueriesTest {

    private static final String ACTOR_FIELDS = "id handle kind name aliases description countryCode wikidataId version";

    @Test
    void findsAnActorByIdAndByHandle() {
        String handle = Fixtures.uniqueHandle("iran");
        Map<String, Object> input = Fixtures.actorInput(handle, "STATE", "Iran");
        input.putAll(Map.of(
                "aliases",
                List.of("Islamic Republic of Iran", "Persia"),
                "description",
                "A state in West Asia",
                "countryCode",
                "IRN",
                "wikidataId",
                "Q794"));
        String id = ok(write("mutation($input: ActorInput!) { createActor(input: $input) { id } }", "input", input))
                .getString("data.createActor.id");

        JsonPath byId = ok(read("query($id: ID) { actor(id: $id) { " + ACTOR_FIELDS + " } }", "id", id));
        assertEquals(handle, byId.getString("data.actor.handle"));
        assertEquals("STATE", byId.getString("data.actor.kind"));
        assertEquals("Iran", byId.getString("data.actor.name"));
        assertEquals(List.of("Islamic Republic of Iran", "Persia"), byId.getList("data.actor.aliases"));
        assertEquals("A state in West Asia", byId.getString("data.actor.description"));
        assertEquals("IRN", byId.getString("data.actor.countryCode"));
        assertEquals("Q794", byId.getString("data.actor.wikidataId"));
        assertEquals(0, byId.getInt("data.actor.version"));

        JsonPath byHandle = ok(read("query($h: String) { actor(handle: $h) { id } }", "h", handle));
        assertEquals(id, byHandle.getString("data.actor.id"));
    }

    @Test
    void unknownIdOrHandleIsNull() {
        assertNull(ok(read("{ actor(id: 987654321) { id } }")).get("data.actor"));
        assertNull(ok(read("{ actor(handle: \"no-such-actor\") { id } }")).get("data.actor"));
    }

    @Test
    void actorNeedsExactlyOneOfIdAndHandle() {
        errorCode(read("{ actor { id } }"), "BAD_USER_INPUT");
        errorCode(read("{ actor(id: 1, handle: \"x\") { id } }"), "BAD_USER_INPUT");
    }

    @Test
    void pagesThroughActorsWithCursorsAndTotalCount() {
        String token = uniqueWord();
        for (int i = 1; i <= 5; i++) {
            Fixtures.actor("GROUP", token + " Group " + i);
        }
        String query = "query($s: String, $after: String) { actors(search: $s, first: 2, after: $after) {"
                + " totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        JsonPath first = ok(read(query, "s", token));
        assertEquals(5, first.getInt("data.actors.totalCount"));
        assertEquals(List.of(token + " Group 1", token + " Group 2"), first.getList("data.actors.edges.node.name"));
        assertTrue(first.getBoolean("data.actors.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.actors.pageInfo.hasPreviousPage"));

        JsonPath second = ok(read(query, "s", token, "after", first.getString("data.actors.pageInfo.endCursor")));
        assertEquals(List.of(token + " Group 3", token + " Group 4"), second.getList("data.actors.edges.node.name"));
        assertTrue(second.getBoolean("data.actors.pageInfo.hasPreviousPage"));

        JsonPath last = ok(read(query, "s", token, "after", second.getString("data.actors.pageInfo.endCursor")));
        assertEquals(List.of(token + " Group 5"), last.getList("data.actors.edges.node.name"));
        assertFalse(last.getBoolean("data.actors.pageInfo.hasNextPage"));
        assertEquals(5, last.getInt("data.actors.totalCount"));
    }

    @Test
    void filtersByKinds() {
        String token = uniqueWord();
        Fixtures.actor("MEDIA", token + " News Agency");
        Fixtures.actor("STATE", token + " Republic");
        Fixtures.actor("PERSON", token + " Person");
        JsonPath response = ok(read(
                "query($s: String) { actors(search: $s, kinds: [MEDIA, STATE]) { totalCount edges { node { kind } } } }",
                "s",
                token));
        assertEquals(2, response.getInt("data.actors.totalCount"));
        assertEquals(
                List.of("MEDIA", "STATE"),
                response.getList("data.actors.edges.node.kind").stream()
                        .sorted()
                        .toList());
    }

    @Test
    void listsWithoutSearchInNameOrder() {
        JsonPath response = ok(read("{ actors(first: 100) { totalCount edges { node { name } } } }"));
        List<String> names = response.getList("data.actors.edges.node.name");
        assertFalse(names.isEmpty());
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(response.getInt("data.actors.totalCount") >= names.size());
    }

    @Test
    void refusesBadPagingArguments() {
        errorCode(read("{ actors(first: -1) { totalCount } }"), "BAD_USER_INPUT");
        errorCode(read("{ actors(first: 101) { totalCount } }"), "BAD_USER_INPUT");
        errorCode(read("{ actors(after: \"not-a-cursor\") { totalCount } }"), "BAD_USER_INPUT");
    }

    /** A made-up word no other test uses, so that a search finds only this test's actors. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
