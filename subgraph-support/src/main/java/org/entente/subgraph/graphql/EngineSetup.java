package org.entente.subgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.subgraph.errors.ErrorCodes;

/**
 * Adjusts the graphql-java engine SmallRye GraphQL builds: the operation limits (depth, aliases,
 * result size), how many operations run at once ({@link ExecutionAdmission}), what a caller's
 * hang-up does ({@link CallerHangUp}), error codes, a
 * registry for {@link FieldBatches}' loaders, direct property reads, the check of
 * {@code _entities} representations, and the size of SmallRye's document cache.
 * Registered for every service that has this library in
 * META-INF/services/io.smallrye.graphql.spi.EventingService.
 *
 * <p>Through this SPI rather than CDI events: with {@code quarkus.smallrye-graphql.events.enabled}
 * SmallRye fires two CDI events for every field it resolves, a tenth of a request's CPU.
 */
public final class EngineSetup implements EventingService {
    private final OperationSettings settings;

    /** Called by SmallRye's service loader before it builds its document cache (see {@link DocumentCacheSize}). */
    public EngineSetup() {
        settings = OperationSettings.from(ConfigProvider.getConfig());
        DocumentCacheSize.apply(settings.documentCacheSize());
    }

    /** No configuration key: always active. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Chains the limits, the error codes, the {@link DataLoaderRegistryPerExecution}, the
     * {@link ExecutionAdmission} and {@link CallerHangUp} after the instrumentation SmallRye
     * installed (which also fills its parsed-document cache: replacing it would parse and validate
     * every request again), swaps SmallRye's property fetchers for {@link DirectFieldFetcher}s and
     * guards {@code _entities} ({@link EntityRepresentations}). The limits come cheapest first:
     * depth and aliases before the result size, which walks the whole operation with its arguments.
     * The admission comes after everything that may throw: an instrumentation that threw in
     * {@code beginExecution} after it took its turn would keep that turn for good ({@link
     * CallerHangUp}, after it, throws nothing, and watches only operations that run). The builder
     * has no getters, so what it holds is read from a throwaway build.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL installed = builder.build();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                        installed.getInstrumentation(),
                        new DepthLimit(settings.maxDepth()),
                        new AliasLimit(settings.maxAliases()),
                        new ResultSizeLimit(),
                        new ErrorCodes(),
                        new DataLoaderRegistryPerExecution(),
                        new ExecutionAdmission(settings.maxConcurrentOperations(), settings.admissionWait()),
                        new CallerHangUp())))
                .schema(EntityRepresentations.guard(
                        DirectFieldFetcher.replaceTrivialFetchers(installed.getGraphQLSchema())));
    }
}
