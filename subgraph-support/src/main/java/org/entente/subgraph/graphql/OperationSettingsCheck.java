package org.entente.subgraph.graphql;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the service at start when an {@code entente.subgraph.*} value is out of range. SmallRye
 * creates {@link EngineSetup} through a service loader and, when its constructor throws, only logs
 * a warning and runs without it: the service would answer with no depth, alias or result-size
 * limit and no bound on concurrent operations.
 */
@Singleton
class OperationSettingsCheck {
    void check(@Observes StartupEvent started) {
        OperationSettings.from(ConfigProvider.getConfig());
    }
}
