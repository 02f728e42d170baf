package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.events.Pages.pageThrough;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NEWEST_FIRST reverses the date order, keeps undated items last, and pages with cursors
 * exactly like OLDEST_FIRST — for an actor's list (index walk), a ranked search and the
 * unfiltered list.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ListOrderTest {
    private long actor;
    private String word;
    /** Oldest first: 2019 (year), 2019-05-01, 2020-03 (month), 2020-03-01 (day), two undated. */
    private List<String> oldestFirst;

    @BeforeEach
    void recordEvents() {
        actor = FakeActors.knownActor();
        word = uniqueWord();
        String extra = ", summary: \"" + word + "\", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        String undatedA = undated(extra);
        String y2019 = String.valueOf(event("Year", "2019", extra));
        String march = String.valueOf(event("Month", "2020-03", extra));
        String undatedB = undated(extra);
        String may = String.valueOf(event("Day", "2019-05-01", extra));
        String marchFirst = String.valueOf(event("Day", "2020-03-01", extra));
        oldestFirst = List.of(y2019, may, march, marchFirst, undatedA, undatedB);
    }

    @Test
    void anActorsEventsNewestFirstKeepUndatedLast() {
        List<String> expected = newestFirst();
        assertEquals(expected, actorEvents("NEWEST_FIRST", 10, null).getList("edges.node.id"));
        assertEquals(oldestFirst, actorEvents("OLDEST_FIRST", 10, null).getList("edges.node.id"));
        assertEquals(oldestFirst, actorEvents(null, 10, null).getList("edges.node.id"), "oldest first is the default");
        for (int size = 1; size <= 4; size++) {
            assertEquals(
                    expected,
                    pageThrough(size, (first, after) -> actorEvents("NEWEST_FIRST", first, after)),
                    "pages of " + size);
        }
        assertEquals(6, actorEvents("NEWEST_FIRST", 1, null).getInt("totalCount"));
    }

    @Test
    void rootListsAndRankedSearchFollowTheOrderToo() {
        List<String> expected = newestFirst();
        assertEquals(
                expected,
                pageThrough(2, (first, after) -> root("events(actor: " + actor, "NEWEST_FIRST", first, after)));
        // every event matches the word equally, so within one rank the date order decides
        assertEquals(
                expected,
                pageThrough(
                        2, (first, after) -> root("events(search: \"" + word + "\"", "NEWEST_FIRST", first, after)));
        assertEquals(
                oldestFirst,
                pageThrough(
                        2, (first, after) -> root("events(search: \"" + word + "\"", "OLDEST_FIRST", first, after)));

        List<String> everything =
                pageThrough(50, (first, after) -> root("events(types: [MEETING]", "NEWEST_FIRST", first, after));
        List<String> mine = everything.stream().filter(oldestFirst::contains).toList();
        assertEquals(expected, mine, "the unfiltered list, newest first");
        int lastDated = everything.indexOf(expected.get(3));
        assertTrue(everything.indexOf(expected.get(4)) > lastDated, "undated after every dated event");
    }

    @Test
    void aCursorOfOneDirectionIsRefusedInTheOther() {
        String cursor = actorEvents("OLDEST_FIRST", 1, null).getString("pageInfo.endCursor");
        String message = errorCode(
                read("{ events(actor: " + actor + ", first: 1, after: \"" + cursor
                        + "\", order: NEWEST_FIRST) { totalCount } }"),
                "BAD_USER_INPUT");
        assertTrue(message.contains("OLDEST_FIRST"), message);
    }

    private List<String> newestFirst() {
        return List.of(
                oldestFirst.get(3),
                oldestFirst.get(2),
                oldestFirst.get(1),
                oldestFirst.get(0),
                oldestFirst.get(5),
                oldestFirst.get(4));
    }

    private String undated(String extra) {
        return ok(write("mutation { recordEvent(input: {type: MEETING, title: \"Undated\", sourceIds: [" + source()
                        + "]" + extra + "}) { id } }"))
                .getString("data.recordEvent.id");
    }

    private JsonPath actorEvents(String order, int first, String after) {
        String arguments = "first: " + first + (after == null ? "" : ", after: \"" + after + "\"")
                + (order == null ? "" : ", order: " + order);
        return ok(send(
                        null,
                        "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { events("
                                + arguments
                                + ") { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }",
                        Representations.of("Actor", List.of(actor))))
                .setRootPath("data._entities[0].events");
    }

    private static JsonPath root(String fieldWithFirstArgument, String order, int first, String after) {
        return ok(read("{ " + fieldWithFirstArgument + ", first: " + first
                        + (after == null ? "" : ", after: \"" + after + "\"") + ", order: " + order
                        + ") { pageInfo { hasNextPage endCursor } edges { node { id } } } }"))
                .setRootPath("data.events");
    }
}
