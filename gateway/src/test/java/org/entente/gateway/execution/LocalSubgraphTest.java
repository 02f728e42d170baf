package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.CoercedVariables;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.fixtures.Bookshop;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.plugin.SubgraphRequest;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

/**
 * The extension point for gateway-owned fields: an in-process subgraph is composed and planned
 * like any other and reached through {@link RoutingTransport} instead of HTTP.
 */
class LocalSubgraphTest {

    /** Gateway-side "shelf" subgraph: a root field returning Books and a field added to Book. */
    private static final class ShelfSubgraph implements LocalSubgraph {
        static final String SDL = """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
                type Query { shelf(size: Int!): [Book!]! }
                type Book @key(fields: "id") { id: ID! shelfLabel: String! }
                """;
        final AtomicInteger calls = new AtomicInteger();
        final GraphQL engine = GraphQL.newGraphQL(new SchemaGenerator()
                        .makeExecutableSchema(
                                new SchemaParser()
                                        .parse(
                                                SDL.replaceAll("(?m)^extend schema.*$", "")
                                                        + "directive @key(fields: String!) repeatable on OBJECT\nscalar _Any\nunion _Entity = Book\n"
                                                        + "extend type Query { _entities(representations: [_Any!]!): [_Entity]! }"),
                                RuntimeWiring.newRuntimeWiring()
                                        .scalar(graphql.schema.GraphQLScalarType.newScalar()
                                                .name("_Any")
                                                .coercing(new org.entente.gateway.fixtures.FixtureServer.AnyCoercing())
                                                .build())
                                        .type(
                                                "_Entity",
                                                t -> t.typeResolver(
                                                        env -> env.getSchema().getObjectType("Book")))
                                        .type(
                                                "Query",
                                                t -> t.dataFetcher("shelf", env -> {
                                                            List<Map<String, Object>> books = new ArrayList<>();
                                                            for (int i = 1; i <= (int) env.getArgument("size"); i++) {
                                                                books.add(Map.of("id", "b" + i));
                                                            }
                                                            return books;
                                                        })
                                                        .dataFetcher("_entities", env -> {
                                                            List<Map<String, Object>> reps =
                                                                    env.getArgument("representations");
                                                            return reps.stream()
                                                                    .map(r -> Map.of("id", r.get("id")))
                                                                    .toList();
                                                        }))
                                        .type(
                                                "Book",
                                                t -> t.dataFetcher(
                                                        "shelfLabel",
                                                        env -> "shelf of " + ((Map<?, ?>) env.getSource()).get("id")))
                                        .build()))
                .build();

        @Override
        public String name() {
            return "shelf";
        }

        @Override
        public String sdl() {
            return SDL;
        }

        /** A shelf slot is dear: 100 per book asked for. */
        @Override
        public long cost(String field, Map<String, Object> arguments) {
            return field.equals("shelf") ? 100L * (Integer) arguments.get("size") : 1;
        }

        @Override
        public Future<Map<String, Object>> execute(SubgraphRequest request) {
            calls.incrementAndGet();
            return Future.fromCompletionStage(engine.executeAsync(ExecutionInput.newExecutionInput()
                            .query(request.query())
                            .variables(request.variables())
                            .build()))
                    .map(r -> r.toSpecification());
        }
    }

    @Test
    void localSubgraphIsPlannedAndExecutedInProcess() throws Exception {
        ShelfSubgraph shelf = new ShelfSubgraph();
        Vertx vertx = Vertx.vertx();
        try (Bookshop shop = new Bookshop()) {
            List<SubgraphSource> sources = new ArrayList<>(Fixtures.sources(shop.urls()));
            sources.add(new SubgraphSource("shelf", "local:shelf", shelf.sdl()));
            Supergraph supergraph = new SupergraphParser().parse(new Composer().compose(sources));
            OperationPreparer preparer = new OperationPreparer(
                    supergraph, new OperationLimits(10, 10, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
            GatewayExecutor executor = new GatewayExecutor(
                    supergraph,
                    new RoutingTransport(
                            Map.of("shelf", shelf),
                            new HttpSubgraphTransport(
                                    vertx, supergraph.graphUrls(), Duration.ofSeconds(2), SubgraphMetrics.NONE)),
                    vertx);

            PreparedOperation op =
                    preparer.prepare("{ shelf(size: 2) { title shelfLabel } books { id shelfLabel } }", null);
            Map<String, Object> response = executor.execute(
                            op, executor.variables(op, Map.of()), null, Deadline.after(Duration.ofSeconds(10)), false)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .toSpecification();

            Map<?, ?> data = (Map<?, ?>) response.get("data");
            assertEquals(null, response.get("errors"), () -> String.valueOf(response.get("errors")));
            assertEquals(
                    List.of(
                            Map.of("title", "Book 1", "shelfLabel", "shelf of b1"),
                            Map.of("title", "Book 2", "shelfLabel", "shelf of b2")),
                    data.get("shelf"));
            assertEquals("shelf of b50", ((Map<?, ?>) ((List<?>) data.get("books")).get(49)).get("shelfLabel"));
            assertEquals(2, shelf.calls.get(), "shelf root fetch + one _entities fetch for 50 books");
            assertEquals(2, shop.catalog.received().size(), "books root fetch + one _entities fetch for shelf titles");
        } finally {
            vertx.close();
        }
    }

    /** The gateway asks the plugin for the price of its root fields, with the request's arguments. */
    @Test
    void aPluginPricesItsRootFields() {
        ShelfSubgraph shelf = new ShelfSubgraph();
        List<SubgraphSource> sources = new ArrayList<>(Fixtures.sources(Map.of()));
        sources.add(new SubgraphSource("shelf", "local:shelf", shelf.sdl()));
        Supergraph supergraph = new SupergraphParser().parse(new Composer().compose(sources));
        OperationPreparer preparer = new OperationPreparer(
                supergraph,
                new OperationLimits(10, 10, 2000),
                new CostModel(supergraph, Map.of("shelf", shelf), 10),
                1 << 20);
        PreparedOperation literal = preparer.prepare("{ shelf(size: 2) { title shelfLabel } books { id } }", null);
        assertEquals(200 + 10 * 2 + 1 + 10, literal.cost().of(CoercedVariables.emptyVariables()));
        PreparedOperation variable = preparer.prepare("query($s: Int!) { shelf(size: $s) { title } }", null);
        assertEquals(300 + 10, variable.cost().of(CoercedVariables.of(Map.of("s", 3))));
        assertEquals(0, shelf.calls.get(), "priced, not run");
    }
}
