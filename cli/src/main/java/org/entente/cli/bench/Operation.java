package org.entente.cli.bench;

import java.util.SplittableRandom;

/**
 * One benchmarked user request. {@link #viaGateway} is the single GraphQL request a client sends;
 * {@link #direct} (absent when the operation has no subgraph-only form) makes the subgraph calls a
 * perfect gateway would make, independent calls in parallel, dependent ones after them.
 */
public interface Operation {
    String name();

    GraphQlCall viaGateway(SplittableRandom random);

    /** True when the operation uses the gateway's own relations subgraph, which other gateways do not have. */
    default boolean needsRelations() {
        return direct() == null;
    }

    /** Null when there is no meaningful lower bound (the operation is computed in the gateway). */
    DirectPlan direct();

    /** The subgraph calls of one request, run against the subgraph URLs. */
    interface DirectPlan {
        void run(SplittableRandom random, Subgraphs subgraphs) throws Exception;
    }
}
