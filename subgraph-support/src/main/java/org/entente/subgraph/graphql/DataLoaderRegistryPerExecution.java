package org.entente.subgraph.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoaderRegistry;

/**
 * Gives every execution a {@link DataLoaderRegistry} of its own, where {@link FieldBatches}
 * registers its loaders. SmallRye sets one only when the schema has a field batched by SmallRye
 * ({@code @Source List<…>}); without one graphql-java refuses to register a loader, and it
 * dispatches loaders level by level only for an execution that has a registry. So a service whose
 * fields all go through {@link FieldBatches} needs this.
 */
final class DataLoaderRegistryPerExecution extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (input.getDataLoaderRegistry() != EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
    }
}
