package org.entente.subgraph.graphql;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * {@code entente.subgraph.*}: the limits a subgraph puts on the operations it runs and on how many
 * it runs at once (docs/CONVENTIONS.md). A mapping, so that a misspelt key stops the service at
 * start; {@link OperationSettings} checks the values. Nothing injects it ({@link EngineSetup} is not a
 * bean): {@code @Unremovable} is how Quarkus is told to register a mapping without an injection point,
 * and SmallRye loads {@link EngineSetup} while Quarkus initializes statically, hence {@code @StaticInitSafe}.
 */
@Unremovable
@StaticInitSafe
@ConfigMapping(prefix = "entente.subgraph")
public interface SubgraphSettings {
    /** Deepest field nesting (the gateway lets clients nest 15 levels and asks a subgraph no deeper). */
    @WithDefault("20")
    int maxDepth();

    /** Most aliases in a document (the gateway lets clients use 30 and adds a few of its own). */
    @WithDefault("50")
    int maxAliases();

    /**
     * Most parsed and validated documents SmallRye keeps (SmallRye's own default, 2048, could hold
     * a gigabyte of hostile documents).
     */
    @WithDefault("50")
    int documentCacheSize();

    /** Operations executed at once; the others wait their turn, first come first served (default: two per core). */
    OptionalInt maxConcurrentOperations();

    /** How long an operation may wait for its turn before it is refused as SUBGRAPH_UNAVAILABLE. */
    @WithDefault("5s")
    Duration admissionWait();
}
