package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class StatementApiTest {
    private static final String FIELDS =
            "id key kind text speaker { id } speakerCapacity date event { id title } about { id } "
                    + "stance reportedBy { id } source { id }";

    @Test
    void recordsAStatementAndReadsItBackFromEveryAngle() {
        long speaker = FakeActors.knownActor();
        long iran = FakeActors.knownActor();
        long tass = FakeActors.knownActor();
        long source = source();
        long event = event("Duma hearing", "2024-05-20", "");
        JsonPath recorded = ok(
                write("mutation { recordStatement(input: {kind: QUOTE, text: \"Iran's accession would strengthen us\", "
                        + "speakerId: " + speaker
                        + ", speakerCapacity: \"Chairman of the Defence Committee\", date: \"2024-05-20\", eventId: "
                        + event
                        + ", aboutIds: [" + iran + "], stance: SUPPORTS, reportedById: " + tass + ", sourceId: "
                        + source + "}) { " + FIELDS + " } }"));
        String id = recorded.getString("data.recordStatement.id");
        assertEquals("QUOTE", recorded.getString("data.recordStatement.kind"));
        assertEquals(String.valueOf(speaker), recorded.getString("data.recordStatement.speaker.id"));
        assertEquals("Chairman of the Defence Committee", recorded.getString("data.recordStatement.speakerCapacity"));
        assertEquals("2024-05-20", recorded.getString("data.recordStatement.date"));
        assertEquals("Duma hearing", recorded.getString("data.recordStatement.event.title"));
        assertEquals(List.of(String.valueOf(iran)), recorded.getList("data.recordStatement.about.id"));
        assertEquals("SUPPORTS", recorded.getString("data.recordStatement.stance"));
        assertEquals(String.valueOf(tass), recorded.getString("data.recordStatement.reportedBy.id"));
        assertEquals(String.valueOf(source), recorded.getString("data.recordStatement.source.id"));

        assertEquals(
                List.of(id),
                ok(read("{ event(id: " + event + ") { statements { id } } }")).getList("data.event.statements.id"));
        assertEquals(
                List.of(id),
                ok(read("{ statements(speaker: " + speaker + ") { edges { node { id } } } }"))
                        .getList("data.statements.edges.node.id"));
        assertEquals(
                List.of(id),
                ok(read("{ statements(about: " + iran + ") { edges { node { id } } } }"))
                        .getList("data.statements.edges.node.id"));
    }

    @Test
    void anUnattributedAssessmentIsAllowedButAQuoteNeedsASpeaker() {
        JsonPath assessment =
                ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"Membership is unlikely soon\", "
                        + "sourceId: " + source() + "}) { speaker { id } date } }"));
        assertNull(assessment.get("data.recordStatement.speaker"));
        assertNull(assessment.get("data.recordStatement.date"));
        errorCode(
                write("mutation { recordStatement(input: {kind: QUOTE, text: \"words\", sourceId: " + source()
                        + "}) { id } }"),
                "BAD_USER_INPUT");
    }

    @Test
    void refusesEmptyTextMissingOrUnknownSourceUnknownEventAndBadDates() {
        long speaker = FakeActors.knownActor();
        long source = source();
        String base = "kind: PARAPHRASE, speakerId: " + speaker;
        assertMessage(
                errorCode(
                        write("mutation { recordStatement(input: {" + base + ", text: \" \", sourceId: " + source
                                + "}) { id } }"),
                        "BAD_USER_INPUT"),
                "text");
        assertMessage(
                errorCode(
                        write("mutation { recordStatement(input: {" + base + ", text: \"t\"}) { id } }"),
                        "BAD_USER_INPUT"),
                "source");
        assertMessage(
                errorCode(
                        write("mutation { recordStatement(input: {" + base
                                + ", text: \"t\", sourceId: 987654321}) { id } }"),
                        "BAD_USER_INPUT"),
                "987654321");
        assertMessage(
                errorCode(
                        write("mutation { recordStatement(input: {" + base
                                + ", text: \"t\", eventId: 987654321, sourceId: " + source + "}) { id } }"),
                        "BAD_USER_INPUT"),
                "event");
        errorCode(
                write("mutation { recordStatement(input: {" + base + ", text: \"t\", date: \"2024-02-30\", sourceId: "
                        + source + "}) { id } }"),
                "BAD_USER_INPUT");
        assertEquals(
                0,
                ok(read("{ statements(speaker: " + speaker + ") { totalCount } }"))
                        .getInt("data.statements.totalCount"));
    }

    @Test
    void aKnownKeyReturnsTheExistingStatement() {
        String key = uniqueWord();
        long source = source();
        String mutation = "mutation { recordStatement(input: {key: \"" + key
                + "\", kind: ASSESSMENT, text: \"%s\", sourceId: " + source + "}) { id text } }";
        String first = ok(write(mutation.formatted("first"))).getString("data.recordStatement.id");
        JsonPath again = ok(write(mutation.formatted("second")));
        assertEquals(first, again.getString("data.recordStatement.id"));
        assertEquals("first", again.getString("data.recordStatement.text"));
    }

    @Test
    void updatesAStatement() {
        long speaker = FakeActors.knownActor();
        long about = FakeActors.knownActor();
        long source = source();
        String id = ok(write("mutation { recordStatement(input: {kind: QUOTE, text: \"draft\", speakerId: " + speaker
                        + ", aboutIds: [" + about + "], sourceId: " + source + "}) { id } }"))
                .getString("data.recordStatement.id");
        JsonPath kept = ok(write("mutation { updateStatement(id: " + id
                + ", version: 0, input: {kind: PARAPHRASE, text: \"final\", speakerId: " + speaker
                + ", date: \"2024-06\", stance: OPPOSES, sourceId: " + source + "}) { version " + FIELDS + " } }"));
        assertEquals(1, kept.getInt("data.updateStatement.version"));
        assertEquals("PARAPHRASE", kept.getString("data.updateStatement.kind"));
        assertEquals("final", kept.getString("data.updateStatement.text"));
        assertEquals("2024-06", kept.getString("data.updateStatement.date"));
        assertEquals("OPPOSES", kept.getString("data.updateStatement.stance"));
        assertEquals(
                List.of(String.valueOf(about)),
                kept.getList("data.updateStatement.about.id"),
                "aboutIds null keeps them");
        JsonPath cleared = ok(write("mutation { updateStatement(id: " + id
                + ", version: 1, input: {kind: PARAPHRASE, text: \"final\", speakerId: " + speaker
                + ", aboutIds: [], sourceId: " + source + "}) { version about { id } } }"));
        assertEquals(List.of(), cleared.getList("data.updateStatement.about"));
        assertEquals(2, cleared.getInt("data.updateStatement.version"), "replacing the actors it is about is a change");

        errorCode(
                write(
                        "mutation { updateStatement(id: 987654321, version: 0, input: {kind: ASSESSMENT, text: \"x\", sourceId: "
                                + source + "}) { id } }"),
                "NOT_FOUND");
        errorCode(
                write("mutation { updateStatement(id: " + id
                        + ", version: 2, input: {kind: PARAPHRASE, text: \"\", speakerId: " + speaker + ", sourceId: "
                        + source + "}) { id } }"),
                "BAD_USER_INPUT");
        assertEquals(
                "final",
                ok(read("{ statements(speaker: " + speaker + ") { edges { node { text } } } }"))
                        .getString("data.statements.edges[0].node.text"),
                "the refused update changed nothing");
    }

    @Test
    void listsStatementsByDateFiltersAndSearch() {
        long speaker = FakeActors.knownActor();
        long source = source();
        String word = uniqueWord();
        String mutation = "mutation { recordStatement(input: {kind: QUOTE, text: \"%s\", speakerId: " + speaker
                + ", %s sourceId: " + source + "}) { id } }";
        long undated = id(write(mutation.formatted(word + " undated", "")));
        long may = id(write(mutation.formatted(word + " in Minsk", "date: \"2024-05\",")));
        long year = id(write(mutation.formatted("the whole year", "date: \"2024\",")));
        long early = id(write(mutation.formatted(word + " " + word + " early", "date: \"2023-12-31\",")));

        assertEquals(List.of(early, year, may, undated), ids("speaker: " + speaker));
        assertEquals(List.of(year, may), ids("speaker: " + speaker + ", from: \"2024-05-15\""));
        assertEquals(List.of(early, year), ids("speaker: " + speaker + ", to: \"2024-04\""));
        List<Long> found = ids("search: \"" + word + "\"");
        assertEquals(early, found.get(0), "two mentions rank first");
        assertEquals(Set.of(early, may, undated), Set.copyOf(found));
        assertEquals(List.of(may), ids("search: \"" + word + " minsk\""));
    }

    private static long id(JsonPath response) {
        return ok(response).getLong("data.recordStatement.id");
    }

    private static List<Long> ids(String arguments) {
        return ok(read("{ statements(" + arguments + ") { edges { node { id } } } }"))
                .getList("data.statements.edges.node.id", Long.class);
    }

    private static void assertMessage(String message, String fragment) {
        assertTrue(message.contains(fragment), message);
    }
}
