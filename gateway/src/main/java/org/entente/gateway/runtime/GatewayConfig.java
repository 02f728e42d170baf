package org.entente.gateway.runtime;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The gateway's settings ({@code entente.gateway.*}, or {@code ENTENTE_GATEWAY_*} in the environment). */
@ConfigMapping(prefix = "entente.gateway")
public interface GatewayConfig {

    /** A composed supergraph SDL file; when set it is used as is (its URLs may be overridden by {@link #subgraphs()}). */
    Optional<String> supergraphFile();

    /** {@code name=url,name=url}: composed at start from {@code _service { sdl }} when there is no supergraph file. */
    Optional<String> subgraphs();

    /** How long one subgraph request may take, from asking for a connection to the last byte of the answer. */
    @WithDefault("10s")
    Duration subgraphTimeout();

    /**
     * How long a client's request may take once its body has arrived: then it is answered with
     * what has arrived and its outstanding subgraph requests are reset.
     */
    @WithDefault("30s")
    Duration requestTimeout();

    /** Failed requests in a row (no success between them) that open a subgraph's circuit breaker. */
    @WithDefault("5")
    int breakerFailures();

    /** How long an open circuit breaker fails its subgraph's fetches at once before one probe goes through. */
    @WithDefault("10s")
    Duration breakerOpenDuration();

    /** Pause between attempts to reach the subgraphs while composing at start. */
    @WithDefault("2s")
    Duration composeRetryInterval();

    /** Deepest field nesting an operation may have. */
    @WithDefault("15")
    int maxDepth();

    /** Most aliases an operation may use. */
    @WithDefault("30")
    int maxAliases();

    /** Most fields an operation may have once its fragments are expanded. */
    @WithDefault("2000")
    int maxFields();

    /**
     * Highest estimated cost of an operation (see {@code CostModel}: every field costs 1, times the
     * sizes of the lists above it; in-process subgraphs price their root fields).
     */
    @WithDefault(DEFAULT_MAX_COST)
    long maxCost();

    /** The default of {@link #maxCost()}, for the tests of plugins that price their fields. */
    String DEFAULT_MAX_COST = "100000";

    /** How many elements the cost estimate assumes for a list whose arguments do not give its size. */
    @WithDefault("10")
    int assumedListSize();

    /** Largest request body accepted, in bytes. */
    @WithDefault("65536")
    int maxRequestBytes();

    /** How long a client may take to send a POST body once its headers arrived; then its connection is closed. */
    @WithDefault("10s")
    Duration requestBodyTimeout();

    /**
     * Most heap the plan cache may keep (documents, normalized operations, plans), as estimated per
     * entry: about a sixth of the 192 MiB heap deploy/ gives the gateway.
     */
    @WithDefault("32M")
    MemorySize planCacheBytes();

    /**
     * Whether clients may ask for the query plan in the response's extensions. Off unless the
     * application turns it on: a plan shows the subgraphs and their internal operations.
     */
    @WithDefault("false")
    boolean exposeQueryPlan();

    /**
     * Whether clients may introspect the API ({@code __schema}, {@code __type}); {@code __typename}
     * always works. Off unless the application turns it on.
     */
    @WithDefault("false")
    boolean introspection();

    /**
     * Whether {@code /graphiql} serves the application's GraphQL IDE ({@link #graphiqlPage()}). Off
     * unless the application turns it on; when off, the page's own static address is refused too.
     */
    @WithDefault("false")
    boolean graphiql();

    /**
     * The GraphQL IDE's page, a resource on the application's class path (e.g.
     * {@code META-INF/resources/graphiql.html}, which Quarkus also serves as a static file at
     * {@code /graphiql.html}). The gateway ships no IDE of its own.
     */
    Optional<String> graphiqlPage();

    /**
     * Manifests of persisted documents ({@code id → document}), each a file path or a
     * {@code classpath:} resource: requests may name these documents by id.
     */
    Optional<List<String>> persistedDocuments();

    /**
     * Whether the gateway runs only the documents of its manifests ({@link #persistedDocuments()}):
     * no other document text, and no registration of automatic persisted queries.
     */
    @WithDefault("false")
    boolean trustedDocumentsOnly();

    /** Most memory the documents registered by automatic persisted queries may take (their text). */
    @WithDefault("4M")
    MemorySize apqCacheBytes();

    /**
     * How long a shared cache or browser may keep an error-free answer to a {@code GET} query
     * ({@code Cache-Control: max-age}); 0 forbids caching.
     */
    @WithDefault("30s")
    Duration getCacheMaxAge();

    /** The entity cache: subgraphs' {@code _entities} answers kept in the gateway's memory. */
    EntityCacheSettings entityCache();

    /** {@code entente.gateway.entity-cache.*}. */
    interface EntityCacheSettings {

        /** Whether entity answers that their subgraphs allow are cached. */
        @WithDefault("false")
        boolean enabled();

        /**
         * The most the cached answers may weigh in memory (their kept copies' estimated size, their
         * keys, a fixed overhead each).
         */
        @WithDefault("64M")
        MemorySize maxBytes();

        /** How long an answer is kept whose subgraph allowed caching without saying how long. */
        @WithDefault("30s")
        Duration defaultTtl();
    }
}
