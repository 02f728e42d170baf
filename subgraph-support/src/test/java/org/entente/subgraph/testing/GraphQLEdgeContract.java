package org.entente.subgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.subgraph.testing.HostileRequests.Request;
import org.junit.jupiter.api.Test;

/**
 * What the GraphQL endpoint of every subgraph does with requests at its edge (subgraph-support's
 * request guard, limits and {@code _entities} check), tested over HTTP against the running
 * service: a service's test extends this class as a {@code @QuarkusTest}. Every refusal is a
 * GraphQL error with {@code extensions.code}, never an HTTP 5xx.
 */
public abstract class GraphQLEdgeContract {
    private static final String JSON = "application/json";

    @TestHTTPResource("/graphql")
    URI endpoint;

    /** The entity type with the longest name this service resolves with {@code _entities}, keyed by {@code id}. */
    protected abstract String entityType();

    /** A read of this service that passes {@code value} (a literal, or {@code $date}) as a PartialDate argument. */
    protected abstract String readWithDate(String value);

    private RawHttp.Response post(String contentType, byte[] body) {
        return RawHttp.send(endpoint, new Request("edge", "POST", contentType, Map.of(), body));
    }

    private RawHttp.Response post(String body) {
        return post(JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response post(String query, Map<String, Object> variables) {
        return post(Json.encode(Map.of("query", query, "variables", variables)));
    }

    /** The answer's only error, after checking the status and that it has {@code code}. */
    private static JsonObject onlyError(RawHttp.Response response, int status, String code) {
        assertEquals(status, response.status(), response::toString);
        JsonArray errors = new JsonObject(response.body()).getJsonArray("errors");
        assertEquals(1, errors.size(), response::body);
        JsonObject error = errors.getJsonObject(0);
        assertEquals(code, error.getJsonObject("extensions").getString("code"), response::body);
        assertEquals(List.of(), CleanResponses.problems(response));
        return error;
    }

    @Test
    void onlyPostIsAnswered() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            RawHttp.Response response = RawHttp.send(
                    endpoint,
                    new Request("method", method, JSON, Map.of(), "{\"query\":\"{ __typename }\"}".getBytes()));
            onlyError(response, 405, "BAD_USER_INPUT");
            assertEquals("POST", response.headers().get("allow"));
        }
    }

