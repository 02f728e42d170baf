package org.entente.subgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loaders registered by a field, the way FieldBatches does, with and without a registry from SmallRye. */
class FieldBatchesRegistryTest {

    private static final String SDL = """
            type Query { events: [Event!]! }
            type Event { id: ID! title: String! }
            """;

    private final List<List<String>> batches = new ArrayList<>();

    /** Three events whose titles a loader reads in batches, recording each batch's keys. */
    private GraphQL engine(boolean withRegistry) {
        DataFetcher<Object> title = env -> {
            DataLoader<String, String> loader = env.getDataLoaderRegistry().computeIfAbsent("Event.title",
                    name -> DataLoaderFactory.<String, String>newDataLoader(keys -> {
                        batches.add(List.copyOf(keys));
                        return CompletableFuture.completedFuture(keys.stream().map(key -> "Event " + key).toList());
                    }));
            Map<String, String> event = env.getSource();
            return loader.load(event.get("id"));
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("events", env -> List.of(Map.of("id", "1"), Map.of("id", "2"), Map.of("id", "3"))))
                .type("Event", t -> t.dataFetcher("title", title))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        GraphQL.Builder builder = GraphQL.newGraphQL(schema);
        if (withRegistry) {
            builder.instrumentation(new FieldBatchesRegistry());
        }
        return builder.build();
    }

    @Test
    void withoutItGraphqlJavaRefusesTheLoader() {
        ExecutionResult result = engine(false).execute("{ events { id title } }");
        assertEquals(3, result.getErrors().size(), "one refusal per event: " + result.getErrors());
        assertTrue(batches.isEmpty());
    }

    @Test
    void withItAllParentsLoadInOneBatch() {
        ExecutionResult result = engine(true).execute("{ events { id title } }");
        assertEquals(List.of(), result.getErrors());
        assertEquals(Map.of("events", List.of(Map.of("id", "1", "title", "Event 1"), Map.of("id", "2", "title", "Event 2"),
                Map.of("id", "3", "title", "Event 3"))), result.getData());
        assertEquals(List.of(List.of("1", "2", "3")), batches);
    }

    @Test
    void aRegistryThatSmallRyeMadeIsKept() {
        DataLoaderRegistry smallRyes = new DataLoaderRegistry();
        ExecutionInput given = ExecutionInput.newExecutionInput("{ events { id } }").dataLoaderRegistry(smallRyes).build();
        assertSame(smallRyes, new FieldBatchesRegistry().instrumentExecutionInput(given, null, null).getDataLoaderRegistry());

        ExecutionInput bare = ExecutionInput.newExecutionInput("{ events { id } }").build();
        DataLoaderRegistry made = new FieldBatchesRegistry().instrumentExecutionInput(bare, null, null).getDataLoaderRegistry();
        assertNotSame(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY, made);
        assertNotSame(made, new FieldBatchesRegistry().instrumentExecutionInput(bare, null, null).getDataLoaderRegistry(),
                "each execution has its own");
    }
}
