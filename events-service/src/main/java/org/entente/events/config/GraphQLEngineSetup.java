package org.entente.events.config;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;

import java.util.List;

/**
 * Adjusts the graphql-java engine SmallRye GraphQL builds, through SmallRye's
 * {@link EventingService} SPI (registered in META-INF/services) rather than CDI events: with
 * {@code quarkus.smallrye-graphql.events.enabled} SmallRye fires two CDI events for every field
 * it resolves, a tenth of a request's CPU.
 */
public final class GraphQLEngineSetup implements EventingService {

    /** No configuration key: always active. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Chains the error codes after the instrumentation SmallRye installed (which also fills its
     * parsed-document cache: replacing it would parse and validate every request again), and
     * swaps SmallRye's property fetchers for {@link DirectFieldFetcher}s. The builder has no
     * getters, so what it holds is read from a throwaway build.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL installed = builder.build();
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(installed.getInstrumentation(), new ErrorCodeInstrumentation())))
                .schema(DirectFieldFetcher.replaceTrivialFetchers(installed.getGraphQLSchema()));
    }
}
