package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class EventApiTest {
    private static final String EVENT_FIELDS = "id key type title summary date endDate location "
            + "participants { actor { id } role } sources { id url } statements { id }";

    @Test
    void recordsAnEventAndReadsItBack() {
        long iran = FakeActors.knownActor();
        long csto = FakeActors.knownActor();
        long source = source();
        JsonPath recorded = ok(write("mutation { recordEvent(input: {type: INVITATION, title: \"CSTO invites Iran\", "
                + "summary: \"Observer status offered\", date: \"2024-05\", endDate: \"2024-06-02\", location: \"Moscow\", "
                + "participants: [{actorId: " + csto + ", role: INITIATOR}, {actorId: " + iran + ", role: TARGET}], "
                + "sourceIds: [" + source + "]}) { id } }"));
        String id = recorded.getString("data.recordEvent.id");

        JsonPath read = ok(read("{ event(id: " + id + ") { " + EVENT_FIELDS + " } }"));
        assertEquals("INVITATION", read.getString("data.event.type"));
        assertEquals("CSTO invites Iran", read.getString("data.event.title"));
        assertEquals("Observer status offered", read.getString("data.event.summary"));
        assertEquals("2024-05", read.getString("data.event.date"));
        assertEquals("2024-06-02", read.getString("data.event.endDate"));
        assertEquals("Moscow", read.getString("data.event.location"));
        assertEquals(
                List.of(String.valueOf(csto), String.valueOf(iran)), read.getList("data.event.participants.actor.id"));
        assertEquals(List.of("INITIATOR", "TARGET"), read.getList("data.event.participants.role"));
        assertEquals(List.of(String.valueOf(source)), read.getList("data.event.sources.id"));
        assertEquals(List.of(), read.getList("data.event.statements"));
        assertNull(ok(read("{ event(id: 987654321) { id } }")).get("data.event"));
    }

    @Test
    void aKnownKeyReturnsTheExistingEventInsteadOfADuplicate() {
        String key = uniqueWord();
        String first = ok(write("mutation { recordEvent(input: {key: \"" + key
                        + "\", type: VISIT, title: \"First\", date: \"2023\", " + "sourceIds: [" + source()
                        + "]}) { id } }"))
                .getString("data.recordEvent.id");
        JsonPath again = ok(write(
                "mutation { recordEvent(input: {key: \"" + key + "\", type: VISIT, title: \"Second\", date: \"2023\", "
                        + "sourceIds: [" + source() + "]}) { id key title } }"));
        assertEquals(first, again.getString("data.recordEvent.id"));
        assertEquals(key, again.getString("data.recordEvent.key"));
        assertEquals("First", again.getString("data.recordEvent.title"));
    }

    @Test
    void refusesAnEventWithoutSourcesOrWithUnknownSourcesAndWritesNothing() {
        String word = uniqueWord();
        errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"" + word
                        + "\", date: \"2024\"}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"" + word
                        + "\", date: \"2024\", sourceIds: []}) { id } }"),
                "BAD_USER_INPUT");
        String message = errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"" + word + "\", date: \"2024\", "
                        + "sourceIds: [" + source() + ", 987654321]}) { id } }"),
                "BAD_USER_INPUT");
        assertTrue(message.contains("987654321"), message);
        assertEquals(
                0,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }

    @Test
    void refusesAnEndDateBeforeTheDate() {
        String word = uniqueWord();
        String message = errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"" + word + "\", date: \"2024-05\", "
                        + "endDate: \"2024-04-30\", sourceIds: [" + source() + "]}) { id } }"),
                "BAD_USER_INPUT");
        assertTrue(message.contains("endDate"), message);
        // a coarser end that still reaches past the start is fine: May 2024 .. (some time in) 2024
        ok(write("mutation { recordEvent(input: {type: MEETING, title: \"" + word
                + "\", date: \"2024-05\", endDate: \"2024\", " + "sourceIds: [" + source() + "]}) { id } }"));
        assertEquals(
                1,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }

    @Test
    void anUndatedEventListsAfterDatedOnesAndMatchesNoDateFilter() {
        long actor = FakeActors.knownActor();
        String participant = ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        long undated =
                Long.parseLong(ok(write("mutation { recordEvent(input: {type: MEETING, title: \"Undated meeting\", "
                                + "sourceIds: [" + source() + "]" + participant + "}) { id date } }"))
                        .getString("data.recordEvent.id"));
        long dated = event("Dated meeting", "1999", participant);
        JsonPath all = ok(read("{ events(actor: " + actor + ") { totalCount edges { node { id date } } } }"));
        assertEquals(List.of(String.valueOf(dated), String.valueOf(undated)), all.getList("data.events.edges.node.id"));
        assertNull(all.get("data.events.edges[1].node.date"));
        assertEquals(List.of(dated), ids("from: \"1900\"", actor));
        assertEquals(List.of(dated), ids("to: \"2999\"", actor));
        String message = errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"x\", endDate: \"2024\", " + "sourceIds: ["
                        + source() + "]}) { id } }"),
                "BAD_USER_INPUT");
        assertTrue(message.contains("endDate needs a date"), message);
    }

    @Test
    void refusesMalformedPartialDatesInLiteralsAndVariables() {
        long source = source();
        for (String bad : List.of("2024-13", "2023-02-29", "24", "2024-1-1", "May 2024")) {
            errorCode(
                    write("mutation { recordEvent(input: {type: MEETING, title: \"x\", date: \"" + bad
                            + "\", sourceIds: [" + source + "]}) { id } }"),
                    "BAD_USER_INPUT");
        }
        errorCode(
                write(
                        "mutation($d: PartialDate!) { recordEvent(input: {type: MEETING, title: \"x\", date: $d, sourceIds: ["
                                + source + "]}) { id } }",
                        "d",
                        "2024-02-30"),
                "BAD_USER_INPUT");
        errorCode(read("query($d: PartialDate) { events(from: $d) { totalCount } }", "d", "2024-00"), "BAD_USER_INPUT");
    }

    @Test
    void refusesAnEmptyTitle() {
        errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"   \", date: \"2024\", sourceIds: ["
                        + source() + "]}) { id } }"),
                "BAD_USER_INPUT");
    }

    @Test
    void updatesAnEventReplacingWhatIsGivenAndKeepingTheRest() {
        long first = FakeActors.knownActor();
        long second = FakeActors.knownActor();
        long id = event(uniqueWord(), "2020", ", participants: [{actorId: " + first + ", role: HOST}]");
        long source = source();

        JsonPath updated = ok(
                write("mutation { updateEvent(id: " + id + ", version: 0, input: {type: AGREEMENT, title: \"Signed\", "
                        + "date: \"2020-03-04\", location: \"Minsk\"}) { version " + EVENT_FIELDS + " } }"));
        assertEquals(1, updated.getInt("data.updateEvent.version"));
        assertEquals("AGREEMENT", updated.getString("data.updateEvent.type"));
        assertEquals("Signed", updated.getString("data.updateEvent.title"));
        assertEquals("2020-03-04", updated.getString("data.updateEvent.date"));
        assertEquals(
                List.of(String.valueOf(first)),
                updated.getList("data.updateEvent.participants.actor.id"),
                "participants kept");
        assertEquals(1, updated.getList("data.updateEvent.sources").size(), "sources kept");

        JsonPath replaced = ok(
                write("mutation { updateEvent(id: " + id + ", version: 1, input: {type: AGREEMENT, title: \"Signed\", "
                        + "date: \"2020-03-04\", participants: [{actorId: " + second
                        + ", role: PARTICIPANT}], sourceIds: [" + source + "]}) { "
                        + "version " + EVENT_FIELDS + " } }"));
        assertEquals(2, replaced.getInt("data.updateEvent.version"));
        assertEquals(List.of(String.valueOf(second)), replaced.getList("data.updateEvent.participants.actor.id"));
        assertEquals(
                List.of(String.valueOf(source)), replaced.getList("data.updateEvent.sources.id"), "sources replaced");
        assertNull(replaced.get("data.updateEvent.location"), "fields are replaced, an absent location clears it");
    }

    @Test
    void updateRefusesUnknownEventsAndTakenKeys() {
        errorCode(
                write(
                        "mutation { updateEvent(id: 987654321, version: 0, input: {type: MEETING, title: \"x\", date: \"2024\"}) { id } }"),
                "NOT_FOUND");
        String taken = uniqueWord();
        event(uniqueWord(), "2021", ", key: \"" + taken + "\"");
        long other = event("Unchanged", "2021", "");
        errorCode(
                write("mutation { updateEvent(id: " + other + ", version: 0, input: {key: \"" + taken
                        + "\", type: MEETING, title: \"Changed\", " + "date: \"2021\"}) { id } }"),
                "CONFLICT");
        assertEquals(
                "Unchanged", ok(read("{ event(id: " + other + ") { title } }")).getString("data.event.title"));
    }

    @Test
    void addsAndRemovesParticipants() {
        long actor = FakeActors.knownActor();
        long id = event(uniqueWord(), "2022", "");
        String add = "mutation { addParticipant(eventId: " + id + ", actorId: " + actor
                + ", role: HOST) { participants { actor { id } role } } }";
        ok(write(add));
        JsonPath twice = ok(write(add));
        assertEquals(
                List.of(String.valueOf(actor)),
                twice.getList("data.addParticipant.participants.actor.id"),
                "adding twice changes nothing");

        JsonPath removed = ok(write("mutation { removeParticipant(eventId: " + id + ", actorId: " + actor
                + ", role: HOST) { participants { role } } }"));
        assertEquals(List.of(), removed.getList("data.removeParticipant.participants"));
        errorCode(
                write("mutation { removeParticipant(eventId: " + id + ", actorId: " + actor + ", role: HOST) { id } }"),
                "NOT_FOUND");
        errorCode(
                write("mutation { addParticipant(eventId: 987654321, actorId: " + actor + ", role: HOST) { id } }"),
                "NOT_FOUND");
        errorCode(
                write("mutation { removeParticipant(eventId: 987654321, actorId: " + actor + ", role: HOST) { id } }"),
                "NOT_FOUND");
        errorCode(
                write("mutation { addParticipant(eventId: " + id + ", actorId: " + FakeActors.unknownActor()
                        + ", role: HOST) { id } }"),
                "BAD_USER_INPUT");
    }

    @Test
    void listsAnActorsEventsByPartialDateWithStableCursors() {
        long actor = FakeActors.knownActor();
        String participant = ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        for (String date : List.of("2008", "2007-05-01", "2007", "2008", "2006-12-31", "2007-05", "2007-01")) {
            event("On " + date, date, participant);
        }
        String query = "query($after: String) { events(actor: " + actor + ", first: 3, after: $after) { totalCount "
                + "edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        JsonPath page1 = ok(read(query.replace("$after: String", "$after: String = null")));
        assertEquals(List.of("2006-12-31", "2007", "2007-01"), page1.getList("data.events.edges.node.date"));
        assertEquals(7, page1.getInt("data.events.totalCount"));
        assertTrue(page1.getBoolean("data.events.pageInfo.hasNextPage"));
        assertFalse(page1.getBoolean("data.events.pageInfo.hasPreviousPage"));
        assertEquals(
                page1.getString("data.events.edges[0].cursor"), page1.getString("data.events.pageInfo.startCursor"));

        JsonPath page2 = ok(read(query, "after", page1.getString("data.events.pageInfo.endCursor")));
        assertEquals(List.of("2007-05", "2007-05-01", "2008"), page2.getList("data.events.edges.node.date"));
        assertTrue(page2.getBoolean("data.events.pageInfo.hasPreviousPage"));
        JsonPath page3 = ok(read(query, "after", page2.getString("data.events.pageInfo.endCursor")));
        assertEquals(List.of("2008"), page3.getList("data.events.edges.node.date"));
        assertFalse(page3.getBoolean("data.events.pageInfo.hasNextPage"));
        assertEquals(7, page3.getInt("data.events.totalCount"));
        long tieA = page2.getLong("data.events.edges[2].node.id");
        long tieB = page3.getLong("data.events.edges[0].node.id");
        assertTrue(
                tieA < tieB, "events on the same date are ordered by id, so the tie splits across pages without loss");
    }

    @Test
    void filtersByOverlapWithFromAndToAndByType() {
        long actor = FakeActors.knownActor();
        String participant = ", participants: [{actorId: " + actor + ", role: HOST}]";
        long year = event("Whole year", "2005", participant);
        long spring = event("Spring to summer", "2007-03", ", endDate: \"2007-08\"" + participant);
        long day = Long.parseLong(
                ok(write("mutation { recordEvent(input: {type: JOINT_EXERCISE, title: \"Drill\", date: \"2009-01-15\", "
                                + "sourceIds: [" + source() + "]" + participant + "}) { id } }"))
                        .getString("data.recordEvent.id"));

        assertEquals(List.of(spring), ids("from: \"2007-06\", to: \"2007-06\"", actor));
        assertEquals(List.of(year, spring, day), ids("from: \"2005-07\"", actor));
        assertEquals(List.of(year), ids("to: \"2006\"", actor));
        assertEquals(List.of(spring), ids("from: \"2007-08-31\", to: \"2008\"", actor));
        assertEquals(List.of(), ids("from: \"2007-09\", to: \"2008-12-31\"", actor));
        assertEquals(List.of(day), ids("types: [JOINT_EXERCISE, AGREEMENT]", actor));
    }

    @Test
    void searchesTitlesAndSummariesRankedByRelevance() {
        String word = uniqueWord();
        long inSummary = event("A meeting", "2001", ", summary: \"Talks on " + word + " and joint exercises\"");
        long inBoth = event(word + " exercises", "2003", ", summary: \"More on " + word + " " + word + "\"");
        event("Unrelated", "2002", ", summary: \"nothing here\"");

        JsonPath found = ok(read("{ events(search: \"" + word + "\") { totalCount edges { node { id } } } }"));
        assertEquals(2, found.getInt("data.events.totalCount"));
        assertEquals(
                List.of(String.valueOf(inBoth), String.valueOf(inSummary)),
                found.getList("data.events.edges.node.id"),
                "the event mentioning the word most ranks first although it is later");

        JsonPath stemmed = ok(read("{ events(search: \"" + word + " exercise\") { edges { node { id } } } }"));
        assertEquals(2, stemmed.getList("data.events.edges").size(), "English stemming: exercise matches exercises");
        JsonPath excluded = ok(read("{ events(search: \"" + word + " -meeting\") { edges { node { id } } } }"));
        assertEquals(List.of(String.valueOf(inBoth)), excluded.getList("data.events.edges.node.id"));

        JsonPath first = ok(read(
                "{ events(search: \"" + word + "\", first: 1) { edges { node { id } } pageInfo { endCursor } } }"));
        JsonPath next = ok(read(
                "query($after: String) { events(search: \"" + word
                        + "\", first: 1, after: $after) { edges { node { id } } " + "pageInfo { hasNextPage } } }",
                "after",
                first.getString("data.events.pageInfo.endCursor")));
        assertEquals(
                List.of(String.valueOf(inSummary)),
                next.getList("data.events.edges.node.id"),
                "ranked pages continue after the cursor");
        assertFalse(next.getBoolean("data.events.pageInfo.hasNextPage"));
    }

    @Test
    void requestsTheSchemaRejectsAreBadUserInput() {
        errorCode(
                write("mutation { recordEvent(input: {type: MEETING, date: \"2024\", sourceIds: [1]}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(
                write(
                        "mutation { recordEvent(input: {type: PARTY, title: \"x\", date: \"2024\", sourceIds: [1]}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(read("{ events(first: 1) { edges { node { colour } } } }"), "BAD_USER_INPUT");
        // graphql-java adds a second error for the non-null field left empty; the cause comes first
        assertEquals(
                "BAD_USER_INPUT",
                read("query($n: Int) { events(first: $n) { totalCount } }", "n", "many")
                        .getString("errors[0].extensions.code"));
    }

    @Test
    void refusesBadPagingArguments() {
        errorCode(read("{ events(after: \"bm90LWEtY3Vyc29y\") { totalCount } }"), "BAD_USER_INPUT");
        errorCode(read("{ events(first: 101) { totalCount } }"), "BAD_USER_INPUT");
        errorCode(read("{ events(first: -1) { totalCount } }"), "BAD_USER_INPUT");
    }

    private static List<Long> ids(String arguments, long actor) {
        return ok(read("{ events(actor: " + actor + ", " + arguments + ") { edges { node { id } } } }"))
                .getList("data.events.edges.node.id", Long.class);
    }
}
