package org.entente.gateway.runtime;

import io.vertx.core.Future;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.OperationRefusedException;
import org.entente.gateway.supergraph.Supergraph;

/**
 * The running gateway as a {@link FederatedGraph}. Internal operations are planned by their own
 * preparer (per installed supergraph), so the client limits (depth, fields, aliases, cost) and the
 * client plan cache do not apply to them; they run on the gateway's executor like any client
 * operation, until the deadline of the client request they serve.
 */
@Singleton
public class GatewayGraph implements FederatedGraph {

    /** Plugins send fixed documents, well inside these; the limits only stop a runaway one. */
    private static final OperationLimits INTERNAL_LIMITS = new OperationLimits(20, 0, 1000);
    /** A plugin sends a handful of distinct documents, each a few KB. */
    private static final long INTERNAL_PLAN_BYTES = 1 << 20;

    private record Planner(Supergraph supergraph, OperationPreparer preparer) {}

    private final Gateway gateway;
    private final OffLoopPreparer preparer;
    private volatile Planner planner;

    @Inject
    public GatewayGraph(Gateway gateway, OffLoopPreparer preparer) {
        this.gateway = gateway;
        this.preparer = preparer;
    }

    @Override
    public Future<GraphQLResponse> query(
            String document, Map<String, Object> variables, String authorization, Deadline deadline) {
        ServedSupergraph served = gateway.current().orElse(null);
        if (served == null) {
            return Future.failedFuture(new IllegalStateException("the gateway has not loaded its supergraph yet"));
        }
        return preparer.prepare(preparerFor(served.supergraph()), document, null)
                .compose(operation -> operation.refused()
                        ? Future.failedFuture(
                                new OperationRefusedException(operation.error().errors()))
                        : served.executor()
                                .execute(
                                        operation,
                                        served.executor().variables(operation, variables),
                                        authorization,
                                        deadline,
                                        false));
    }

    private OperationPreparer preparerFor(Supergraph supergraph) {
        Planner current = planner;
        if (current == null || current.supergraph() != supergraph) {
            current = new Planner(
                    supergraph,
                    new OperationPreparer(
                            supergraph,
                            INTERNAL_LIMITS,
                            new CostModel(supergraph, gateway.locals(), 1),
                            INTERNAL_PLAN_BYTES));
            planner = current;
        }
        return current.preparer();
    }
}
