package org.entente.actors;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates test data through the public mutations; handles are unique per call so tests do not collide. */
public final class Fixtures {
    private Fixtures() {}

    public static String uniqueHandle(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> actorInput(String handle, String kind, String name) {
        return new java.util.HashMap<>(Map.of("handle", handle, "kind", kind, "name", name));
    }

    /** Creates an actor and returns its id. */
    public static String actor(String kind, String name, String... aliases) {
        Map<String, Object> input = actorInput(uniqueHandle(kind.toLowerCase().replace('_', '-')), kind, name);
        input.put("aliases", List.of(aliases));
        return ok(write("mutation($input: ActorInput!) { createActor(input: $input) { id } }", "input", input))
                .getString("data.createActor.id");
    }

    public static String actorWithParent(String kind, String name, String parentId) {
        Map<String, Object> input = actorInput(uniqueHandle("child"), kind, name);
        input.put("parentId", parentId);
        return ok(write("mutation($input: ActorInput!) { createActor(input: $input) { id } }", "input", input))
                .getString("data.createActor.id");
    }

    public static String membership(String memberId, String organizationId, String role, String since, String until) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "memberId", memberId, "organizationId", organizationId, "role", role, "sourceIds", List.of("src-1")));
        if (since != null) {
            input.put("since", since);
        }
        if (until != null) {
            input.put("until", until);
        }
        return ok(write("mutation($input: MembershipInput!) { addMembership(input: $input) { id } }", "input", input))
                .getString("data.addMembership.id");
    }

    public static String position(String holderId, String organizationId, String title, String since, String until) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "holderId", holderId, "organizationId", organizationId, "title", title, "sourceIds", List.of("src-1")));
        if (since != null) {
            input.put("since", since);
        }
        if (until != null) {
            input.put("until", until);
        }
        return ok(write("mutation($input: PositionInput!) { addPosition(input: $input) { id } }", "input", input))
                .getString("data.addPosition.id");
    }

    /** The ids of an actor's {@code field} (memberships, members, positions, officeHolders) as of {@code asOf} (null: all). */
    public static List<String> factIds(String actorId, String field, String asOf) {
        return ok(read(
                        "query($id: ID, $asOf: PartialDate) { actor(id: $id) { " + field + "(asOf: $asOf) { id } } }",
                        "id",
                        actorId,
                        "asOf",
                        asOf))
                .getList("data.actor." + field + ".id");
    }
}
