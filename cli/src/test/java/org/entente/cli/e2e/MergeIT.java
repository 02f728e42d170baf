package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.graphql;
import static org.entente.cli.e2e.RunningStack.query;
import static org.entente.cli.e2e.RunningStack.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merging actors through the gateway over the real services: merged while events-service is hung
 * (SIGSTOP), the merge is in force in actors-service at once and pending in events-service, which
 * resumes it when it runs again; the merged id then answers as the kept actor in root lookups,
 * entity references and connections, each saying so; unmerged, everything is as before. A refused
 * merge changes nothing.
 */
@ExtendWith(RunningStack.class)
class MergeIT {
    /** A bound on catching up at all (the follower runs every 2 s), not a speed target. */
    private static final Duration FOLLOWED_WITHIN = Duration.ofMinutes(2);

    private static final String MERGE = "mutation($k: ID!, $m: ID!, $r: String) {"
            + " mergeActors(keep: $k, merge: $m, reason: $r) { id addedAliases movedRecords } }";
    /** An actor's facts across both services, in a fixed order. */
    private static final String ACTOR = "query($id: ID) { actor(id: $id) { id redirectedFrom name aliases"
            + " memberships { id organization { handle } } events { edges { node { id participants { actor { id } role } } } }"
            + " statements { edges { node { id about { id } } } } } }";

    @Test
    void aMergeResumedAfterEventsServiceWasDownRedirectsEverywhereAndUnmergesExactly() throws Exception {
        String token = RunningStack.token();
        String word = UUID.randomUUID().toString().substring(0, 8);
        String keep = createActor(token, "persia-" + word, "Persia " + word);
        String merged = createActor(token, "iran-old-" + word, "Iran " + word);
        String russia = query("{ actor(handle: \"russia\") { id } }")
                .path("actor")
                .path("id")
                .asText();
        String csto = query("{ actor(handle: \"csto\") { id } }")
                .path("actor")
                .path("id")
                .asText();
        String source = write(
                        token,
                        "mutation($u: String!) { addSource(input: {title: \"Merge test\", url: $u}) { id } }",
                        Map.of("u", "https://news.example/merge-" + word))
                .path("addSource")
                .path("id")
                .asText();
        write(
                token,
                "mutation($m: ID!, $o: ID!, $s: ID!) { addMembership(input: {memberId: $m, organizationId: $o,"
                        + " role: OBSERVER, since: \"2005\", sourceIds: [$s]}) { id } }",
                Map.of("m", merged, "o", csto, "s", source));
        event(token, "Summit " + word, source, merged, "HOST", russia, "PARTICIPANT");
        // both took part: once merged, one participation
        event(token, "Talks " + word, source, merged, "PARTICIPANT", keep, "PARTICIPANT");
        write(
                token,
                "mutation($s: ID!, $a: [ID!], $src: ID!) { recordStatement(input: {kind: QUOTE, text: \"We agree\","
                        + " speakerId: $s, aboutIds: $a, date: \"2024-05\", sourceId: $src}) { id } }",
                Map.of("s", merged, "a", List.of(keep), "src", source));
        JsonNode keepBefore = actor(keep);
        JsonNode mergedBefore = actor(merged);

        // refused: nothing changes
        assertEquals("UNAUTHENTICATED", code(graphql(MERGE, Map.of("k", keep, "m", merged), null)));
        assertEquals("BAD_USER_INPUT", code(graphql(MERGE, Map.of("k", keep, "m", keep), token)));
        assertEquals(mergedBefore, actor(merged));

        long events = stack().service("events-service").pid();
        String mergeId;
        Signals.send("STOP", events);
        try {
            JsonNode merge = write(token, MERGE, Map.of("k", keep, "m", merged, "r", "one state recorded twice"))
                    .path("mergeActors");
            mergeId = merge.path("id").asText();
            assertEquals(1, merge.path("movedRecords").asInt());
            // actors-service's part is in force at once: the merged id answers as the kept actor
            JsonNode redirected = query(
                            "query($id: ID) { actor(id: $id) { id redirectedFrom memberships { id } } }",
                            Map.of("id", merged))
                    .path("actor");
            assertEquals(keep, redirected.path("id").asText());
            assertEquals(merged, redirected.path("redirectedFrom").asText());
            assertEquals(1, redirected.path("memberships").size());
        } finally {
            Signals.send("CONT", events);
        }
        awaitEvents(mergeId, "eventsMovedAt");

        JsonNode byMergedId = actor(merged);
        assertEquals(keep, byMergedId.path("id").asText());
        assertEquals(merged, byMergedId.path("redirectedFrom").asText());
        List<String> participants = new ArrayList<>();
        byMergedId
                .path("events")
                .path("edges")
                .forEach(e -> e.path("node")
                        .path("participants")
                        .forEach(
                                p -> participants.add(p.path("actor").path("id").asText() + " "
                                        + p.path("role").asText())));
        assertEquals(
                List.of(keep + " HOST", keep + " PARTICIPANT", russia + " PARTICIPANT").stream()
                        .sorted()
                        .toList(),
                participants.stream().sorted().toList());
        assertEquals(1, byMergedId.path("statements").path("edges").size());
        assertEquals(0, actorOwn(merged).path("events").path("edges").size());
        // an entity reference to the merged id (here relations' actorsByIds) resolves to the kept actor
        JsonNode reference = query(
                        "query($id: ID!) { actorsByIds(ids: [$id]) { redirectedFrom name } }", Map.of("id", merged))
                .path("actorsByIds")
                .get(0);
        assertEquals(merged, reference.path("redirectedFrom").asText());
        assertEquals("Persia " + word, reference.path("name").asText());
        // connections from the merged id start at the kept actor and say so
        JsonNode paths = query(
                        "query($f: ID!, $t: ID!) { connections(from: $f, to: $t, maxHops: 1) {"
                                + " actors { id } redirects { requested actor { id } } } }",
                        Map.of("f", merged, "t", csto))
                .path("connections");
        assertEquals(keep, paths.get(0).path("actors").get(0).path("id").asText());
        assertEquals(
                merged, paths.get(0).path("redirects").get(0).path("requested").asText());
        assertEquals(
                keep,
                paths.get(0).path("redirects").get(0).path("actor").path("id").asText());
        // the history of both services has the merge's changes, with its reason
        JsonNode changes = query("{ eventChanges(first: 20) { edges { node { mutation reason } } } }")
                .path("eventChanges")
                .path("edges");
        assertTrue(changes.findValuesAsText("mutation").contains("mergeActors"), changes::toString);
        assertTrue(changes.findValuesAsText("reason").contains("one state recorded twice"), changes::toString);

        write(
                token,
                "mutation($m: ID!) { unmergeActors(merge: $m, reason: \"two states\") { id } }",
                Map.of("m", mergeId));
        awaitEvents(mergeId, "eventsRestoredAt");
        assertEquals(keepBefore, actor(keep));
        assertEquals(mergedBefore, actor(merged));
        assertFalse(actor(merged).path("redirectedFrom").isTextual());
    }

