package org.entente.subgraph.graphql;

import org.eclipse.microprofile.config.Config;

/**
 * The limits a subgraph puts on the operations it runs (docs/CONVENTIONS.md), from its
 * configuration. {@link EngineSetup} is created by SmallRye through a service loader, not by CDI,
 * so it reads them from the configuration itself.
 *
 * @param maxDepth          {@code entente.subgraph.max-depth}: deepest field nesting (default 20; the
 *                          gateway lets clients nest 15 levels and asks a subgraph no deeper)
 * @param maxAliases        {@code entente.subgraph.max-aliases}: most aliases in a document (default 50;
 *                          the gateway lets clients use 30 and adds a few of its own)
 * @param documentCacheSize {@code entente.subgraph.document-cache-size}: most parsed and validated
 *                          documents SmallRye keeps (default 50; SmallRye's own default, 2048, could
 *                          hold a gigabyte of hostile documents)
 */
record OperationSettings(int maxDepth, int maxAliases, int documentCacheSize) {

    static OperationSettings from(Config config) {
        return new OperationSettings(
                positive(config, "entente.subgraph.max-depth", 20),
                positive(config, "entente.subgraph.max-aliases", 50),
                positive(config, "entente.subgraph.document-cache-size", 50));
    }

    private static int positive(Config config, String name, int defaultValue) {
        int value = config.getOptionalValue(name, Integer.class).orElse(defaultValue);
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }
}