    @Test
    void onlyJsonInUtf8IsRead() {
        byte[] query = "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);
        byte[] mutation = "{\"query\":\"mutation { __typename }\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {
            null,
            "text/plain",
            "text/plain; charset=json",
            "text/plain; application/json",
            "application/x-www-form-urlencoded",
            "application/json-seq",
            "application/graphql-response+json",
            "multipart/form-data; boundary=x",
            "application/graphql",
            "application/json; charset=iso-8859-1",
            "application/json; charset=x-unknown"
        }) {
            RawHttp.Response refused = post(type, mutation);
            JsonObject error = onlyError(refused, 415, "BAD_USER_INPUT");
            assertFalse(new JsonObject(refused.body()).containsKey("data"), "never executed: " + type);
            assertTrue(error.getString("message").startsWith("the request body must be application/json"), type);
        }
        assertEquals(200, post("application/json; charset=UTF-8", query).status());
        RawHttp.Response answered = RawHttp.send(
                endpoint,
                new Request("accept", "POST", JSON, Map.of("Accept", "application/graphql-response+json"), query));
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("__typename", fieldOf(answered));
    }

    /** The name of the only field of an answer's data. */
    private static String fieldOf(RawHttp.Response response) {
        return new JsonObject(response.body())
                .getJsonObject("data")
                .fieldNames()
                .iterator()
                .next();
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnreadAndOneWithinItIsServed() {
        RawHttp.Response tooLarge = post(JSON, new byte[3 * 1024 * 1024 + 1]);
        JsonObject error = onlyError(tooLarge, 413, "BAD_USER_INPUT");
        assertTrue(error.getString("message").contains("larger than"), error::encode);

        // the largest batch the result-size limit lets through, with 8-digit ids
        List<Map<String, String>> representations = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            representations.add(Map.of("__typename", entityType(), "id", String.valueOf(90_000_000 + i)));
        }
        String query = "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }";
        String body = Json.encode(Map.of("query", query, "variables", Map.of("r", representations)));
        assertTrue(body.length() > 50_000 * (entityType().length() + 32), () -> body.length() + " bytes");
        RawHttp.Response served = post(body);
        assertEquals(200, served.status());
        assertNull(
                new JsonObject(served.body()).getJsonArray("errors"),
                () -> served.body().substring(0, 500));
    }

    @Test
    void aBodyThatIsNotAWellFormedRequestIsRefused() {
        for (String body : List.of(
                "",
                "{\"query\":",
                "[]",
                "{\"query\":5}",
                "{\"query\":\"{ __typename }\",\"operationName\":5}",
                "{\"query\":\"{ __typename }\",\"variables\":\"x\"}",
                "{\"query\":\"{ __typename }\",\"variables\":[1]}",
                "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}}",
                "{\"query\":\"{ __typename }\",\"variables\":{\"s\":\"a\\u0000b\"}}")) {
            onlyError(post(body), 400, "BAD_USER_INPUT");
        }
        byte[] invalidUtf8 = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        onlyError(post(JSON, invalidUtf8), 400, "BAD_USER_INPUT");
    }

    @Test
    void aQueryThatDoesNotParseOrSpellsNulIsRefused() {
        JsonObject syntax = onlyError(post("{\"query\":\"{ __typename(\"}"), 400, "BAD_USER_INPUT");
        assertTrue(syntax.getString("message").contains("line 1"), syntax::encode);
        JsonObject nul = onlyError(post("{ __type(name: \"a\\u0000b\") { name } }", Map.of()), 400, "BAD_USER_INPUT");
        assertTrue(nul.getString("message").contains("U+0000"), nul::encode);
    }

    @Test
    void tooDeepAndTooManyAliasesAreRefusedNamingTheLimit() {
        String deep = "{ __schema { types { " + "ofType { ".repeat(25) + "name" + " }".repeat(25) + " } } }";
        JsonObject depth = onlyError(post(deep, Map.of()), 200, "BAD_USER_INPUT");
        assertEquals("maxDepth", depth.getJsonObject("extensions").getString("limit"));
        assertEquals(20, depth.getJsonObject("extensions").getInteger("maximum"));

        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 51; i++) {
            aliases.append("a").append(i).append(": __typename ");
        }
        JsonObject alias = onlyError(post(aliases.append("}").toString(), Map.of()), 200, "BAD_USER_INPUT");
        assertEquals("maxAliases", alias.getJsonObject("extensions").getString("limit"));
        assertEquals(51, alias.getJsonObject("extensions").getInteger("actual"));
    }

    @Test
    void invalidRepresentationsAreBadUserInputNamingThem() {
        String query = "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }";
        List<Object> invalid = new ArrayList<>();
        invalid.add(1);
        invalid.add("Actor");
        invalid.add(Map.of());
        invalid.add(Map.of("__typename", "Nope", "id", "1"));
        invalid.add(Map.of("__typename", entityType()));
        invalid.add(Map.of("__typename", entityType(), "id", Map.of("a", 1)));
        for (Object representation : invalid) {
            List<Object> representations = new ArrayList<>();
            representations.add(Map.of("__typename", entityType(), "id", "1"));
            representations.add(representation);
            JsonObject error = onlyError(post(query, Map.of("r", representations)), 200, "BAD_USER_INPUT");
            assertTrue(error.getString("message").startsWith("representations[1]"), error::encode);
        }
        for (Object representations : Arrays.asList(null, Arrays.asList((Object) null))) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("r", representations);
            onlyError(
                    post("query($r: [_Any!]!) { _entities(representations: $r) { __typename } }", variables),
                    200,
                    "BAD_USER_INPUT");
        }
    }

    /**
     * A malformed PartialDate, wherever it is written, is refused naming neither the scalar's Java
     * class ({@code PartialDateScalar}) nor any other Java, SmallRye or graphql-java type, in the
     * message or in the extensions.
     */
    @Test
    void aMalformedDateIsRefusedNamingNoJavaType() {
        List<String> literals =
                List.of("5", "1.5", "true", "{ year: 2005 }", "[\"2005\"]", "NEWEST", "\"2024-13-45\"", "\"\"");
        for (String literal : literals) {
            assertRefusedCleanly(post(readWithDate(literal), Map.of()), literal);
        }
        String query = "query($date: PartialDate) " + readWithDate("$date");
        List<Object> values =
                List.of(5, 1.5, true, Map.of("year", 2005), List.of("2005"), "2024-13-45", "x".repeat(600));
        for (Object value : values) {
            assertRefusedCleanly(post(query, Map.of("date", value)), value.toString());
        }
    }

    private static void assertRefusedCleanly(RawHttp.Response response, String value) {
        JsonArray errors = new JsonObject(response.body()).getJsonArray("errors");
        assertTrue(errors != null && !errors.isEmpty(), () -> value + " was not refused: " + response.body());
        for (Object error : errors) {
            String code = ((JsonObject) error).getJsonObject("extensions").getString("code");
            assertEquals("BAD_USER_INPUT", code, () -> value + ": " + response.body());
        }
        assertEquals(List.of(), CleanResponses.problems(response), value);
        assertFalse(JAVA_NAME.matcher(errors.encode()).find(), () -> value + ": " + errors.encode());
    }

    private static final Pattern JAVA_NAME =
            Pattern.compile("PartialDateScalar|CustomStringScalar|java\\.|io\\.smallrye|graphql\\.|org\\.entente");

    @Test
    void refusalsOfTheSchemaNameNoJavaType() {
        JsonObject error = onlyError(post("{ __type(name: 5) { name } }", Map.of()), 200, "BAD_USER_INPUT");
        assertFalse(error.getString("message").contains("IntValue"), error::encode);
    }

    @Test
    void smallRyeKeepsAFewParsedDocuments() throws ReflectiveOperationException {
        Field size = Class.forName("io.smallrye.graphql.execution.QueryCache").getDeclaredField("MAX_CACHE_SIZE");
        size.setAccessible(true);
        assertEquals(50, size.getInt(null));
    }
}
