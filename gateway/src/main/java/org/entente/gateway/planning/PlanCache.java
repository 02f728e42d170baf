package org.entente.gateway.planning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;

/**
 * Planned operations keyed by (document text, operation name), bounded by the heap they keep
 * ({@link RetainedSize}) rather than by their number: a document may be 64 KB and its plan large,
 * so a count alone does not bound memory. Caffeine chooses what to evict by how recently and how
 * often an entry was used. Refused documents are not cached: anyone can send endless distinct
 * ones, and keeping them would only push the operations worth keeping out.
 */
final class PlanCache {

    private record Key(String document, String operationName) {}

    private final Cache<Key, PreparedOperation> entries;

    PlanCache(long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, PreparedOperation operation) -> (int)
                        Math.min(RetainedSize.of(key.document(), key.operationName(), operation), Integer.MAX_VALUE))
                .build();
    }

    /** The cached operation, or null. */
    PreparedOperation get(String document, String operationName) {
        return entries.getIfPresent(key(document, operationName));
    }

    void put(String document, String operationName, PreparedOperation planned) {
        entries.put(key(document, operationName), planned);
    }

    private static Key key(String document, String operationName) {
        return new Key(document, Objects.requireNonNullElse(operationName, ""));
    }

    /** Entries held once pending evictions are done. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** The estimated heap the entries keep, once pending evictions are done. */
    long bytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
