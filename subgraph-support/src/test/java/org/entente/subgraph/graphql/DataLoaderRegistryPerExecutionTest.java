package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

/** A field loaded through a DataLoader of the execution's registry, as FieldBatches does, on an engine SmallRye gave no registry. */
class DataLoaderRegistryPerExecutionTest {

    private static final String SDL = """
            type Query { items: [Item!]! }
            type Item { id: Int! square: Int! }
            """;
    private static final String QUERY = "{ items { id square } }";

    private final AtomicInteger batches = new AtomicInteger();

    private GraphQL engine(boolean withRegistry) {
        DataFetcher<Object> square = env -> {
            DataLoader<Integer, Integer> loader = env.getDataLoaderRegistry()
                    .computeIfAbsent(
                            "Item.square",
                            name -> DataLoaderFactory.<Integer, Integer>newDataLoader(ids -> {
                                batches.incrementAndGet();
                                return CompletableFuture.completedFuture(
                                        ids.stream().map(id -> id * id).toList());
                            }));
            Map<String, Integer> item = env.getSource();
            return loader.load(item.get("id"));
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(
                        "Query",
                        t -> t.dataFetcher("items", env -> List.of(Map.of("id", 2), Map.of("id", 3), Map.of("id", 4))))
                .type("Item", t -> t.dataFetcher("square", square))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        GraphQL.Builder builder = GraphQL.newGraphQL(schema);
        return withRegistry
                ? builder.instrumentation(new DataLoaderRegistryPerExecution()).build()
                : builder.build();
    }

    @Test
    void everyParentOfALevelIsLoadedInOneBatch() {
        ExecutionResult result = engine(true).execute(QUERY);
        assertEquals(List.of(), result.getErrors());
        Map<String, List<Map<String, Integer>>> data = result.getData();
        assertEquals(
                List.of(4, 9, 16),
                data.get("items").stream().map(item -> item.get("square")).toList());
        assertEquals(1, batches.get());
    }

    @Test
    void eachExecutionHasItsOwnLoaders() {
        GraphQL engine = engine(true);
        engine.execute(QUERY);
        engine.execute(QUERY);
        assertEquals(2, batches.get(), "a loader kept from the first execution would answer the second from its cache");
    }

    @Test
    void withoutItTheFieldFails() {
        ExecutionResult result = engine(false).execute(QUERY);
        assertEquals(3, result.getErrors().size(), result.getErrors()::toString);
        assertEquals(0, batches.get());
    }
}
