package org.entente.gateway.planning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Prepared operations keyed by (document text, operation name), at most {@code maxSize} of them;
 * Caffeine chooses what to evict by how recently and how often an entry was used.
 */
final class PlanCache {

    private record Key(String document, String operationName) {}

    private final Cache<Key, PreparedOperation> entries;

    PlanCache(int maxSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maxSize).build();
    }

    /**
     * The cached operation, or the one {@code prepare} makes, which is then cached. Callers run on
     * the event loop: Caffeine's computing {@code get} would make a second request for the same
     * document wait for the first one's planning, so a miss plans without a lock instead, and two
     * racing requests may both plan (harmless: the results are equal).
     */
    PreparedOperation get(String document, String operationName, Supplier<PreparedOperation> prepare) {
        Key key = new Key(document, Objects.requireNonNullElse(operationName, ""));
        PreparedOperation cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        PreparedOperation prepared = prepare.get();
        entries.put(key, prepared);
        return prepared;
    }

    /** Entries held once pending evictions are done. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
