package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The depth and alias limits refuse an operation before anything is fetched, saying which limit it exceeded. */
class OperationLimitsTest {

    private final AtomicInteger fetches = new AtomicInteger();

    private GraphQL engine(int maxDepth, int maxAliases) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(
                        "Query",
                        type -> type.dataFetcher("node", env -> {
                            fetches.incrementAndGet();
                            return Map.of();
                        }))
                .build();
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse("type Query { node: Node } type Node { child: Node name: String }"),
                        wiring);
        return GraphQL.newGraphQL(schema)
                .instrumentation(
                        new ChainedInstrumentation(List.of(new DepthLimit(maxDepth), new AliasLimit(maxAliases))))
                .build();
    }

    /** {@code node { child { … name } }}: {@code levels} fields deep. */
    private static String nested(int levels) {
        return "{ node { " + "child { ".repeat(levels - 2) + "name" + " }".repeat(levels - 1) + " }";
    }

    @Test
    void anOperationAsDeepAsTheMaximumRuns() {
        ExecutionResult result = engine(5, 10).execute(nested(5));
        assertEquals(List.of(), result.getErrors());
        assertEquals(1, fetches.get());
    }

    @Test
    void aDeeperOperationIsRefusedBeforeAnythingIsFetched() {
        ExecutionResult result = engine(5, 10).execute(nested(6));
        assertLimit(result, "maxDepth", 5, 6);
        assertEquals(0, fetches.get());
    }

    @Test
    void aliasesAreCountedAcrossTheDocumentFragmentsIncluded() {
        String query = "{ a: node { name } b: node { ...F } } fragment F on Node { c: name d: name }";
        assertEquals(List.of(), engine(5, 4).execute(query).getErrors());
        assertLimit(engine(5, 3).execute(query), "maxAliases", 3, 4);
        assertEquals(2, fetches.get(), "the allowed execution fetched its two root fields, the refused one nothing");
    }

    private static void assertLimit(ExecutionResult result, String limit, int maximum, int actual) {
        assertEquals(1, result.getErrors().size(), result.getErrors()::toString);
        GraphQLError error = result.getErrors().get(0);
        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals(limit, error.getExtensions().get("limit"));
        assertEquals(maximum, error.getExtensions().get("maximum"));
        assertEquals(actual, error.getExtensions().get("actual"));
        assertTrue(error.getMessage().contains(String.valueOf(maximum)), error.getMessage());
    }
}
