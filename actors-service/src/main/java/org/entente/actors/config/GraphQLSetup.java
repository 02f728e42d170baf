package org.entente.actors.config;

import graphql.GraphQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Adjusts the graphql-java engine that SmallRye GraphQL builds. */
@ApplicationScoped
public class GraphQLSetup {

    /** Distinct query texts whose parse and validation results are kept. */
    static final int CACHED_DOCUMENTS = 1000;

    /**
     * Installs {@link ErrorCodes} and {@link ParsedDocumentCache}. This replaces SmallRye's
     * instrumentation (the optional query-complexity, query-depth and federated-tracing
     * instrumentations, none enabled here, and the hook that fills SmallRye's own document
     * cache), so SmallRye's document cache is replaced too: without that hook it never filled,
     * and every request was parsed and validated again.
     */
    void installErrorCodesAndDocumentCache(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ErrorCodes());
        builder.preparsedDocumentProvider(new ParsedDocumentCache(CACHED_DOCUMENTS));
    }
}
