package org.entente.subgraph.graphql;

import io.smallrye.config.SmallRyeConfig;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The checked values of {@link SubgraphSettings}. {@link EngineSetup} is created by SmallRye
 * through a service loader, not by CDI, so it takes them from the configuration itself.
 */
record OperationSettings(
        int maxDepth, int maxAliases, int documentCacheSize, int maxConcurrentOperations, Duration admissionWait) {

    static OperationSettings from(Config config) {
        SubgraphSettings settings = config.unwrap(SmallRyeConfig.class).getConfigMapping(SubgraphSettings.class);
        Duration wait = settings.admissionWait();
        if (wait.isNegative()) {
            throw new IllegalArgumentException("entente.subgraph.admission-wait must not be negative, was " + wait);
        }
        return new OperationSettings(
                positive("entente.subgraph.max-depth", settings.maxDepth()),
                positive("entente.subgraph.max-aliases", settings.maxAliases()),
                positive("entente.subgraph.document-cache-size", settings.documentCacheSize()),
                positive(
                        "entente.subgraph.max-concurrent-operations",
                        settings.maxConcurrentOperations()
                                .orElse(2 * Runtime.getRuntime().availableProcessors())),
                wait);
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }
}
