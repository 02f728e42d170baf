package org.entente.events;

import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class SourceApiTest {

    @Test
    void addsASourceAndReadsItBack() {
        long publisher = FakeActors.knownActor();
        String url = "https://tass.example/politics/" + uniqueWord();
        JsonPath added = ok(write(
                "mutation { addSource(input: {title: \"Iran joins\", url: \"" + url + "\", publisherId: " + publisher
                        + ", publishedAt: \"2024-05\", retrievedAt: \"2024-06-01T10:15:00+02:00\"}) { id } }"));
        String id = added.getString("data.addSource.id");

        JsonPath read =
                ok(read("{ source(id: " + id + ") { id title url publisher { id } publishedAt retrievedAt } }"));
        assertEquals("Iran joins", read.getString("data.source.title"));
        assertEquals(url, read.getString("data.source.url"));
        assertEquals(String.valueOf(publisher), read.getString("data.source.publisher.id"));
        assertEquals("2024-05", read.getString("data.source.publishedAt"));
        assertEquals("2024-06-01T08:15:00Z", read.getString("data.source.retrievedAt"));
    }

    @Test
    void theSameUrlTwiceReturnsTheExistingSource() {
        String path = uniqueWord();
        String first = ok(write("mutation { addSource(input: {title: \"First\", url: \"https://news.example/" + path
                        + "\"}) { id } }"))
                .getString("data.addSource.id");
        JsonPath again = ok(write("mutation { addSource(input: {title: \"Second\", url: \"HTTPS://NEWS.example:443/"
                + path + "/#top\"}) { id title } }"));
        assertEquals(first, again.getString("data.addSource.id"));
        assertEquals("First", again.getString("data.addSource.title"), "the existing source is returned unchanged");
    }

    @Test
    void theSameKeyTwiceReturnsTheExistingSourceEvenWithoutAUrl() {
        String key = uniqueWord();
        String first = ok(write("mutation { addSource(input: {key: \"" + key
                        + "\", title: \"An article without a URL\"}) { id key } }"))
                .getString("data.addSource.id");
        JsonPath again = ok(write(
                "mutation { addSource(input: {key: \"" + key + "\", title: \"Renamed\"}) { id key title url } }"));
        assertEquals(first, again.getString("data.addSource.id"));
        assertEquals(key, again.getString("data.addSource.key"));
        assertEquals("An article without a URL", again.getString("data.addSource.title"));
        String other = ok(write("mutation { addSource(input: {title: \"An article without a URL\"}) { id } }"))
                .getString("data.addSource.id");
        assertNotEquals(first, other, "without a key or URL nothing identifies a source, so each add is a new one");
    }

    @Test
    void aKeyThatNamesASourceOfAnotherUrlIsAConflictAndAddsNothing() {
        String key = uniqueWord();
        String first = ok(write("mutation { addSource(input: {key: \"" + key
                        + "\", title: \"First article\", url: \"https://news.example/" + key + "/one\"}) { id } }"))
                .getString("data.addSource.id");
        String otherUrl = "https://news.example/" + key + "/two";
        JsonPath refused = write("mutation { addSource(input: {key: \"" + key + "\", title: \"Second article\", url: \""
                + otherUrl + "\"}) { id } }");
        assertEquals("CONFLICT", refused.getString("errors[0].extensions.code"));
        assertTrue(refused.getString("errors[0].message").contains("names another source"), refused::prettify);
        // Nothing was added: the second URL is still free, and the key still names the first source.
        String second = ok(write(
                        "mutation { addSource(input: {title: \"Second article\", url: \"" + otherUrl + "\"}) { id } }"))
                .getString("data.addSource.id");
        assertNotEquals(first, second);
        assertEquals(
                first,
                ok(write("mutation { addSource(input: {key: \"" + key
                                + "\", title: \"First article\", url: \"https://news.example/" + key
                                + "/one\"}) { id } }"))
                        .getString("data.addSource.id"),
                "the same key and URL again is the same source");
    }

    @Test
    void concurrentAddsOfOneUrlYieldOneSource() throws Exception {
        String url = "https://news.example/" + uniqueWord();
        String add = "mutation { addSource(input: {title: \"Raced\", url: \"" + url + "\"}) { id } }";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> write(add)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<JsonPath> answer : answers) {
                JsonPath response = answer.get(30, TimeUnit.SECONDS);
                if (response.get("errors") == null) {
                    ids.add(response.getString("data.addSource.id"));
                } else {
                    assertEquals("CONFLICT", response.getString("errors[0].extensions.code"), response.prettify());
                }
            }
            assertEquals(1, ids.size(), "every successful add returned the same source");
            assertEquals(ids.iterator().next(), ok(write(add)).getString("data.addSource.id"), "a retry finds it");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownSourceIsNull() {
        JsonPath read = ok(read("{ source(id: 987654321) { id } }"));
        assertNull(read.get("data.source"));
    }

    @Test
    void refusesBadInputWithBadUserInput() {
        errorCode(
                write("mutation { addSource(input: {title: \"  \", url: \"https://news.example/" + uniqueWord()
                        + "\"}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(
                write("mutation { addSource(input: {title: \"x\", url: \"news.example/relative\"}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(
                write("mutation { addSource(input: {title: \"x\", publishedAt: \"2024-13\"}) { id } }"),
                "BAD_USER_INPUT");
        errorCode(
                write("mutation { addSource(input: {title: \"x\", retrievedAt: \"yesterday\"}) { id } }"),
                "BAD_USER_INPUT");
    }

    @Test
    void refusesAnUnknownPublisherAndWritesNothing() {
        long unknown = FakeActors.unknownActor();
        String url = "https://news.example/" + uniqueWord();
        String message = errorCode(
                write("mutation { addSource(input: {title: \"x\", url: \"" + url + "\", publisherId: " + unknown
                        + "}) { id } }"),
                "BAD_USER_INPUT");
        assertTrue(message.contains(String.valueOf(unknown)), message);
        long publisher = FakeActors.knownActor();
        JsonPath retry = ok(write("mutation { addSource(input: {title: \"retry\", url: \"" + url + "\", publisherId: "
                + publisher + "}) { title } }"));
        assertEquals("retry", retry.getString("data.addSource.title"), "the refused write left no source behind");
    }
}
