package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorSearchTest {

    private String kartapolov;

    /** Once per class (the HTTP port is only known inside a test's lifecycle, not in @BeforeAll). */
    @BeforeEach
    void createActorsWithSimilarNames() {
        if (kartapolov != null) {
            return;
        }
        kartapolov = Fixtures.actor("PERSON", "Andrei Kartapolov", "Andrey Kartapolov");
        // Neighbours that share a first name, a surname prefix or a few letters with him.
        Fixtures.actor("PERSON", "Andrey Rudenko");
        Fixtures.actor("PERSON", "Andrei Belousov", "Andrey Belousov");
        Fixtures.actor("PERSON", "Kartal Polat");
        Fixtures.actor("PERSON", "Sergei Kartashov");
        Fixtures.actor("PERSON", "Andrzej Kaczmarek");
        Fixtures.actor("GROUP", "Kartapol Trading Company");
    }

    @ParameterizedTest
    @ValueSource(strings = {"andrey kartapolov", "KARTAPOLOV", "Kartapolow", "Андрей Картаполов", "Andréi Kartápolov"})
    void findsHimFirst(String search) {
        JsonPath response = ok(read(
                "query($s: String) { actors(search: $s, first: 10) { totalCount edges { node { id name } } } }",
                "s",
                search));
        List<String> ids = response.getList("data.actors.edges.node.id");
        assertEquals(
                kartapolov, ids.get(0), () -> search + " ranked " + response.getList("data.actors.edges.node.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Belousov", "Andrey Belousow"})
    void rankingFollowsTheSearchNotTheInsertionOrder(String search) {
        JsonPath response =
                ok(read("query($s: String) { actors(search: $s) { edges { node { name } } } }", "s", search));
        assertEquals("Andrei Belousov", response.getString("data.actors.edges[0].node.name"));
    }

    @Test
    void leavesOutActorsThatDoNotResembleTheSearch() {
        JsonPath response = ok(read("{ actors(search: \"Kartapolov\", first: 100) { edges { node { name } } } }"));
        List<String> names = response.getList("data.actors.edges.node.name");
        assertTrue(names.contains("Andrei Kartapolov"));
        assertTrue(!names.contains("Andrey Rudenko") && !names.contains("Andrzej Kaczmarek"), names::toString);
    }
}
