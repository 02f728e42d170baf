package org.entente.events.config;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** Adjusts the graphql-java engine SmallRye GraphQL builds. */
@ApplicationScoped
public class GraphQLEngineSetup {

    /**
     * Adds the error codes to the instrumentation SmallRye installed. That instrumentation also
     * fills SmallRye's parsed-document cache (its validation hook stores each validated
     * document); replacing it, as this class once did, left the cache empty, and every request
     * was parsed and validated again, twice parsed in fact (SmallRye's request context parses
     * the document once more on a cache miss). The builder has no getter, so the installed
     * instrumentation is read from a throwaway build.
     */
    void addErrorCodes(@Observes GraphQL.Builder builder) {
        Instrumentation installed = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(installed, new ErrorCodeInstrumentation())));
    }
}
