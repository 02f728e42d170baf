package org.entente.gateway.cache;

/** What the entity cache reports; the runtime records it with Micrometer. */
public interface CacheMetrics {

    void hits(String service, int count);

    void misses(String service, int count);

    /**
     * Representations sent to a subgraph past the cache, because the gateway does not hear its
     * writes at the moment (its change stream is down or not yet heard).
     */
    void bypassed(String service, int count);

    /**
     * The entries of a subgraph were dropped.
     *
     * @param reason {@code mutation} (a write through this gateway), {@code change} (the subgraph's
     *               change stream reported a write) or {@code stream} (its stream was lost or reset)
     */
    void invalidated(String service, String reason);

    /** Gauges of the cache's size, asked for whenever the registry is read. */
    void watch(EntityCache cache);

    CacheMetrics NONE = new CacheMetrics() {
        @Override
        public void hits(String service, int count) {}

        @Override
        public void misses(String service, int count) {}

        @Override
        public void bypassed(String service, int count) {}

        @Override
        public void invalidated(String service, String reason) {}

        @Override
        public void watch(EntityCache cache) {}
    };
}
