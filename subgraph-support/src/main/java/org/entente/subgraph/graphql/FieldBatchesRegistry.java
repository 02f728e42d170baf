package org.entente.subgraph.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoaderRegistry;

/**
 * Gives every execution a DataLoaderRegistry of its own, where {@link FieldBatches} puts its
 * loaders. SmallRye hands graphql-java one only when the schema has {@code @Source List} batch
 * fields; without any, graphql-java keeps its shared empty registry, which refuses loaders, and
 * never dispatches a batch. A registry SmallRye made is kept, with its loaders.
 */
final class FieldBatchesRegistry extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        if (input.getDataLoaderRegistry() != EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
    }
}
