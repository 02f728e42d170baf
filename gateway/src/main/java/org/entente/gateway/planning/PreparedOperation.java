package org.entente.gateway.planning;

import graphql.language.Document;

/**
 * Everything the gateway derives from a document once: the parsed document, and either the
 * errors that refuse it or its normalized form and plan.
 */
public record PreparedOperation(Document document, String operationName, GraphQLRequestError error, QueryPlan plan) {

    public boolean refused() {
        return error != null;
    }

    public boolean isMutation() {
        return plan != null && plan.operation().isMutation();
    }
}
