package org.entente.actors.graphql;

import static org.entente.actors.Fixtures.actor;
import static org.entente.actors.Fixtures.actorWithParent;
import static org.entente.actors.Fixtures.membership;
import static org.entente.actors.Fixtures.position;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Actor.linkKeys: every link of a batch of actors as keys, in a fixed number of statements. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LinkKeysTest {

    private static final String KEYS = "query($r: [_Any!]!, $asOf: PartialDate) { _entities(representations: $r) {"
            + " ... on Actor { id redirectedFrom linkKeys(asOf: $asOf) } } }";

    private static final String KEYS_AMONG =
            "query($r: [_Any!]!, $asOf: PartialDate, $among: [String!]) { _entities(representations: $r) {"
                    + " ... on Actor { id linkKeys(asOf: $asOf, among: $among) } } }";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void keysNameEveryLinkOfEveryActorAsOfTheDate() {
        String alliance = actor("INTERNATIONAL_ORGANIZATION", "Keyed Alliance");
        String state = actor("STATE", "Keyed State");
        String ministry = actorWithParent("GOVERNMENT_BODY", "Keyed Ministry", state);
        String minister = actor("PERSON", "Keyed Minister");
        String joined = membership(state, alliance, "MEMBER", "2001", null);
        String observed = membership(state, alliance, "OBSERVER", "1990", "1999");
        String office = position(minister, ministry, "Minister", "2010", null);

        JsonPath now = keys(null, alliance, state, ministry, minister);
        assertEquals(
                List.of(
                        "MEMBERSHIP:" + observed + ":" + state + ":" + alliance,
                        "MEMBERSHIP:" + joined + ":" + state + ":" + alliance),
                keysOf(now, 0));
        assertEquals(
                List.of(
                        "MEMBERSHIP:" + observed + ":" + state + ":" + alliance,
                        "MEMBERSHIP:" + joined + ":" + state + ":" + alliance,
                        "PARENT:" + ministry + ":" + state),
                keysOf(now, 1));
        assertEquals(
                List.of("POSITION:" + office + ":" + minister + ":" + ministry, "PARENT:" + ministry + ":" + state),
                keysOf(now, 2));
        assertEquals(List.of("POSITION:" + office + ":" + minister + ":" + ministry), keysOf(now, 3));

        // as of 2005 the observer membership (1990-1999) was over and the office (2010-) not yet held
        JsonPath then = keys("2005", alliance, minister);
        assertEquals(List.of("MEMBERSHIP:" + joined + ":" + state + ":" + alliance), keysOf(then, 0));
        assertEquals(List.of(), keysOf(then, 1));
    }

    @Test
    void amongKeepsOnlyTheLinksToThoseActors() {
        String organization = actor("INTERNATIONAL_ORGANIZATION", "Filtered Keyed Organisation");
        String state = actor("STATE", "Filtered Keyed State");
        String body = actorWithParent("GOVERNMENT_BODY", "Filtered Keyed Body", organization);
        List<String> holders = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String holder = actor("PERSON", "Filtered Keyed Holder " + i);
            holders.add(holder);
            offices.add(position(holder, organization, "Envoy", "2010", null));
        }
        String joined = membership(state, organization, "MEMBER", "2001", null);

        JsonPath all = keys(null, organization);
        assertEquals(5, keysOf(all, 0).size(), "a membership, three offices and a child: " + keysOf(all, 0));

        JsonPath some = keysAmong(List.of(holders.get(1), state, "not-an-id"), organization, holders.get(1), body);
        assertEquals(
                List.of(
                        "MEMBERSHIP:" + joined + ":" + state + ":" + organization,
                        "POSITION:" + offices.get(1) + ":" + holders.get(1) + ":" + organization),
                keysOf(some, 0),
                "the other holders and the child body are not among them");
        assertEquals(List.of(), keysOf(some, 1), "the holder's organization is not among them");
        assertEquals(List.of(), keysOf(some, 2), "nor the body's parent");
        assertEquals(List.of("PARENT:" + body + ":" + organization), keysOf(keysAmong(List.of(organization), body), 0));
        assertEquals(List.of(), keysOf(keysAmong(List.of(), organization), 0), "among nobody: no link");

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= 2000; i++) {
            tooMany.add(Integer.toString(i));
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("r", List.of(Map.of("__typename", "Actor", "id", organization)));
        variables.put("among", tooMany);
        JsonPath refused = send(null, KEYS_AMONG, variables);
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("among takes at most 2000 ids, not 2001", refused.getString("errors[0].message"));
    }

    @Test
    void aMergedPartIsNoLongerAChildAndAMergedIdAnswersWithTheKeptActorsKeys() {
        String parliament = actor("LEGISLATURE", "Keyed Parliament");
        String committee = actorWithParent("GOVERNMENT_BODY", "Keyed Committee", parliament);
        String twin = actorWithParent("GOVERNMENT_BODY", "Keyed Committee (twin)", parliament);
        ok(send(Tokens.editor("link-keys"), MergeTest.MERGE, "k", committee, "m", twin, "r", "recorded twice"));

        JsonPath response = keys(null, parliament, twin);
        assertEquals(List.of("PARENT:" + committee + ":" + parliament), keysOf(response, 0));
        assertEquals(committee, response.getString("data._entities[1].id"));
        assertEquals(twin, response.getString("data._entities[1].redirectedFrom"));
        assertEquals(List.of("PARENT:" + committee + ":" + parliament), keysOf(response, 1));
    }

    @Test
    void theKeysOfFortyActorsTakeFourStatements() {
        String organization = actor("INTERNATIONAL_ORGANIZATION", "Crowded Keyed Organisation");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String person = actorWithParent("PERSON", "Keyed Person " + i, organization);
            membership(person, organization, "MEMBER", "2000", null);
            position(person, organization, "Delegate", "2001", null);
            ids.add(person);
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath response = keys("2020", ids.toArray(String[]::new));
        assertEquals(40, response.getList("data._entities").size());
        assertEquals(3, keysOf(response, 39).size());
        // the actors, then memberships, positions and children of all of them
        assertEquals(4, statistics.getPrepareStatementCount());
        // only the actors asked for are entities: facts are read as their ids
        assertEquals(40, statistics.getEntityLoadCount());
    }

    /** The keys of the {@code index}th actor of the answer: one string, split at its spaces. */
    private static List<String> keysOf(JsonPath response, int index) {
        String keys = response.getString("data._entities[" + index + "].linkKeys");
        return keys.isEmpty() ? List.of() : List.of(keys.split(" "));
    }

    private static JsonPath keys(String asOf, String... actors) {
        return keys(asOf, null, actors);
    }

    /** The keys of these actors' links to the actors {@code among}. */
    private static JsonPath keysAmong(List<String> among, String... actors) {
        return keys(null, among, actors);
    }

    /** The keys of these actors; with {@code among} (not null), only their links to those actors. */
    private static JsonPath keys(String asOf, List<String> among, String[] actors) {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (String id : actors) {
            representations.add(Map.of("__typename", "Actor", "id", id));
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("r", representations);
        variables.put("asOf", asOf);
        if (among == null) {
            return ok(send(null, KEYS, variables));
        }
        variables.put("among", among);
        return ok(send(null, KEYS_AMONG, variables));
    }
}
