package org.entente.events.config;

import graphql.GraphQL;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Adjusts the graphql-java engine SmallRye GraphQL builds. */
@ApplicationScoped
public class GraphQLEngineSetup {

    /** Distinct query texts whose parse and validation results are kept. */
    static final int CACHED_DOCUMENTS = 1000;

    /**
     * Installs the error codes and {@link ParsedDocumentCache}. This replaces SmallRye's
     * instrumentation (the optional query-depth, query-complexity and federated-tracing
     * instrumentations, none enabled here, and the hook that fills SmallRye's own document
     * cache), so SmallRye's document cache is replaced too: without that hook it never filled,
     * and every request was parsed and validated again.
     */
    void installErrorCodesAndDocumentCache(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ErrorCodeInstrumentation());
        builder.preparsedDocumentProvider(new ParsedDocumentCache(CACHED_DOCUMENTS));
    }
}
