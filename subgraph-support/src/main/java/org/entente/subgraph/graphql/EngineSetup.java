package org.entente.subgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.entente.subgraph.errors.ErrorCodes;

/**
 * Adjusts the graphql-java engine SmallRye GraphQL builds: result-size limit, error codes, a
 * registry for {@link FieldBatches}' loaders, direct property reads. Registered for every service
 * that has this library in META-INF/services/io.smallrye.graphql.spi.EventingService.
 *
 * <p>Through this SPI rather than CDI events: with {@code quarkus.smallrye-graphql.events.enabled}
 * SmallRye fires two CDI events for every field it resolves, a tenth of a request's CPU.
 */
public final class EngineSetup implements EventingService {

    /** No configuration key: always active. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Chains the {@link ResultSizeLimit}, the error codes and the {@link DataLoaderRegistryPerExecution}
     * after the instrumentation SmallRye installed (which also fills its parsed-document cache:
     * replacing it would parse and validate every request again), and swaps SmallRye's property
     * fetchers for {@link DirectFieldFetcher}s.
     * The builder has no getters, so what it holds is read from a throwaway build.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL installed = builder.build();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                        installed.getInstrumentation(),
                        new ResultSizeLimit(),
                        new ErrorCodes(),
                        new DataLoaderRegistryPerExecution())))
                .schema(DirectFieldFetcher.replaceTrivialFetchers(installed.getGraphQLSchema()));
    }
}
