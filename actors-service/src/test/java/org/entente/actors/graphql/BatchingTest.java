package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Counts the SQL statements Hibernate prepares for whole requests. The bounds are far below
 * the number of entities, so one statement per entity (N+1) fails these tests.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BatchingTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private long statementsFor(Supplier<JsonPath> request, List<JsonPath> response) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        response.add(request.get());
        long count = statistics.getPrepareStatementCount();
        System.out.println("SQL statements: " + count);
        return count;
    }

    @Test
    void resolvesOneHundredEntitiesInOneStatement() {
        List<Map<String, Object>> representations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            String id = Fixtures.actor("GROUP", "Entity " + i);
            ids.add(id);
            representations.add(Map.of("__typename", "Actor", "id", id));
        }
        // A gateway may ask for an id that does not exist: it resolves to null.
        representations.add(50, Map.of("__typename", "Actor", "id", "987654321"));

        List<JsonPath> responses = new ArrayList<>();
        long statements = statementsFor(
                () -> read(
                        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { id name } } }",
                        "r",
                        representations),
                responses);
        JsonPath response = ok(responses.get(0));

        assertEquals(1, statements, "one SELECT for 100 representations");
        List<Map<String, Object>> entities = response.getList("data._entities");
        assertEquals(100, entities.size());
        assertNull(entities.get(50));
        assertEquals(ids.get(0), entities.get(0).get("id"));
        assertEquals(ids.get(98), entities.get(99).get("id"));
        assertEquals("Entity 98", entities.get(99).get("name"));

        // The fields a gateway adds to those entities are batched too: one more statement for all memberships.
        responses.clear();
        long withMemberships = statementsFor(
                () -> read(
                        "query($r: [_Any!]!) { _entities(representations: $r) {"
                                + " ... on Actor { id memberships(asOf: \"2024\") { id } parent { id } } } }",
                        "r",
                        representations),
                responses);
        assertEquals(100, ok(responses.get(0)).getList("data._entities").size());
        assertEquals(2, withMemberships);
    }

    @Test
    void aPageOfActorsWithRelationsTakesOneStatementPerField() {
        String token = ActorQueriesTest.uniqueWord();
        String parent = Fixtures.actor("STATE", token + " Parent State");
        String organization = Fixtures.actor("INTERNATIONAL_ORGANIZATION", token + " Alliance");
        for (int i = 0; i < 20; i++) {
            String person = Fixtures.actorWithParent("PERSON", token + " Person " + i, parent);
            Fixtures.membership(person, organization, "MEMBER", "2000", null);
            Fixtures.membership(person, organization, "OBSERVER", "1990", "1999");
            Fixtures.position(person, organization, "Delegate", "2001", null);
        }
        String query = """
                query($s: String) {
                  actors(search: $s, kinds: [PERSON], first: 20) {
                    totalCount
                    edges { node {
                      name
                      parent { name }
                      memberships { role organization { name } sources { id } }
                      positions(asOf: "2020") { title organization { name } holder { name } }
                    } }
                  }
                }""";

        List<JsonPath> responses = new ArrayList<>();
        long statements = statementsFor(() -> read(query, "s", token), responses);
        JsonPath response = ok(responses.get(0));

        assertEquals(20, response.getList("data.actors.edges").size());
        assertEquals(20, response.getInt("data.actors.totalCount"));
        assertEquals(
                2, response.getList("data.actors.edges[7].node.memberships").size());
        assertEquals(
                token + " Alliance", response.getString("data.actors.edges[7].node.memberships[0].organization.name"));
        assertEquals(token + " Parent State", response.getString("data.actors.edges[7].node.parent.name"));
        assertEquals(
                response.getString("data.actors.edges[7].node.name"),
                response.getString("data.actors.edges[7].node.positions[0].holder.name"));
        // page, count, parent, memberships with their organizations, positions with theirs (the holders
        // are the actors asked for: no statement)
        assertEquals(5, statements);
    }

    @Test
    void theActorOnTheOtherSideOfAFactComesWithTheFact() {
        String state = Fixtures.actor("STATE", "Joined State");
        String alliance = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "Joined Alliance");
        String ministry = Fixtures.actor("GOVERNMENT_BODY", "Joined Ministry");
        String minister = Fixtures.actor("PERSON", "Joined Minister");
        Fixtures.membership(state, alliance, "MEMBER", "2001", null);
        Fixtures.position(minister, ministry, "Minister", "2010", null);

        List<JsonPath> responses = new ArrayList<>();
        long statements = statementsFor(
                () -> read("query($id: ID) { actor(id: $id) { memberships { organization { name } } } }", "id", state),
                responses);
        assertEquals("Joined Alliance", ok(responses.get(0)).getString("data.actor.memberships[0].organization.name"));
        assertEquals(2, statements, "the actor, its memberships with their organizations");

        responses.clear();
        statements = statementsFor(
                () -> read(
                        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor {"
                                + " positions { organization { name } } members { member { name } } officeHolders { holder { name } } } } }",
                        "r",
                        List.of(
                                Map.of("__typename", "Actor", "id", minister),
                                Map.of("__typename", "Actor", "id", alliance),
                                Map.of("__typename", "Actor", "id", ministry))),
                responses);
        JsonPath entities = ok(responses.get(0));
        assertEquals("Joined Ministry", entities.getString("data._entities[0].positions[0].organization.name"));
        assertEquals("Joined State", entities.getString("data._entities[1].members[0].member.name"));
        assertEquals("Joined Minister", entities.getString("data._entities[2].officeHolders[0].holder.name"));
        assertEquals(
                4,
                statements,
                "the actors, then positions, members and office holders, each with the actors they name");
    }

    @Test
    void theActorsFactsNameDoNotWidenTheLoadsOfTheActorsAskedFor() {
        String organization = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "Crowded Organisation");
        String elsewhere = Fixtures.actor("GROUP", "Elsewhere");
        for (int i = 0; i < 30; i++) {
            String holder = Fixtures.actor("PERSON", "Office Holder " + i);
            Fixtures.position(holder, organization, "Delegate", "2001", null);
            Fixtures.membership(holder, elsewhere, "MEMBER", "2001", null);
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath response = ok(read(
                "query($id: ID) { actor(id: $id) { officeHolders { holder { name } } memberships { role } } }",
                "id",
                organization));
        assertEquals(30, response.getList("data.actor.officeHolders").size());
        assertEquals(List.of(), response.getList("data.actor.memberships"));
        // the organization, its 30 positions, their 30 holders; not the holders' 30 memberships
        assertEquals(61, statistics.getEntityLoadCount());
    }
}
