package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The limit against a small schema shaped like ours: connections with first, ids lists, _entities. */
class ResultSizeLimitTest {

    private static final String SDL = """
            type Query {
              actorsByIds(ids: [ID!]!): [Actor]!
              _entities(representations: [String!]!): [Actor]!
              actor(id: ID!): Actor
            }
            type Actor { id: ID! name: String events(first: Int = 20): EventConnection! participants: [Actor!]! }
            type EventConnection { totalCount: Int! edges: [EventEdge!]! }
            type EventEdge { node: Event! }
            type Event { id: ID! title: String! }
            """;

    private final AtomicInteger fetches = new AtomicInteger();

    private GraphQL engine(int maxObjects) {
        DataFetcher<Object> actors = env -> {
            fetches.incrementAndGet();
            return List.of();
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(
                        "Query",
                        t -> t.dataFetcher("actorsByIds", actors)
                                .dataFetcher("_entities", actors)
                                .dataFetcher("actor", env -> null))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        return GraphQL.newGraphQL(schema)
                .instrumentation(new ResultSizeLimit(maxObjects))
                .build();
    }

    private ExecutionResult run(int maxObjects, String query, Map<String, Object> variables) {
        return engine(maxObjects)
                .execute(ExecutionInput.newExecutionInput(query)
                        .variables(variables)
                        .build());
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "a" + i).toList();
    }

    private static final String FACTS = """
            query($ids: [ID!]!, $first: Int) {
              actorsByIds(ids: $ids) { id events(first: $first) { totalCount edges { node { id title } } } }
            }""";

    @Test
    void countsObjectsPerListElementFromIdsAndFirst() {
        // 10 actors × (actor + page + 5 × (edge + node)) = 10 × 12 = 120 objects.
        assertEquals(
                List.of(), run(120, FACTS, Map.of("ids", ids(10), "first", 5)).getErrors());
        assertEquals(1, fetches.get());
        ExecutionResult refused = run(119, FACTS, Map.of("ids", ids(10), "first", 5));
        assertEquals(1, fetches.get(), "a refused request reads nothing");
        assertEquals(1, refused.getErrors().size());
        assertEquals(
                "BAD_USER_INPUT", refused.getErrors().get(0).getExtensions().get("code"));
        assertTrue(
                refused.getErrors().get(0).getMessage().contains("more than 119 objects"),
                refused.getErrors().get(0).getMessage());
    }

    @Test
    void usesTheSchemaDefaultOfFirstAndTheNumberOfRepresentations() {
        String query =
                "query($r: [String!]!) { _entities(representations: $r) { ... on Actor { events { edges { node { id } } } } } }";
        // 3 representations × (actor + page + 20 by default × (edge + node)) = 3 × 42 = 126.
        assertEquals(
                List.of(), run(126, query, Map.of("r", List.of("x", "y", "z"))).getErrors());
        assertEquals(
                1,
                run(125, query, Map.of("r", List.of("x", "y", "z"))).getErrors().size());
    }

    @Test
    void aListWithoutSizeArgumentCountsAsOneElementAndScalarsCountNothing() {
        // actor + participant + its participant = 3, the scalars none.
        String query = "{ actor(id: 1) { id name participants { id participants { name } } } }";
        assertEquals(List.of(), run(3, query, Map.of()).getErrors());
        assertEquals(1, run(2, query, Map.of()).getErrors().size());
    }

    @Test
    void hugeNestedSiblingsCannotWrapTheSumAroundToASmallNumber() {
        String nested = "events(first: 1000) { edges { node { id } } }";
        StringBuilder query = new StringBuilder("query($ids: [ID!]!) { actorsByIds(ids: $ids) {");
        for (int i = 0; i < 50; i++) {
            query.append(" a").append(i).append(": ").append(nested);
        }
        query.append(" } }");
        ExecutionResult refused = run(ResultSizeLimit.MAX_OBJECTS, query.toString(), Map.of("ids", ids(200)));
        assertEquals(1, refused.getErrors().size(), "200 × 50 × 2,000 objects is refused");
        assertEquals(0, fetches.get());
    }
}
