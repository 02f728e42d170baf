package org.entente.actors.graphql;

import static org.entente.actors.Fixtures.actor;
import static org.entente.actors.Fixtures.actorWithParent;
import static org.entente.actors.Fixtures.membership;
import static org.entente.actors.Fixtures.position;
import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * mergeActors moves the merged actor's aliases, memberships, positions and parts to the kept actor,
 * folds what the move duplicates with both facts' sources, redirects the merged id and handle, and
 * records every change and a step of the outbox; unmergeActors restores exactly what it moved; a
 * refused merge changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MergeTest {
    static final String MERGE = "mutation($k: ID!, $m: ID!, $r: String) { mergeActors(keep: $k, merge: $m, reason: $r)"
            + " { id keep { id } merged { id name } reason mergedBy addedAliases movedRecords foldedRecords unmergedAt } }";
    static final String UNMERGE = "mutation($m: ID!, $r: String) { unmergeActors(merge: $m, reason: $r)"
            + " { id unmergedAt unmergedBy unmergeReason } }";
    /** Everything a merge may touch of an actor, in a fixed order, to compare before and after. */
    private static final String STATE = "query($id: ID) { actor(id: $id) { id redirectedFrom name aliases version"
            + " memberships { id role since until organization { id } sources { id } }"
            + " members { id member { id } sources { id } }"
            + " positions { id title organization { id } sources { id } }"
            + " officeHolders { id title holder { id } sources { id } } children { id } } }";

    private static final String ENTITIES =
            "query($r: [_Any!]!) { _entities(representations: $r) {" + " ... on Actor { id redirectedFrom name } } }";
    private static final String STEPS =
            "query { actorMergeSteps(after: 0, first: 100) { seq action merge { id keep { id } merged { id } } } }";

    @Test
    void mergeMovesFoldsAndRedirectsAndUnmergeRestoresExactlyWhatItMoved() {
        String editor = "merger-" + UUID.randomUUID();
        String token = Tokens.editor(editor);
        String csto = actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String sco = actor("INTERNATIONAL_ORGANIZATION", "SCO");
        String keep = actor("STATE", "Iran", "Islamic Republic of Iran");
        String merged = actor("STATE", "Persia", "Iran (Persia)");
        String mergedHandle = ok(read("query($id: ID) { actor(id: $id) { handle } }", "id", merged))
                .getString("data.actor.handle");
        membership(keep, csto, "OBSERVER", "2002", null);
        String twin = membershipCiting(merged, csto, "OBSERVER", "2002", "src-persia");
        String moved = membership(merged, sco, "MEMBER", "2023", null);
        String part = actorWithParent("STATE", "Persian Gulf province", merged);
        // people hold offices in both: an office of the merged state, and the same office twice
        String minister = actor("PERSON", "Abbas Araghchi");
        position(minister, keep, "Foreign Minister", "2024", null);
        String foldedOffice = position(minister, merged, "Foreign Minister", "2024", null);
        String movedOffice = position(minister, merged, "Deputy Foreign Minister", "2013", "2017");
        JsonPath keepBefore = state(keep);
        JsonPath mergedBefore = state(merged);
        int stepsBefore = steps().size();

        JsonPath merge = ok(send(token, MERGE, "k", keep, "m", merged, "r", "one state recorded twice"));
        String mergeId = merge.getString("data.mergeActors.id");
        assertEquals(keep, merge.getString("data.mergeActors.keep.id"));
        assertEquals("Persia", merge.getString("data.mergeActors.merged.name"));
        assertEquals(editor, merge.getString("data.mergeActors.mergedBy"));
        assertEquals(List.of("Persia", "Iran (Persia)"), merge.getList("data.mergeActors.addedAliases"));
        // the SCO membership, the deputy office and the part moved; the CSTO observer seat and the office folded
        assertEquals(3, merge.getInt("data.mergeActors.movedRecords"));
        assertEquals(2, merge.getInt("data.mergeActors.foldedRecords"));

        // the merged id and handle answer with the kept actor, and say so
        JsonPath byId = state(merged);
        assertEquals(keep, byId.getString("data.actor.id"));
        assertEquals(merged, byId.getString("data.actor.redirectedFrom"));
        JsonPath byHandle =
                ok(read("query($h: String) { actor(handle: $h) { id redirectedFrom } }", "h", mergedHandle));
        assertEquals(keep, byHandle.getString("data.actor.id"));
        assertEquals(merged, byHandle.getString("data.actor.redirectedFrom"));
        JsonPath entities = ok(read(
                ENTITIES,
                "r",
                List.of(Map.of("__typename", "Actor", "id", merged), Map.of("__typename", "Actor", "id", keep))));
        assertEquals(List.of(keep, keep), entities.getList("data._entities.id"));
        assertEquals(merged, entities.getString("data._entities[0].redirectedFrom"));
        assertNull(entities.getString("data._entities[1].redirectedFrom"));
        assertNull(state(keep).getString("data.actor.redirectedFrom"));

        // the kept actor has both actors' facts, the duplicates folded with both sources
        JsonPath kept = state(keep);
        assertEquals(
                List.of("Islamic Republic of Iran", "Persia", "Iran (Persia)"), kept.getList("data.actor.aliases"));
        assertEquals(
                List.of(List.of("src-1", "src-persia"), List.of("src-1")),
                kept.getList("data.actor.memberships.sources.id"));
        assertEquals(List.of(csto, sco), kept.getList("data.actor.memberships.organization.id"));
        assertTrue(kept.getList("data.actor.memberships.id").contains(moved));
        assertFalse(kept.getList("data.actor.memberships.id").contains(twin));
        assertEquals(
                List.of("Deputy Foreign Minister", "Foreign Minister"),
                kept.getList("data.actor.officeHolders.title").stream().sorted().toList());
        assertTrue(kept.getList("data.actor.officeHolders.id").contains(movedOffice));
        assertFalse(kept.getList("data.actor.officeHolders.id").contains(foldedOffice));
        assertEquals(List.of(part), kept.getList("data.actor.children.id"));

        // the merged actor leaves lists and searches; its name finds the kept actor
        List<String> found = ok(read("query { actors(search: \"Persia\", first: 100) { edges { node { id } } } }"))
                .getList("data.actors.edges.node.id");
        assertTrue(found.contains(keep), found::toString);
        assertFalse(found.contains(merged), found::toString);

        // recorded: the history of the moved rows, with the reason; and a MERGE step
        JsonPath history = ok(read(
                "query($by: String) { actorChanges(by: $by, first: 100) { edges { node { mutation entityType reason } } } }",
                "by",
                editor));
        List<String> mutations = history.getList("data.actorChanges.edges.node.mutation");
        assertEquals(8, mutations.size(), mutations::toString);
        assertTrue(mutations.stream().allMatch("mergeActors"::equals), mutations::toString);
        assertTrue(history.getList("data.actorChanges.edges.node.reason").stream()
                .allMatch("one state recorded twice"::equals));
        List<Map<String, Object>> steps = steps();
        assertEquals(stepsBefore + 1, steps.size());
        assertEquals("MERGE", steps.get(steps.size() - 1).get("action"));
        assertEquals(mergeId, ((Map<?, ?>) steps.get(steps.size() - 1).get("merge")).get("id"));

        // a merged actor is no longer written to, and a merge's own changes are not reverted one by one
        errorCode(
                send(token, "mutation($a: ID!) { addAlias(actorId: $a, alias: \"Iranshahr\") { id } }", "a", merged),
                "CONFLICT");
        String changeId = ok(read(
                        "query($by: String) { actorChanges(by: $by, first: 1) { edges { node { id } } } }",
                        "by",
                        editor))
                .getString("data.actorChanges.edges[0].node.id");
        errorCode(
                send(token, "mutation($c: ID!) { revertActorChange(changeId: $c) { id } }", "c", changeId),
                "BAD_USER_INPUT");

        JsonPath unmerge = ok(send(token, UNMERGE, "m", mergeId, "r", "two states after all"));
        assertEquals(editor, unmerge.getString("data.unmergeActors.unmergedBy"));
        assertEquals("two states after all", unmerge.getString("data.unmergeActors.unmergeReason"));
        assertTrue(unmerge.getString("data.unmergeActors.unmergedAt").endsWith("Z"));

        // exactly as before the merge, the folded rows again with their own ids; only versions moved on
        assertSameFacts(keepBefore, state(keep));
        assertSameFacts(mergedBefore, state(merged));
        assertTrue(mergedBefore.getList("data.actor.memberships.id").contains(twin));
        List<Map<String, Object>> after = steps();
        assertEquals(stepsBefore + 2, after.size());
        assertEquals("UNMERGE", after.get(after.size() - 1).get("action"));
        errorCode(send(token, UNMERGE, "m", mergeId), "CONFLICT");
    }

    @Test
    void aRefusedMergeChangesNothing() {
        String token = Tokens.editor();
        String csto = actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String keep = actor("STATE", "Armenia");
        String merged = actor("STATE", "Republic of Armenia");
        String person = actor("PERSON", "Nikol Pashinyan");
        membership(keep, csto, "MEMBER", "1992", null);
        // the same seat with other dates: which is right is for an editor to settle, not for a merge
        membership(merged, csto, "MEMBER", "1994", null);
        String whole = actor("INTERNATIONAL_ORGANIZATION", "Eurasian Union");
        String part = actorWithParent("INTERNATIONAL_ORGANIZATION", "Eurasian Commission", whole);
        JsonPath keepBefore = state(keep);
        JsonPath mergedBefore = state(merged);
        int stepsBefore = steps().size();

        assertTrue(errorCode(send(token, MERGE, "k", keep, "m", keep), "BAD_USER_INPUT")
                .contains("itself"));
        assertTrue(errorCode(send(token, MERGE, "k", keep, "m", "999999999"), "NOT_FOUND")
                .contains("999999999"));
        assertTrue(errorCode(send(token, MERGE, "k", keep, "m", person), "BAD_USER_INPUT")
                .contains("one kind"));
        assertTrue(errorCode(send(token, MERGE, "k", keep, "m", merged), "CONFLICT")
                .contains("overlap"));
        assertTrue(
                errorCode(send(token, MERGE, "k", part, "m", whole), "CONFLICT").contains("part of"));
        errorCode(send(null, MERGE, "k", keep, "m", merged), "UNAUTHENTICATED");
        errorCode(send(Tokens.withGroups("reader"), MERGE, "k", keep, "m", merged), "FORBIDDEN");
        errorCode(send(token, UNMERGE, "m", "999999999"), "NOT_FOUND");
        String reason = "x".repeat(1_001);
        errorCode(send(token, MERGE, "k", keep, "m", person, "r", reason), "BAD_USER_INPUT");

        assertSameFacts(keepBefore, state(keep));
        assertEquals(keepBefore.getInt("data.actor.version"), state(keep).getInt("data.actor.version"));
        assertEquals(mergedBefore.getInt("data.actor.version"), state(merged).getInt("data.actor.version"));
        assertSameFacts(mergedBefore, state(merged));
        assertEquals(List.of(part), state(whole).getList("data.actor.children.id"));
        assertEquals(stepsBefore, steps().size());
    }

    @Test
    void anActorMergedAlreadyIsNotMergedAgainAndAChainRedirectsInOneStep() {
        String token = Tokens.editor();
        String first = actor("GROUP", "Wagner");
        String second = actor("GROUP", "Wagner Group");
        String third = actor("GROUP", "PMC Wagner");
        String older = ok(send(token, MERGE, "k", second, "m", first)).getString("data.mergeActors.id");

        errorCode(send(token, MERGE, "k", third, "m", first), "CONFLICT");
        errorCode(send(token, MERGE, "k", first, "m", third), "CONFLICT");
        String newer = ok(send(token, MERGE, "k", third, "m", second)).getString("data.mergeActors.id");
        JsonPath redirected = state(first);
        assertEquals(third, redirected.getString("data.actor.id"));
        assertEquals(first, redirected.getString("data.actor.redirectedFrom"));

        // undone last first: the older merge waits for the newer one
        assertTrue(errorCode(send(token, UNMERGE, "m", older), "CONFLICT").contains(newer));
        ok(send(token, UNMERGE, "m", newer));
        assertEquals(second, state(first).getString("data.actor.id"));
        ok(send(token, UNMERGE, "m", older));
        assertEquals(first, state(first).getString("data.actor.id"));
    }

    private static String membershipCiting(
            String member, String organization, String role, String since, String source) {
        return ok(write(
                        "mutation($input: MembershipInput!) { addMembership(input: $input) { id } }",
                        "input",
                        Map.of(
                                "memberId", member,
                                "organizationId", organization,
                                "role", role,
                                "since", since,
                                "sourceIds", List.of("src-1", source))))
                .getString("data.addMembership.id");
    }

    private static JsonPath state(String id) {
        return ok(read(STATE, "id", id));
    }

    private static List<Map<String, Object>> steps() {
        return ok(read(STEPS)).getList("data.actorMergeSteps");
    }

    /** Equal but for the version, which every change raises. */
    private static void assertSameFacts(JsonPath expected, JsonPath actual) {
        Map<String, Object> before = new HashMap<>(expected.getMap("data.actor"));
        Map<String, Object> after = new HashMap<>(actual.getMap("data.actor"));
        before.remove("version");
        after.remove("version");
        assertEquals(before, after);
    }
}
