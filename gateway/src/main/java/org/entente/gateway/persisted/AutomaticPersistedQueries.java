package org.entente.gateway.persisted;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Optional;

/**
 * Apollo's automatic persisted queries: a client sends a document with its SHA-256 once, then the
 * hash alone. The documents are kept by hash within a bound on the memory they take; Caffeine
 * evicts by how recently and how often each was asked for, so a flood of documents used once does
 * not push out the ones in use. Only the caller's accepted documents are registered (see
 * {@link PersistedRequests}): anyone can compute the hash of junk.
 */
public final class AutomaticPersistedQueries {

    /** The hash and the key's map entry, besides the text's two bytes per character. */
    private static final int ENTRY_OVERHEAD = 256;

    private final Cache<String, String> byHash;

    public AutomaticPersistedQueries(long maxBytes) {
        this.byHash = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String hash, String text) -> (int) Math.min(weight(text), Integer.MAX_VALUE))
                .build();
    }

    static long weight(String text) {
        return ENTRY_OVERHEAD + 2L * text.length();
    }

    Optional<String> find(String sha256Hex) {
        return Optional.ofNullable(byHash.getIfPresent(sha256Hex.toLowerCase(Locale.ROOT)));
    }

    /** Keeps a document the caller accepted under its hash (which it checked). */
    void register(String sha256Hex, String text) {
        byHash.put(sha256Hex.toLowerCase(Locale.ROOT), text);
    }

    /** The memory the kept documents take, as weighed for the bound, once pending evictions are done. */
    public long bytes() {
        byHash.cleanUp();
        return byHash.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
