package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Input that used to reach PostgreSQL and fail there as INTERNAL (a value longer than its column,
 * a cursor whose offset overflowed) is the client's mistake: BAD_USER_INPUT, and nothing written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InputLimitsTest {
    private static final String CREATE = "mutation($input: ActorInput!) { createActor(input: $input) { id } }";

    @Test
    void aTextLongerThanItsColumnIsRefusedAndNothingIsCreated() {
        String handle = Fixtures.uniqueHandle("long");
        Map<String, Object> tooLong = new HashMap<>(Map.of(
                "name", "n".repeat(60_000),
                "description", "d".repeat(10_001),
                "wikidataId", "Q" + "1".repeat(25),
                "aliases", List.of("a".repeat(301))));
        for (Map.Entry<String, Object> field : tooLong.entrySet()) {
            Map<String, Object> input = Fixtures.actorInput(handle, "GROUP", "Long");
            input.put(field.getKey(), field.getValue());
            String message = errorCode(write(CREATE, "input", input), "BAD_USER_INPUT");
            assertTrue(message.contains("longer than") || message.contains("not a Wikidata item"), message);
        }
        errorCode(write(CREATE, "input", Fixtures.actorInput("h".repeat(101), "GROUP", "Long")), "BAD_USER_INPUT");
        assertNull(ok(read("query($h: String) { actor(handle: $h) { id } }", "h", handle))
                .get("data.actor"));

        Map<String, Object> atTheLimits = Fixtures.actorInput(handle, "GROUP", "n".repeat(300));
        atTheLimits.put("description", "d".repeat(10_000));
        atTheLimits.put("aliases", List.of("a".repeat(300)));
        ok(write(CREATE, "input", atTheLimits));
    }

    @Test
    void aSourceIdOrAliasLongerThanItsLimitIsRefused() {
        String person = Fixtures.actor("PERSON", "Limited Person");
        String group = Fixtures.actor("GROUP", "Limited Group");
        Map<String, Object> membership = new HashMap<>(Map.of(
                "memberId", person, "organizationId", group, "role", "MEMBER", "sourceIds", List.of("s".repeat(101))));
        errorCode(
                write(
                        "mutation($input: MembershipInput!) { addMembership(input: $input) { id } }",
                        "input",
                        membership),
                "BAD_USER_INPUT");
        errorCode(
                write(
                        "mutation($id: ID!, $alias: String!) { addAlias(actorId: $id, alias: $alias) { id } }",
                        "id",
                        person,
                        "alias",
                        "a".repeat(301)),
                "BAD_USER_INPUT");
        assertEquals(List.of(), Fixtures.factIds(person, "memberships", null));
    }

    @Test
    void aCursorBeyondAnyPositionIsRefused() {
        for (String offset : List.of("2147483647", "2147483547", "-1", "99999999999")) {
            errorCode(
                    read(
                            "query($after: String) { actors(first: 1, after: $after) { totalCount } }",
                            "after",
                            cursor(offset)),
                    "BAD_USER_INPUT");
        }
        assertEquals(
                List.of(),
                ok(read(
                                "query($after: String) { actors(first: 100, after: $after) { edges { cursor } } }",
                                "after",
                                cursor(String.valueOf(OffsetCursor.MAX_OFFSET))))
                        .getList("data.actors.edges"),
                "the last position a cursor may name gives an empty page");
    }

    @Test
    void aSearchLongerThanItsLimitIsRefused() {
        errorCode(
                read("query($s: String) { actors(search: $s) { totalCount } }", "s", "x".repeat(501)),
                "BAD_USER_INPUT");
    }

    private static String cursor(String offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }
}
