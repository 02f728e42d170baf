package org.entente.gateway.planning;

/** The operation cannot be answered with the subgraphs of this supergraph. */
public final class PlanningException extends RuntimeException {
    public PlanningException(String message) {
        super(message);
    }
}
