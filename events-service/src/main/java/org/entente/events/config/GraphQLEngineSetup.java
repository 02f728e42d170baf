package org.entente.events.config;

import graphql.GraphQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Adjusts the graphql-java engine SmallRye GraphQL builds. */
@ApplicationScoped
public class GraphQLEngineSetup {

    /**
     * Installs the error codes. It replaces SmallRye's own instrumentation, which only carries the
     * optional query-depth, query-complexity and federated-tracing instrumentations, none of which
     * this service enables.
     */
    void installErrorCodes(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ErrorCodeInstrumentation());
    }
}
