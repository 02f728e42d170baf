package org.entente.events;

import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class SecurityTest {
    /** Every mutation, with input that would otherwise be valid or at least reach the service. */
    private static final String[] MUTATIONS = {
        "mutation { addSource(input: {title: \"t\", url: \"https://sec.example/%s\"}) { id } }",
        "mutation { recordEvent(input: {type: MEETING, title: \"%s\", date: \"2024\", sourceIds: [1]}) { id } }",
        "mutation { updateEvent(id: 1, version: 0, input: {type: MEETING, title: \"%s\", date: \"2024\"}) { id } }",
        "mutation { addParticipant(eventId: 1, actorId: 1, role: HOST) { id } } # %s",
        "mutation { removeParticipant(eventId: 1, actorId: 1, role: HOST) { id } } # %s",
        "mutation { recordStatement(input: {kind: ASSESSMENT, text: \"%s\", sourceId: 1}) { id } }",
        "mutation { updateStatement(id: 1, version: 0, input: {kind: ASSESSMENT, text: \"%s\", sourceId: 1}) { id } }",
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void writesWithoutTokenAreUnauthenticated(int mutation) {
        errorCode(read(MUTATIONS[mutation].formatted(uniqueWord())), "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void writesWithoutEditorRoleAreForbidden(int mutation) {
        errorCode(send(Tokens.withGroups("reader"), MUTATIONS[mutation].formatted(uniqueWord())), "FORBIDDEN");
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        String token = Tokens.editor();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        errorCode(send(forged, MUTATIONS[0].formatted(uniqueWord())), "UNAUTHENTICATED");
    }

    @Test
    void aTokenFromAnotherIssuerOrSignedByAnUnknownKeyIsUnauthenticated() {
        errorCode(send(Tokens.fromOtherIssuer(), MUTATIONS[0].formatted(uniqueWord())), "UNAUTHENTICATED");
        errorCode(send(Tokens.signedByUnknownKey(), MUTATIONS[0].formatted(uniqueWord())), "UNAUTHENTICATED");
    }

    @Test
    void refusedWritesChangeNothingAndReadsNeedNoToken() {
        String url = "https://sec.example/" + uniqueWord();
        errorCode(
                read("mutation { addSource(input: {title: \"anonymous\", url: \"" + url + "\"}) { id } }"),
                "UNAUTHENTICATED");
        JsonPath added =
                ok(write("mutation { addSource(input: {title: \"editor\", url: \"" + url + "\"}) { id title } }"));
        assertEquals("editor", added.getString("data.addSource.title"));
        String id = added.getString("data.addSource.id");
        assertEquals("editor", ok(read("{ source(id: " + id + ") { title } }")).getString("data.source.title"));
    }
}
