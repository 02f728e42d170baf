package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.Fixtures;
import org.entente.actors.repository.DuplicateCandidateSearch;
import org.entente.actors.service.DuplicateCandidateChecks;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Query.duplicateCandidates and Mutation.dismissDuplicateCandidate over HTTP. Other tests of the
 * module share the database, so most questions name one actor (`actor:`) to see only its pairs.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DuplicateCandidatesTest {

    private static final String PAIRS = """
            query($actor: ID, $min: Float, $first: Int, $after: String) {
              duplicateCandidates(actor: $actor, minScore: $min, first: $first, after: $after) {
                edges { cursor node { a { id name } b { id name } score reasons } }
                pageInfo { hasNextPage hasPreviousPage endCursor } pendingChecks
              }
            }""";

    private static final String DISMISS = """
            mutation($a: ID!, $b: ID!, $reason: String) {
              dismissDuplicateCandidate(a: $a, b: $b, reason: $reason) { a { id } b { id } reason dismissedBy dismissedAt }
            }""";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    DuplicateCandidateSearch search;

    @Inject
    DuplicateCandidateChecks checks;

    private static String actor(String kind, String name, String countryCode, String... aliases) {
        Map<String, Object> input = Fixtures.actorInput(Fixtures.uniqueHandle("dup"), kind, name);
        input.put("aliases", List.of(aliases));
        if (countryCode != null) {
            input.put("countryCode", countryCode);
        }
        return ok(write("mutation($input: ActorInput!) { createActor(input: $input) { id } }", "input", input))
                .getString("data.createActor.id");
    }

    private static List<Map<String, Object>> pairsOf(String actor, Double minScore) {
        return ok(read(PAIRS, "actor", actor, "min", minScore, "first", 100))
                .getList("data.duplicateCandidates.edges.node");
    }

    /** The candidate pairing {@code x} and {@code y} among {@code x}'s pairs, or null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pair(String x, String y, Double minScore) {
        for (Map<String, Object> node : pairsOf(x, minScore)) {
            String a = (String) ((Map<String, Object>) node.get("a")).get("id");
            String b = (String) ((Map<String, Object>) node.get("b")).get("id");
            if (Set.of(a, b).equals(Set.of(x, y))) {
                assertTrue(Long.parseLong(a) < Long.parseLong(b), "a has the smaller id: " + node);
                return node;
            }
        }
        return null;
    }

    private static double score(Map<String, Object> node) {
        return ((Number) node.get("score")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> node) {
        return (List<String>) node.get("reasons");
    }

    @Test
    void kartapolovCreatedTwiceIsACandidateWithAHighScore() {
        String andrei = actor("PERSON", "Andrei Kartapolov", null);
        String andrey = actor("PERSON", "Andrey Kartapolov", null);

        Map<String, Object> pair = pair(andrei, andrey, null);
        assertNotNull(pair, () -> "not paired: " + pairsOf(andrei, 0.0));
        assertTrue(reasons(pair).contains("NAME_SIMILAR"), pair::toString);
        assertTrue(reasons(pair).contains("SAME_KIND"), pair::toString);
        assertFalse(reasons(pair).contains("SAME_NORMALIZED_NAME"), pair::toString);
        // 0.8 × similarity (16 of 20 trigrams shared: 0.8) + 0.1
        assertEquals(0.74, score(pair), 0.0001);
        // Also found from the other actor's side, the same pair.
        assertEquals(pair, pair(andrey, andrei, null));

        // Cyrillic and Latin spellings of one name, in one country: the same normalized name.
        String cyrillic = actor("PERSON", "Андрей Картаполов", "RUS");
        String latin = actor("PERSON", "Andréy KARTAPOLOV", "RUS");
        Map<String, Object> same = pair(cyrillic, latin, null);
        assertNotNull(same);
        assertEquals(List.of("SAME_NORMALIZED_NAME", "SAME_KIND", "SAME_COUNTRY"), reasons(same));
        assertEquals(1.0, score(same), 0.0001);
    }

    @Test
    void iranAndIraqScoreLowAndAreNotCandidatesByDefault() {
        String iran = actor("STATE", "Iran", "IRN");
        String iraq = actor("STATE", "Iraq", "IRQ");

        // Trigram similarity 0.43: below the pairing threshold (0.5), so not a candidate at any minScore.
        assertNull(pair(iran, iraq, null));
        assertNull(pair(iran, iraq, 0.0));
        // Another Iran of the same kind is a candidate of both names' spelling, but not Iraq's.
        String iranAgain = actor("STATE", "Iran", "IRN");
        assertNotNull(pair(iran, iranAgain, null));
        assertNull(pair(iraq, iranAgain, 0.0));
    }

    @Test
    void actorsOfDifferentKindsAreNeverPaired() {
        String word = ActorQueriesTest.uniqueWord();
        String person = actor("PERSON", "Wagner " + word, null);
        String organization = actor("GROUP", "Wagner " + word, null);

        assertNull(pair(person, organization, 0.0));
        // The same name of the same kind is paired: the difference above is the kind.
        String otherPerson = actor("PERSON", "Wagner " + word, null);
        assertNotNull(pair(person, otherPerson, null));
        assertNull(pair(organization, otherPerson, 0.0));
    }

    @Test
    void anAliasThatIsAnotherActorsNameIsAnAliasOverlap() {
        String word = ActorQueriesTest.uniqueWord();
        String state = actor("GROUP", "Islamic State of Iraq and the Levant", null, "Isil" + word);
        String isil = actor("GROUP", "ISIL" + word, null);

        Map<String, Object> pair = pair(state, isil, null);
        assertNotNull(pair, () -> "not paired: " + pairsOf(state, 0.0));
        assertEquals(List.of("ALIAS_OVERLAP", "SAME_KIND"), reasons(pair));
        assertEquals(0.82, score(pair), 0.0001);
    }

    @Test
    void aDismissedPairNoLongerAppearsAndDismissingAgainChangesNothing() {
        String word = ActorQueriesTest.uniqueWord();
        String first = actor("MEDIA", "Rossiya Segodnya " + word, null);
        String second = actor("MEDIA", "Rossiya Segodnia " + word, null);
        assertNotNull(pair(first, second, null));

        // Reversed order: the pair is the same pair.
        JsonPath dismissed = ok(write(DISMISS, "a", second, "b", first, "reason", "  two agencies  "));
        assertEquals(first, dismissed.getString("data.dismissDuplicateCandidate.a.id"));
        assertEquals(second, dismissed.getString("data.dismissDuplicateCandidate.b.id"));
        assertEquals("two agencies", dismissed.getString("data.dismissDuplicateCandidate.reason"));
        assertEquals("test-user", dismissed.getString("data.dismissDuplicateCandidate.dismissedBy"));
        String when = dismissed.getString("data.dismissDuplicateCandidate.dismissedAt");
        assertNotNull(when);

        assertNull(pair(first, second, 0.0));
        assertNull(pair(second, first, 0.0));
        // Again, with another reason: the first dismissal stays.
        JsonPath again = ok(write(DISMISS, "a", first, "b", second, "reason", "other"));
        assertEquals("two agencies", again.getString("data.dismissDuplicateCandidate.reason"));
        assertEquals(when, again.getString("data.dismissDuplicateCandidate.dismissedAt"));
        assertNull(pair(first, second, 0.0));
        // A third actor of that name is still paired with both.
        String third = actor("MEDIA", "Rossiya Segodnya " + word, null);
        assertNotNull(pair(third, first, null));
        assertNotNull(pair(third, second, null));
    }

    @Test
    void dismissingNeedsAnEditorAndKnownDistinctActors() {
        String word = ActorQueriesTest.uniqueWord();
        String first = actor("PERSON", "Sergei Shoigu " + word, null);
        String second = actor("PERSON", "Sergey Shoygu " + word, null);

        errorCode(read(DISMISS, "a", first, "b", second), "UNAUTHENTICATED");
        errorCode(send(Tokens.withGroups("reader"), DISMISS, Map.of("a", first, "b", second)), "FORBIDDEN");
        errorCode(write(DISMISS, "a", first, "b", "987654321"), "NOT_FOUND");
        errorCode(write(DISMISS, "a", "987654321", "b", second), "NOT_FOUND");
        errorCode(write(DISMISS, "a", first, "b", first), "BAD_USER_INPUT");
        errorCode(write(DISMISS, "a", first, "b", second, "reason", "x".repeat(1001)), "BAD_USER_INPUT");
        // None of the refusals dismissed the pair.
        assertNotNull(pair(first, second, null));
    }

    @Test
    void refusesBadArguments() {
        errorCode(read(PAIRS, "first", 101), "BAD_USER_INPUT");
        errorCode(read(PAIRS, "first", -1), "BAD_USER_INPUT");
        errorCode(read(PAIRS, "min", 1.5), "BAD_USER_INPUT");
        errorCode(read(PAIRS, "min", -0.1), "BAD_USER_INPUT");
        errorCode(read(PAIRS, "after", "not-a-cursor"), "BAD_USER_INPUT");
        errorCode(read(PAIRS, "after", "x".repeat(10_000)), "BAD_USER_INPUT");
        errorCode(
                read(PAIRS, "after", java.util.Base64.getUrlEncoder().encodeToString("pair:1e999:1:2".getBytes())),
                "BAD_USER_INPUT");
        assertEquals(List.of(), ok(read(PAIRS, "first", 0)).getList("data.duplicateCandidates.edges"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesGoBestFirstWithoutRepeatsAndTakeFourStatements() {
        String word = ActorQueriesTest.uniqueWord();
        for (int i = 0; i < 12; i++) {
            actor("LEGISLATURE", "Chamber " + word + " " + i, null);
            actor("LEGISLATURE", "Chamber " + word + " " + i, null);
        }
        // The first page finds the new actors' pairs (their checks are queued); the count is of the next one.
        assertEquals(0, ok(read(PAIRS, "first", 20)).getInt("data.duplicateCandidates.pendingChecks"));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath first = ok(read(PAIRS, "first", 20));
        long statements = statistics.getPrepareStatementCount();
        System.out.println("SQL statements for a page of 20 candidates with their actors: " + statements);
        List<Map<String, Object>> page = first.getList("data.duplicateCandidates.edges.node");
        assertEquals(20, page.size());
        assertEquals(4, statements, "the queue, its length, the pairs, their actors: not one per pair");
        assertTrue(first.getBoolean("data.duplicateCandidates.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.duplicateCandidates.pageInfo.hasPreviousPage"));

        JsonPath second =
                ok(read(PAIRS, "first", 20, "after", first.getString("data.duplicateCandidates.pageInfo.endCursor")));
        assertTrue(second.getBoolean("data.duplicateCandidates.pageInfo.hasPreviousPage"));
        List<Map<String, Object>> both = new ArrayList<>(page);
        both.addAll(second.getList("data.duplicateCandidates.edges.node"));
        Set<String> seen = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> node : both) {
            String a = (String) ((Map<String, Object>) node.get("a")).get("id");
            String b = (String) ((Map<String, Object>) node.get("b")).get("id");
            assertTrue(Long.parseLong(a) < Long.parseLong(b), node::toString);
            assertTrue(seen.add(a + "-" + b), () -> "repeated: " + node);
            assertTrue(score(node) <= previous, () -> "not best first: " + both);
            assertTrue(score(node) >= 0.5, node::toString);
            previous = score(node);
            assertNotNull(((Map<String, Object>) node.get("a")).get("name"));
        }
    }

    @Test
    void renamingAnActorFindsItsPairsAgain() {
        String word = ActorQueriesTest.uniqueWord();
        String first = actor("PERSON", "Yevgeny Prigozhin " + word, null);
        String handle = Fixtures.uniqueHandle("renamed");
        String second = ok(write(
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                        "input",
                        Fixtures.actorInput(handle, "PERSON", "Mikhail Mishustin " + word)))
                .getString("data.createActor.id");
        assertNull(pair(first, second, 0.0));

        rename(second, handle, "Yevgeniy Prigozhin " + word);
        assertNotNull(pair(first, second, null), "paired after the rename");

        rename(second, handle, "Mikhail Mishustin " + word);
        assertNull(pair(first, second, 0.0), "the old pair is gone after renaming back");
    }

    private static void rename(String id, String handle, String name) {
        int version = ok(read("query($id: ID!) { actor(id: $id) { version } }", "id", id))
                .getInt("data.actor.version");
        ok(write(
                "mutation($id: ID!, $input: ActorInput!, $version: Int!) {"
                        + " updateActor(id: $id, input: $input, version: $version) { id } }",
                "id",
                id,
                "input",
                Fixtures.actorInput(handle, "PERSON", name),
                "version",
                version));
    }

    @Test
    void theBackgroundChecksFindWhatTheQueueHolds() {
        String word = ActorQueriesTest.uniqueWord();
        String first = actor("MEDIA", "Sputnik " + word, null);
        String second = actor("MEDIA", "Sputnik " + word, null);
        assertTrue(queued() >= 2, "both actors are queued by the trigger");

        checks.checkQueued();

        assertEquals(0, queued());
        assertNotNull(pair(first, second, null));
    }

    private long queued() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM duplicate_check_pending")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * 10,000 generated actors (random names of 7 kinds in 20 countries), in a transaction that is
     * rolled back so that other tests do not see them: their pairs are found by index probes (the plan
     * is asserted), every planted pair among them.
     */
    @Test
    void tenThousandActorsAreCheckedThroughTheIndexes() {
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(600));
        try {
            measure();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @SuppressWarnings("unchecked")
    private void measure() {
        // Two random words (letters a-p); every tenth actor repeats its predecessor's name with one more
        // letter (the same kind and country): 999 planted pairs (actor 1's predecessor 0 is not made).
        entityManager.createNativeQuery("""
                        INSERT INTO actor (handle, kind, name, country_code, search_text)
                        SELECT 'gen-' || i, k, n, c, n FROM (
                            SELECT i,
                                   (ARRAY['STATE','INTERNATIONAL_ORGANIZATION','GOVERNMENT_BODY','LEGISLATURE',
                                          'PERSON','MEDIA','GROUP'])[1 + (i / 2) % 7] AS k,
                                   translate(
                                       substr(md5(CASE WHEN i % 10 = 1 THEN i - 1 ELSE i END::text), 1, 6)
                                       || ' ' || substr(md5(CASE WHEN i % 10 = 1 THEN i - 1 ELSE i END::text), 7, 9),
                                       '0123456789', 'ghijklmnop')
                                       || CASE WHEN i % 10 = 1 THEN 'a' ELSE '' END AS n,
                                   (ARRAY['RUS','USA','CHN','IRN','IRQ','FRA','DEU','GBR','IND','BRA','TUR','SYR',
                                          'UKR','POL','JPN','KOR','ISR','EGY','SAU','PAK'])[1 + (i / 2) % 20] AS c
                            FROM generate_series(1, 10000) i
                        ) g""").executeUpdate();
        entityManager.createNativeQuery("ANALYZE actor").executeUpdate();
        // An all-pairs plan takes minutes: fail fast instead.
        entityManager.createNativeQuery("SET LOCAL statement_timeout = '120s'").executeUpdate();
        entityManager.createNativeQuery(DuplicateCandidateSearch.SETUP_SQL).getSingleResult();
        List<String> plan = entityManager
                .createNativeQuery("EXPLAIN "
                        + DuplicateCandidateSearch.FIND_SQL.replace(
                                "CAST(:ids AS bigint[])", "CAST('{1,2,3,4,5}' AS bigint[])"))
                .getResultList();
        System.out.println(String.join("\n", plan));
        assertTrue(plan.toString().contains("actor_name_key_trgm_idx"), plan::toString);
        assertTrue(plan.toString().contains("actor_name_keys_idx"), plan::toString);

        long start = System.nanoTime();
        long checked = 0;
        for (int batch; (batch = search.check(200)) > 0; ) {
            checked += batch;
        }
        System.out.printf(
                "Pairs of %d queued actors (10,000 generated) found in %d ms%n",
                checked, (System.nanoTime() - start) / 1_000_000);
        assertTrue(checked >= 10_000, "checked " + checked);
        Number planted = (Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM duplicate_candidate c
                        JOIN actor a ON a.id = c.a_id JOIN actor b ON b.id = c.b_id
                        WHERE a.handle LIKE 'gen-%' AND b.handle LIKE 'gen-%'
                          AND b.name = a.name || 'a'""").getSingleResult();
        assertEquals(999, planted.intValue(), "every planted pair is a candidate");
    }
}
