package org.entente.subgraph;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

import java.util.List;

/**
 * Adjusts the graphql-java engine SmallRye GraphQL builds. A service subclasses it with its
 * error codes and registers the subclass in META-INF/services/io.smallrye.graphql.spi.EventingService.
 *
 * <p>Through this SPI rather than CDI events: with {@code quarkus.smallrye-graphql.events.enabled}
 * SmallRye fires two CDI events for every field it resolves, a tenth of a request's CPU.
 */
public abstract class EngineSetup implements EventingService {

    /** The instrumentation that gives this service's GraphQL errors their {@code extensions.code}. */
    protected abstract Instrumentation errorCodes();

    /** No configuration key: always active. */
    @Override
    public final String getConfigKey() {
        return null;
    }

    /**
     * Chains the {@link ResultSizeLimit} and the error codes after the instrumentation SmallRye
     * installed (which also fills its parsed-document cache: replacing it would parse and validate
     * every request again), and swaps SmallRye's property fetchers for {@link DirectFieldFetcher}s.
     * The builder has no getters, so what it holds is read from a throwaway build.
     */
    @Override
    public final GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL installed = builder.build();
        return builder
                .instrumentation(new ChainedInstrumentation(
                        List.of(installed.getInstrumentation(), new ResultSizeLimit(), errorCodes())))
                .schema(DirectFieldFetcher.replaceTrivialFetchers(installed.getGraphQLSchema()));
    }
}
