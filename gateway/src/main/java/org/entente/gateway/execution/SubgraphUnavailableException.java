package org.entente.gateway.execution;

/** A subgraph did not answer with a GraphQL response. */
public final class SubgraphUnavailableException extends RuntimeException {
    public SubgraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
