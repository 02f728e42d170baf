package org.entente.actors.config;

import graphql.GraphQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Adjusts the graphql-java engine that SmallRye GraphQL builds. */
@ApplicationScoped
public class GraphQLSetup {

    /**
     * Installs {@link ErrorCodes}. This replaces SmallRye's instrumentation, which only holds the
     * optional query-complexity, query-depth and federated-tracing instrumentations; this
     * service enables none of them.
     */
    void installErrorCodes(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ErrorCodes());
    }
}
