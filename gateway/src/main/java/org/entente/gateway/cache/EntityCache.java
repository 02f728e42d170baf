package org.entente.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subgraphs' {@code _entities} answers, one entry per entity: the key is the subgraph, the
 * operation the planner wrote for that entity fetch with the values of the client variables it
 * uses, the representation sent, and for an answer its subgraph marked {@code private} a hash of
 * the caller's {@code Authorization} header (the only header the gateway forwards, so the only
 * thing besides the request that a subgraph's answer can depend on). A {@code public} answer is
 * shared by every caller. An answer is kept as a {@link FrozenEntity}: a deep copy taken when it is
 * stored, which nothing outside can reach, so neither the request that stored it (which goes on
 * merging into its answer) nor one that hits it can change it; a hit gets a fresh mutable copy to
 * merge into, made without parsing. The cache is bounded by the entries' estimated weight in
 * memory (Caffeine evicts the least useful first); each entry lives as long as its subgraph
 * allowed. A root fetch's answer, when its subgraph allows keeping it, is one entry with an empty
 * representation: its operation and variables are the whole key.
 *
 * <p>Invalidation is per subgraph, and deliberately coarse: any write to a subgraph drops all of
 * its entries. An entry holds only fields its subgraph resolved from its own data, so a write
 * elsewhere cannot change it, and dropping everything of the written subgraph needs no knowledge
 * of which entities a write touches (one write may change the fields of many entities). Dropping is one
 * increment: every key carries its subgraph's generation, so older entries are never read again
 * and are removed in the background.
 *
 * <p>An answer that was on its way while its subgraph was invalidated may predate the write: it is
 * not stored (its key would carry the generation its fetch began in, never read again). A subgraph is used only while it is
 * {@linkplain #resume live}: while the gateway cannot hear of its writes (its change stream is down)
 * the cache neither answers nor stores for it.
 */
public final class EntityCache {

    /** A subgraph's place in the cache. */
    private static final class Subgraph {
        final AtomicLong generation = new AtomicLong();
        volatile boolean live;

        Subgraph(boolean live) {
            this.live = live;
        }
    }

    private record Key(String service, long generation, String scope, String operation, String arguments, String rep) {}

    private record Entry(FrozenEntity entity, long ttlNanos) {}

    /** Per entry beyond its key's strings and its entity: the key and entry objects, Caffeine's node. */
    static final int ENTRY_OVERHEAD = 160;

    private static final String SHARED = "";
    private static final String ANONYMOUS = "-";

    private final Cache<Key, Entry> entries;
    private final Map<String, Subgraph> subgraphs = new ConcurrentHashMap<>();
    private final boolean liveAtStart;
    private final Duration defaultTtl;
    private final CacheMetrics metrics;

    /**
     * @param maxBytes    the most the entries may weigh (their keys' strings at two bytes a
     *                    character, their entities' {@linkplain FrozenEntity#weight weight},
     *                    {@link #ENTRY_OVERHEAD})
     * @param defaultTtl  how long an answer whose subgraph allowed caching without an age is kept
     * @param liveAtStart whether a subgraph is used before anything is known of it; false when the
     *                    gateway must first hear its change stream
     */
    public EntityCache(long maxBytes, Duration defaultTtl, boolean liveAtStart, CacheMetrics metrics) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher(EntityCache::weigh)
                .expireAfter(new Expiry<Key, Entry>() {
                    @Override
                    public long expireAfterCreate(Key key, Entry entry, long now) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(Key key, Entry entry, long now, long current) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(Key key, Entry entry, long now, long current) {
                        return current;
                    }
                })
                .build();
        this.defaultTtl = defaultTtl;
        this.liveAtStart = liveAtStart;
        this.metrics = metrics;
        metrics.watch(this);
    }

    private static int weigh(Key key, Entry entry) {
        long chars = key.scope().length() + key.arguments().length() + key.rep().length();
        // the operation text is the plan's own string, kept by the plan cache anyway
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars + entry.entity().weight() + ENTRY_OVERHEAD);
    }

    private Subgraph subgraph(String service) {
        return subgraphs.computeIfAbsent(service, s -> new Subgraph(liveAtStart));
    }

    public CacheMetrics metrics() {
        return metrics;
    }

    /** How long an answer allowed without an age is kept. */
    public Duration defaultTtl() {
        return defaultTtl;
    }

    /**
     * Starts an entity fetch: its look-ups and what it stores. Null when the subgraph is not live,
     * so that the fetch goes past the cache.
     *
     * @param operation     the entity fetch's own operation (the planner's text, shared with the plan)
     * @param arguments     the values of the client variables it uses, as canonical text
     * @param authorization the caller's Authorization header, or null
     */
    public Fetch begin(String service, String operation, String arguments, String authorization) {
        Subgraph subgraph = subgraph(service);
        if (!subgraph.live) {
            return null;
        }
        return new Fetch(service, subgraph.generation.get(), operation, arguments, authorization);
    }

    /** The look-ups and stores of one entity fetch, at the generation and moment it began. */
    public final class Fetch {
        private final String service;
        private final long generation;
        private final String operation;
        private final String arguments;
        private final String authorization;
        private String caller;

        private Fetch(String service, long generation, String operation, String arguments, String authorization) {
            this.service = service;
            this.generation = generation;
            this.operation = operation;
            this.arguments = arguments;
            this.authorization = authorization;
        }

        /** The cached answer for a representation (a fresh copy), or null. */
        public Map<String, Object> get(Map<String, Object> representation) {
            String rep = KeyJson.of(representation);
            Entry entry = entries.getIfPresent(new Key(service, generation, SHARED, operation, arguments, rep));
            if (entry == null) {
                entry = entries.getIfPresent(new Key(service, generation, caller(), operation, arguments, rep));
            }
            return entry == null ? null : entry.entity().thaw();
        }

        /**
         * Keeps the answer for a representation, unless the subgraph was invalidated since this
         * fetch began (the answer may then predate the write; under its old generation it would
         * never be read, only take room) or is not live.
         */
        public void put(Map<String, Object> representation, Map<String, Object> entity, CachePolicy policy) {
            Subgraph subgraph = subgraph(service);
            if (!subgraph.live || subgraph.generation.get() != generation) {
                return;
            }
            String scope = policy.shared() ? SHARED : caller();
            entries.put(
                    new Key(service, generation, scope, operation, arguments, KeyJson.of(representation)),
                    new Entry(FrozenEntity.of(entity), policy.ttl().toNanos()));
        }

        /** The caller's scope for private answers: a digest, so that no token is kept in memory. */
        private String caller() {
            if (caller == null) {
                caller = authorization == null ? ANONYMOUS : sha256(authorization);
            }
            return caller;
        }
    }

    /** Drops every entry of a subgraph, and any answer from it that is on its way. */
    public void invalidate(String service, String reason) {
        Subgraph subgraph = subgraph(service);
        long dropped = subgraph.generation.getAndIncrement();
        metrics.invalidated(service, reason);
        // unreachable already; removed off the caller's thread (an event loop) to free their memory now
        ForkJoinPool.commonPool()
                .execute(() -> entries.asMap()
                        .keySet()
                        .removeIf(key -> key.service().equals(service) && key.generation() <= dropped));
    }

    /**
     * The gateway no longer hears the subgraph's writes (its change stream was lost): its entries
     * are neither read nor stored until {@link #resume}.
     */
    public void suspend(String service) {
        subgraph(service).live = false;
    }

    /**
     * The gateway hears the subgraph's writes again.
     *
     * @param missed whether writes may have been missed meanwhile (the stream could not say it
     *               missed none): then every entry of the subgraph is dropped first
     */
    public void resume(String service, boolean missed) {
        if (missed) {
            invalidate(service, "stream");
        }
        subgraph(service).live = true;
    }

    public boolean isLive(String service) {
        return subgraph(service).live;
    }

    /** Entries held (dropped generations included until they are evicted), once pending work is done. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Their weight in bytes, once pending work is done. */
    public long bytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
