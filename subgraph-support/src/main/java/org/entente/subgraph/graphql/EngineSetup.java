package org.entente.subgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import org.entente.subgraph.errors.ErrorCodes;

import java.util.List;

/**
 * Adjusts the graphql-java engine SmallRye GraphQL builds: result-size limit, error codes, a
 * registry for {@link FieldBatches}, direct property reads. A service registers it in
 * META-INF/services/io.smallrye.graphql.spi.EventingService.
 *
 * <p>Through this SPI rather than CDI events: with {@code quarkus.smallrye-graphql.events.enabled}
 * SmallRye fires two CDI events for every field it resolves, a tenth of a request's CPU.
 */
public class EngineSetup implements EventingService {

    /** The instrumentation that gives the GraphQL errors their {@code extensions.code}. */
    protected Instrumentation errorCodes() {
        return new ErrorCodes();
    }

    /** No configuration key: always active. */
    @Override
    public final String getConfigKey() {
        return null;
    }

    /**
     * Chains the {@link ResultSizeLimit}, the error codes and the {@link FieldBatchesRegistry}
     * after the instrumentation SmallRye installed (which also fills its parsed-document cache:
     * replacing it would parse and validate every request again), and swaps SmallRye's property
     * fetchers for {@link DirectFieldFetcher}s.
     * The builder has no getters, so what it holds is read from a throwaway build.
     */
    @Override
    public final GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL installed = builder.build();
        return builder
                .instrumentation(new ChainedInstrumentation(
                        List.of(installed.getInstrumentation(), new ResultSizeLimit(), errorCodes(), new FieldBatchesRegistry())))
                .schema(DirectFieldFetcher.replaceTrivialFetchers(installed.getGraphQLSchema()));
    }
}
