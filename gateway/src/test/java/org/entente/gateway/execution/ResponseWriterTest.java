package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.NormalizedOperation;
import org.entente.gateway.planning.OperationNormalizer;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.junit.jupiter.api.Test;

/**
 * The JSON written straight from merged data is, byte for byte, the shaped response encoded; and
 * where shaping has something to decide, the writer leaves it to shaping.
 */
class ResponseWriterTest {

    private static final GraphQLSchema SCHEMA =
            UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
                    type Query { page: Page! author(id: ID!): Author named: Named }
                    type Page { total: Int! share: Float open: Boolean items: [Item!]! tags: [String] }
                    type Item { id: ID! text: String! stance: Stance about: [Author!] }
                    enum Stance { SUPPORTS OPPOSES }
                    interface Named { name: String! }
                    type Author implements Named { id: ID! name: String! kind: String }
                    type Office implements Named { name: String! seat: String }
                    """));

    private static final String PAGE_QUERY = """
            query($full: Boolean!) { page { total share open tags
              items { id words: text stance __typename about { id name kind @include(if: $full) } } } }""";

    @Test
    void aPageIsWrittenAsItsShapedResponseEncoded() {
        Map<String, Object> data = page(item("1", "Ada \"joins\" — ünïcode\n", "SUPPORTS", author("7", "Ada")));
        String written = written(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of());

        assertEquals(shapedAndEncoded(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of()), written);
        // the client's names and order, not the subgraph's, and the skipped field absent
        assertEquals(
                "{\"data\":{\"page\":{\"total\":3,\"share\":0.25,\"open\":true,\"tags\":[\"a\",null],\"items\":[{\"id\":\"1\","
                        + "\"words\":\"Ada \\\"joins\\\" — ünïcode\\n\",\"stance\":\"SUPPORTS\",\"__typename\":\"Item\","
                        + "\"about\":[{\"id\":\"7\",\"name\":\"Ada\"}]}]}}}",
                written(PAGE_QUERY, Map.of("full", false), data, List.of(), Map.of()));
    }

    @Test
    void errorsComeFirstAndExtensionsLast() {
        Map<String, Object> data = page(item("1", "t", null, author("7", "Ada")));
        List<ResponseError> errors = List.of(new ResponseError(
                "Subgraph events is unavailable", List.of(), List.of("page"), Map.of("code", "SUBGRAPH_UNAVAILABLE")));
        Map<String, Object> extensions = Map.of("queryPlan", "QueryPlan { Fetch(service: \"events\") }");

        String written = written(PAGE_QUERY, Map.of("full", true), data, errors, extensions);

        assertEquals(shapedAndEncoded(PAGE_QUERY, Map.of("full", true), data, errors, extensions), written);
        assertTrue(written.startsWith("{\"errors\":[{\"message\":\"Subgraph events is unavailable\""), written);
        assertTrue(
                written.endsWith(",\"extensions\":{\"queryPlan\":\"QueryPlan { Fetch(service: \\\"events\\\") }\"}}"));
    }

    @Test
    void nullsWhereTheSchemaAllowsThemAreWritten() {
        Map<String, Object> data = page(item("1", "t", null, author("7", "Ada")));
        data.put("author", null);
        Map<String, Object> missing = new HashMap<>(author("8", null));
        missing.put(ExecutionState.MISSING_ENTITY, true);
        data.put("named", missing); // an entity its subgraph does not know: null as a whole
        String query = "{ author(id: 1) { id } named { name } page { open items { stance about { id } } } }";

        String written = written(query, Map.of(), data, List.of(), Map.of());

        assertEquals(shapedAndEncoded(query, Map.of(), data, List.of(), Map.of()), written);
        assertEquals(
                "{\"data\":{\"author\":null,\"named\":null,\"page\":{\"open\":true,\"items\":[{\"stance\":null,"
                        + "\"about\":[{\"id\":\"7\"}]}]}}}",
                written);
    }

    @Test
    void anAbstractFieldIsWrittenForTheTypeTheSubgraphNamed() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("named", new LinkedHashMap<>(Map.of("__typename", "Office", "name", "Speaker", "seat", "Tehran")));
        String query = "{ named { name ... on Office { seat } ... on Author { kind } } }";

        String written = written(query, Map.of(), data, List.of(), Map.of());

        assertEquals("{\"data\":{\"named\":{\"name\":\"Speaker\",\"seat\":\"Tehran\"}}}", written);
        assertEquals(shapedAndEncoded(query, Map.of(), data, List.of(), Map.of()), written);
    }

    @Test
    void aNullInANonNullPositionIsLeftToShaping() {
        Map<String, Object> data = page(item("1", null, "SUPPORTS", author("7", "Ada")));

        assertNull(write(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of()));
        // what shaping makes of it: the non-null list of non-null items takes the page down to data null
        assertEquals(
                "{\"errors\":[{\"message\":\"Cannot return null for non-nullable field at [page, items, 0, words]\","
                        + "\"path\":[\"page\",\"items\",0,\"words\"],\"extensions\":{\"code\":\"INTERNAL\"}}],\"data\":null}",
                shapedAndEncoded(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of()));
    }

    @Test
    void aMissingEntityInANonNullPositionIsLeftToShaping() {
        Map<String, Object> gone = new HashMap<>(author("7", null));
        gone.put(ExecutionState.MISSING_ENTITY, true);
        Map<String, Object> data = page(item("1", "t", null, gone));

        assertNull(write(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of()));
    }

    @Test
    void anEnumValueTheApiLacksIsLeftToShaping() {
        Map<String, Object> data = page(item("1", "t", "NEUTRAL", author("7", "Ada")));

        assertNull(write(PAGE_QUERY, Map.of("full", true), data, List.of(), Map.of()));
    }

    @Test
    void aResponseKeySelectedTwiceInAnObjectIsLeftToShaping() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("named", new LinkedHashMap<>(Map.of("__typename", "Author", "name", "Ada", "x", "Ada")));
        String query = "{ named { x: name ... on Author { x: name } } }";

        assertNull(write(query, Map.of(), data, List.of(), Map.of()));
        assertEquals(
                "{\"data\":{\"named\":{\"x\":\"Ada\"}}}", shapedAndEncoded(query, Map.of(), data, List.of(), Map.of()));
    }

    private static Map<String, Object> page(Map<String, Object> item) {
        Map<String, Object> page = new LinkedHashMap<>();
        // in the subgraph's order, not the client's
        page.put("items", new ArrayList<>(List.of(item)));
        page.put("tags", new ArrayList<>(java.util.Arrays.asList("a", null)));
        page.put("open", true);
        page.put("share", 0.25);
        page.put("total", 3);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page);
        return data;
    }

    private static Map<String, Object> item(String id, String text, String stance, Map<String, Object> about) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("about", new ArrayList<>(List.of(about)));
        item.put("stance", stance);
        item.put("words", text);
        item.put("id", id);
        return item;
    }

    private static Map<String, Object> author(String id, String name) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", id);
        author.put("name", name);
        author.put("kind", "STATE");
        return author;
    }

    private static NormalizedOperation normalize(String query) {
        Document document = Parser.parse(query);
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return new OperationNormalizer(SCHEMA, fragments)
                .normalize(
                        document.getDefinitionsOfType(OperationDefinition.class).get(0));
    }

    private static Buffer write(
            String query,
            Map<String, Object> variables,
            Map<String, Object> data,
            List<ResponseError> errors,
            Map<String, Object> extensions) {
        NormalizedOperation operation = normalize(query);
        return ResponseWriter.write(SCHEMA, operation, variables, data, null, errors, extensions);
    }

    private static String written(
            String query,
            Map<String, Object> variables,
            Map<String, Object> data,
            List<ResponseError> errors,
            Map<String, Object> extensions) {
        Buffer written = write(query, variables, data, errors, extensions);
        assertNotNull(written, "the writer left this response to shaping");
        new JsonObject(written); // well-formed
        return written.toString();
    }

    private static String shapedAndEncoded(
            String query,
            Map<String, Object> variables,
            Map<String, Object> data,
            List<ResponseError> errors,
            Map<String, Object> extensions) {
        List<ResponseError> all = new ArrayList<>(errors);
        Map<String, Object> shaped = new ResponseShaper(SCHEMA, variables, all).shape(normalize(query), data, null);
        return Json.encode(new GraphQLResponse(shaped, all, extensions).toSpecification());
    }
}
