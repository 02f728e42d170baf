package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.events.Pages.pageThrough;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A search ranks only its newest matches (entente.search.candidates, here 3): a better match
 * that is older stays out, the newest three are ranked, and totalCount still counts every
 * match. The same for the root list, an actor's list and statements. A search of several words
 * looks among the newest rows first (entente.search.probe-rows, here 4) and answers the same.
 */
@QuarkusTest
@TestProfile(SearchCandidatesTest.ThreeCandidates.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class SearchCandidatesTest {

    public static class ThreeCandidates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.search.candidates", "3", "entente.search.probe-rows", "4");
        }
    }

    @Test
    void onlyTheNewestMatchesAreRanked() {
        long actor = FakeActors.knownActor();
        String word = uniqueWord();
        String participant = ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        String best =
                String.valueOf(event("Best but oldest", "2018", summary(word + " " + word + " " + word) + participant));
        event("Older", "2019-05-01", summary(word) + participant);
        String march = String.valueOf(event("March", "2020-03", summary(word) + participant));
        String strong = String.valueOf(event("Strong", "2020-03-01", summary(word + " " + word) + participant));
        String latest = String.valueOf(event("Latest", "2021", summary(word) + participant));
        ok(write("mutation { recordEvent(input: {type: MEETING, title: \"Undated\", sourceIds: [" + source() + "]"
                + summary(word) + participant + "}) { id } }"));

        // candidates: the three newest dated matches; ranked: the double match first, then by date
        List<String> oldestFirst = List.of(strong, march, latest);
        List<String> newestFirst = List.of(strong, latest, march);
        for (int size = 1; size <= 3; size++) {
            assertEquals(
                    oldestFirst,
                    pageThrough(
                            size, (first, after) -> events("search: \"" + word + "\"", "OLDEST_FIRST", first, after)));
            assertEquals(
                    newestFirst,
                    pageThrough(
                            size, (first, after) -> events("search: \"" + word + "\"", "NEWEST_FIRST", first, after)));
            assertEquals(
                    newestFirst,
                    pageThrough(
                            size,
                            (first, after) -> events(
                                    "actor: " + actor + ", search: \"" + word + "\"", "NEWEST_FIRST", first, after)),
                    "an actor's list");
        }
        assertFalse(
                pageThrough(10, (first, after) -> events("search: \"" + word + "\"", "OLDEST_FIRST", first, after))
                        .contains(best),
                "the best match is older than the candidates");
        assertEquals(
                6,
                ok(read("{ events(search: \"" + word + "\", first: 1) { totalCount } }"))
                        .getInt("data.events.totalCount"),
                "totalCount counts every match");
        // a narrower date range brings older matches back among the candidates
        assertEquals(
                best,
                ok(read("{ events(search: \"" + word + "\", to: \"2019\", first: 1) { edges { node { id } } } }"))
                        .getString("data.events.edges[0].node.id"));
    }

    @Test
    void statementSearchesRankTheirNewestMatchesToo() {
        String word = uniqueWord();
        String best = statement(word + " " + word + " " + word, "2018");
        String a = statement(word, "2022");
        String b = statement(word, "2023");
        String c = statement(word + " " + word, "2021");
        JsonPath page =
                ok(read("{ statements(search: \"" + word + "\", first: 10) { totalCount edges { node { id } } } }"));
        assertEquals(List.of(c, a, b), page.getList("data.statements.edges.node.id"));
        assertEquals(4, page.getInt("data.statements.totalCount"));
        assertNotEquals(best, page.getString("data.statements.edges[0].node.id"));
    }

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aSearchOfSeveralWordsFindsItsCandidatesAmongTheNewestRowsOrElseInAllRows() {
        String grain = uniqueWord() + " " + uniqueWord();
        String oil = uniqueWord() + " " + uniqueWord();
        // Older: four matches of `oil` (the newest three are its candidates), one of `grain`.
        event("Oil 2081", "2081", summary(oil));
        String oil2082 = String.valueOf(event("Oil 2082", "2082", summary(oil + " " + oil)));
        String oil2083 = String.valueOf(event("Oil 2083", "2083", summary(oil)));
        String oil2084 = String.valueOf(event("Oil 2084", "2084", summary(oil)));
        String grainOld = String.valueOf(event("Grain 2085", "2085", summary(grain + " " + grain)));
        // The four newest rows of all: three match `grain`, as many as it has candidates.
        String grain2091 = String.valueOf(event("Grain 2091", "2091", summary(grain)));
        event("Other 2092", "2092", summary(uniqueWord()));
        String grain2093 = String.valueOf(event("Grain 2093", "2093", summary(grain + " " + grain)));
        String grain2094 = String.valueOf(event("Grain 2094", "2094", summary(grain)));

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<String> newestFirst =
                pageThrough(3, (first, after) -> events("search: \"" + grain + "\"", "NEWEST_FIRST", first, after));
        assertEquals(List.of(grain2093, grain2094, grain2091), newestFirst, "the double match first, then by date");
        assertFalse(newestFirst.contains(grainOld), "an older match is no candidate");
        // per page: the newest rows' bound, the page among them, the page's events
        assertEquals(3, statistics.getPrepareStatementCount(), "settled among the newest rows");

        assertEquals(
                List.of(grain2093, grain2091, grain2094),
                pageThrough(1, (first, after) -> events("search: \"" + grain + "\"", "OLDEST_FIRST", first, after)),
                "a page at a time, oldest first after the rank");

        // One match among the newest four rows: the rows that would hold three (15) are searched.
        String wheat = uniqueWord() + " " + uniqueWord();
        String wheat2086 = String.valueOf(event("Wheat 2086", "2086", summary(wheat)));
        String wheat2087 = String.valueOf(event("Wheat 2087", "2087", summary(wheat + " " + wheat)));
        String wheat2095 = String.valueOf(event("Wheat 2095", "2095", summary(wheat)));
        statistics.clear();
        assertEquals(
                List.of(wheat2087, wheat2095, wheat2086),
                pageThrough(3, (first, after) -> events("search: \"" + wheat + "\"", "NEWEST_FIRST", first, after)));
        assertEquals(
                5, statistics.getPrepareStatementCount(), "twice the bound and the page among the rows, the events");

        // `oil`'s matches are all older than the newest four rows: every match is read.
        statistics.clear();
        assertEquals(
                List.of(oil2082, oil2084, oil2083),
                pageThrough(3, (first, after) -> events("search: \"" + oil + "\"", "NEWEST_FIRST", first, after)));
        assertEquals(4, statistics.getPrepareStatementCount(), "the bound, the newest rows, all matches, the events");
        assertEquals(
                4,
                ok(read("{ events(search: \"" + oil + "\", first: 1) { totalCount } }"))
                        .getInt("data.events.totalCount"),
                "totalCount counts every match");
    }

    private static String summary(String text) {
        return ", summary: \"" + text + "\"";
    }

    private static String statement(String text, String date) {
        return ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"" + text + "\", date: \"" + date
                        + "\", sourceId: " + source() + "}) { id } }"))
                .getString("data.recordStatement.id");
    }

    private static JsonPath events(String arguments, String order, int first, String after) {
        return ok(read("{ events(" + arguments + ", first: " + first
                        + (after == null ? "" : ", after: \"" + after + "\"") + ", order: " + order
                        + ") { pageInfo { hasNextPage endCursor } edges { node { id } } } }"))
                .setRootPath("data.events");
    }
}
