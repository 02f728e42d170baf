package org.entente.gateway.planning;

import graphql.language.Document;

/**
 * What the gateway derives from a document once: either the errors that refuse it, or its plan
 * (with the normalized operation), its cost estimate and, when it asks for introspection, the
 * document reduced to its introspection root fields (null otherwise). The client's full document is
 * not kept.
 */
public record PreparedOperation(
        String operationName, GraphQLRequestError error, QueryPlan plan, Document introspection, OperationCost cost) {

    static PreparedOperation refusal(String operationName, GraphQLRequestError error) {
        return new PreparedOperation(operationName, error, null, null, null);
    }

    public boolean refused() {
        return error != null;
    }

    public boolean isMutation() {
        return plan != null && plan.operation().isMutation();
    }
}
