package org.entente.events.config;

import graphql.execution.instrumentation.Instrumentation;
import org.entente.subgraph.EngineSetup;

/** SmallRye's engine, with events-service's error codes (registered in META-INF/services). */
public final class GraphQLEngineSetup extends EngineSetup {
    @Override
    protected Instrumentation errorCodes() {
        return new ErrorCodeInstrumentation();
    }
}