    private static String createActor(String token, String handle, String name) throws Exception {
        return write(
                        token,
                        "mutation($h: String!, $n: String!) { createActor(input: {handle: $h, kind: STATE, name: $n})"
                                + " { id } }",
                        Map.of("h", handle, "n", name))
                .path("createActor")
                .path("id")
                .asText();
    }

    private static void event(
            String token, String title, String source, String first, String firstRole, String second, String secondRole)
            throws Exception {
        write(
                token,
                "mutation($t: String!, $s: ID!, $a: ID!, $ar: ParticipantRole!, $b: ID!, $br: ParticipantRole!) {"
                        + " recordEvent(input: {type: MEETING, title: $t, date: \"2024-05\", sourceIds: [$s],"
                        + " participants: [{actorId: $a, role: $ar}, {actorId: $b, role: $br}]}) { id } }",
                Map.of("t", title, "s", source, "a", first, "ar", firstRole, "b", second, "br", secondRole));
    }

    private static JsonNode actor(String id) throws Exception {
        return query(ACTOR, Map.of("id", id)).path("actor");
    }

    /** The merged actor's own record, not redirected: through its merge. */
    private static JsonNode actorOwn(String merged) throws Exception {
        return query(
                        "query($id: ID!) { actorsByIds(ids: [$id]) { events { edges { node { id } } } } }",
                        Map.of("id", merged))
                .path("actorsByIds")
                .get(0);
    }

    private static JsonNode write(String token, String mutation, Map<String, Object> variables) throws Exception {
        JsonNode response = graphql(mutation, variables, token);
        if (response.has("errors")) {
            throw new AssertionError("unexpected errors: " + response.get("errors"));
        }
        return response.path("data");
    }

    private static String code(JsonNode response) {
        return response.path("errors").path(0).path("extensions").path("code").asText();
    }

    /** Waits until events-service has followed the merge (the field is set), within {@link #FOLLOWED_WITHIN}. */
    private static void awaitEvents(String mergeId, String field) throws Exception {
        long deadline = System.nanoTime() + FOLLOWED_WITHIN.toNanos();
        while (true) {
            JsonNode response =
                    graphql("query($id: ID!) { actorMerge(id: $id) { " + field + " } }", Map.of("id", mergeId), null);
            if (response.path("data").path("actorMerge").path(field).isTextual()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("events-service did not follow merge " + mergeId + ": " + response);
            }
            Thread.sleep(250);
        }
    }
}
