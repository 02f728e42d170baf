package org.entente.relations;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.execution.HttpSubgraphTransport;
import org.entente.gateway.execution.RoutingTransport;
import org.entente.gateway.execution.SubgraphMetrics;
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

/**
 * A gateway over the {@link World} fixture subgraphs plus the relations subgraph in process, wired
 * like the running gateway: the relations subgraph reads the graph through the same executor.
 */
final class RelationsHarness implements AutoCloseable {

    final World world = new World();
    final AtomicInteger relationsRequests = new AtomicInteger();
    private final Vertx vertx = Vertx.vertx();
    private final OperationPreparer clientPreparer;
    private final GatewayExecutor executor;

    /** Composed by our composer. */
    RelationsHarness() {
        this(sources -> new SupergraphParser().parse(new Composer().compose(sources)));
    }

    /** @param supergraphOf makes the supergraph from the fixture subgraphs and the relations subgraph */
    RelationsHarness(Function<List<SubgraphSource>, Supergraph> supergraphOf) {
        OperationPreparer[] internal = new OperationPreparer[1];
        GatewayExecutor[] running = new GatewayExecutor[1];
        RelationsSubgraph relations = new RelationsSubgraph((document, variables, authorization, deadline) -> {
            PreparedOperation operation = internal[0].prepare(document, null);
            return running[0].execute(
                    operation, running[0].variables(operation, variables), authorization, deadline, false);
        });
        Supergraph supergraph = supergraphOf.apply(List.of(
                new SubgraphSource("actors", world.actors.url(), Fixtures.sdl("world-actors")),
                new SubgraphSource("events", world.events.url(), Fixtures.sdl("world-events")),
                new SubgraphSource("relations", "local:relations", relations.sdl())));
        internal[0] = new OperationPreparer(
                supergraph, new OperationLimits(20, 0, 2000), new CostModel(supergraph, Map.of(), 1), 1 << 20);
        clientPreparer = new OperationPreparer(
                supergraph,
                new OperationLimits(15, 10, 2000),
                new CostModel(supergraph, Map.of("relations", relations), 10),
                1 << 20);
        executor = new GatewayExecutor(
                supergraph,
                new RoutingTransport(
                        Map.of("relations", new LocalSubgraph() {
                            @Override
                            public String name() {
                                return relations.name();
                            }

                            @Override
                            public String sdl() {
                                return relations.sdl();
                            }

                            @Override
                            public Future<Map<String, Object>> execute(SubgraphRequest request) {
                                relationsRequests.incrementAndGet();
                                return relations.execute(request);
                            }
                        }),
                        new HttpSubgraphTransport(
                                vertx, supergraph.graphUrls(), Duration.ofSeconds(2), SubgraphMetrics.NONE)),
                vertx);
        running[0] = executor;
    }

    /** Runs a client operation; request counters (and fixture delays) start from zero for each. */
    Map<String, Object> run(String query, Map<String, Object> variables) throws Exception {
        world.reset();
        relationsRequests.set(0);
        return execute(query, variables, Duration.ofSeconds(20));
    }

    /** Runs a client operation that must be answered within {@code deadline}, the fixtures as they are. */
    Map<String, Object> execute(String query, Map<String, Object> variables, Duration deadline) throws Exception {
        PreparedOperation operation = clientPreparer.prepare(query, null);
        if (operation.refused()) {
            throw new AssertionError("refused: " + operation.error().errors());
        }
        return executor.execute(
                        operation, executor.variables(operation, variables), null, Deadline.after(deadline), false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .toSpecification();
    }

    int actorsRequests() {
        return world.actors.received().size();
    }

    int eventsRequests() {
        return world.events.received().size();
    }

    @Override
    public void close() {
        world.close();
        vertx.close();
    }
}
