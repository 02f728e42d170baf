package org.entente.subgraph.graphql;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Refuses, before anything is read, an operation whose fields nest deeper than the maximum (a
 * root field is at depth 1). The gateway refuses clients' operations deeper than 15 levels; its
 * own requests to a subgraph are no deeper, so the subgraph's maximum only stops a client that
 * calls it directly.
 */
final class DepthLimit extends MaxQueryDepthInstrumentation {

    DepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return OperationLimitError.abort(
                "The operation is " + depth + " levels deep; the most this service accepts is " + maxDepth,
                "maxDepth",
                maxDepth,
                depth);
    }
}
