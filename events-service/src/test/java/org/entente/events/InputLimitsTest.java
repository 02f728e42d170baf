package org.entente.events;

import static org.entente.events.Fixtures.source;
import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Input that used to reach PostgreSQL and fail there as INTERNAL (a value longer than its column,
 * a text too long to index, a forged cursor date PostgreSQL cannot hold) is the client's mistake:
 * BAD_USER_INPUT, and nothing written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class InputLimitsTest {
    private static final String RECORD_EVENT = "mutation($input: EventInput!) { recordEvent(input: $input) { id } }";
    private static final String RECORD_STATEMENT =
            "mutation($input: StatementInput!) { recordStatement(input: $input) { id } }";
    private static final String ADD_SOURCE = "mutation($input: SourceInput!) { addSource(input: $input) { id } }";

    @Test
    void anEventTextLongerThanItsColumnIsRefusedAndNothingIsRecorded() {
        String word = uniqueWord();
        long source = source();
        Map<String, Object> tooLong = Map.of(
                "title",
                word + " " + "t".repeat(60_000),
                "summary",
                word + " " + "s".repeat(10_000),
                "location",
                "l".repeat(301),
                "key",
                "k".repeat(201));
        for (Map.Entry<String, Object> field : tooLong.entrySet()) {
            Map<String, Object> input = new HashMap<>(
                    Map.of("type", "MEETING", "title", word, "date", "2024", "sourceIds", List.of(source)));
            input.put(field.getKey(), field.getValue());
            String message = errorCode(write(RECORD_EVENT, "input", input), "BAD_USER_INPUT");
            assertTrue(message.contains(field.getKey() + " is longer than"), message);
        }
        assertEquals(
                0,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }

    @Test
    void aStatementTextLongerThanItsLimitIsRefused() {
        long source = source();
        for (Map.Entry<String, Object> field : List.of(
                Map.<String, Object>entry("text", "x".repeat(10_001)),
                Map.<String, Object>entry("speakerCapacity", "c".repeat(301)),
                Map.<String, Object>entry("key", "k".repeat(201)))) {
            Map<String, Object> input = new HashMap<>(Map.of("kind", "ASSESSMENT", "text", "ok", "sourceId", source));
            input.put(field.getKey(), field.getValue());
            String message = errorCode(write(RECORD_STATEMENT, "input", input), "BAD_USER_INPUT");
            assertTrue(message.contains(field.getKey() + " is longer than"), message);
        }
    }

    @Test
    void aSourceTextLongerThanItsLimitIsRefused() {
        String path = "https://long.example/" + uniqueWord() + "/";
        errorCode(write(ADD_SOURCE, "input", Map.of("title", "t".repeat(501))), "BAD_USER_INPUT");
        errorCode(write(ADD_SOURCE, "input", Map.of("title", "t", "key", "k".repeat(201))), "BAD_USER_INPUT");
        // 2,001 bytes: under the character limit, over the bytes the unique index of the URL can hold
        String url = path + "é".repeat((2_001 - path.length()) / 2 + 1);
        assertTrue(url.length() < 2_000 && url.getBytes(StandardCharsets.UTF_8).length > 2_000);
        errorCode(write(ADD_SOURCE, "input", Map.of("title", "t", "url", url)), "BAD_USER_INPUT");
        String longest = path + "a".repeat(2_000 - path.length());
        ok(write(ADD_SOURCE, "input", Map.of("title", "t", "url", longest)));
    }

    @Test
    void aSearchLongerThanItsLimitIsRefused() {
        String search = "x".repeat(501);
        errorCode(read("query($s: String) { events(search: $s) { totalCount } }", "s", search), "BAD_USER_INPUT");
        errorCode(read("query($s: String) { statements(search: $s) { totalCount } }", "s", search), "BAD_USER_INPUT");
    }

    @Test
    void aCursorWithADateNoPartialDateCoversIsRefused() {
        for (String start : List.of("+999999999-01-01", "-999999999-01-01", "0000-01-01", "+10000-01-02")) {
            String cursor = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("v2|OLDEST_FIRST|0.0|" + start + "|1|1").getBytes(StandardCharsets.UTF_8));
            errorCode(read("query($a: String) { events(after: $a) { totalCount } }", "a", cursor), "BAD_USER_INPUT");
            errorCode(
                    read("query($a: String) { statements(after: $a) { totalCount } }", "a", cursor), "BAD_USER_INPUT");
        }
    }

    /** SmallRye lets these through validation and refused them only while fetching, as INTERNAL. */
    @Test
    void aPageSizeThatIsNotAnIntIsBadUserInput() {
        for (Object first : List.of(1.5, 9223372036854775807L, 2147483648L)) {
            for (String query : List.of(
                    "query($first: Int) { events(first: $first) { totalCount } }",
                    "query($first: Int) { statements(first: $first) { totalCount } }")) {
                String message = errorCode(read(query, "first", first), "BAD_USER_INPUT");
                assertTrue(message.startsWith("an argument has a value of the wrong type"), message);
            }
        }
    }
}
