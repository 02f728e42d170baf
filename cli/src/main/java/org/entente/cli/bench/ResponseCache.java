package org.entente.cli.bench;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers each distinct request from memory after fetching it once. Concurrent misses for the same
 * key are coalesced: the first caller fetches, the others wait for its answer, so the upstream sees
 * one request per key. Only 2xx answers are kept; a failure or an error status is handed to the
 * callers that waited for it and then forgotten, so the next request tries the upstream again.
 */
public final class ResponseCache {
    private final ConcurrentHashMap<RequestKey, CompletableFuture<CachedResponse>> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder waited = new LongAdder();
    private final LongAdder upstreamFailures = new LongAdder();

    /** An upstream answer as stored. */
    public record CachedResponse(int status, String contentType, byte[] body) {
        boolean cacheable() {
            return status >= 200 && status < 300;
        }
    }

    /** Fetches the answer of a missed key from the upstream. */
    public interface Upstream {
        CachedResponse fetch() throws IOException, InterruptedException;
    }

    /** Counters since start: {@code waited} are requests that arrived while the same key was being fetched. */
    public record Stats(long hits, long misses, long waited, long upstreamFailures, int entries) {
        public double hitRate() {
            long total = hits + misses + waited;
            return total == 0 ? 0 : (double) (hits + waited) / total;
        }
    }

    /**
     * The kept answer, counted as a hit, or null — without waiting, so that a caller on an event
     * loop can answer hits itself and hand only the rest to {@link #get}.
     */
    public CachedResponse hit(RequestKey key) {
        CompletableFuture<CachedResponse> existing = entries.get(key);
        if (existing == null || !existing.isDone() || existing.isCompletedExceptionally()) {
            return null;
        }
        CachedResponse response = existing.join();
        if (!response.cacheable()) {
            return null; // handed to the callers that waited for it, and about to be forgotten
        }
        hits.increment();
        return response;
    }

    public CachedResponse get(RequestKey key, Upstream upstream) throws IOException, InterruptedException {
        CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
        CompletableFuture<CachedResponse> existing = entries.putIfAbsent(key, mine);
        if (existing != null) {
            (existing.isDone() ? hits : waited).increment();
            return await(existing);
        }
        misses.increment();
        try {
            CachedResponse response = upstream.fetch();
            if (!response.cacheable()) {
                entries.remove(key, mine);
            }
            mine.complete(response);
            return response;
        } catch (IOException | InterruptedException | RuntimeException e) {
            upstreamFailures.increment();
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public Stats stats() {
        return new Stats(hits.sum(), misses.sum(), waited.sum(), upstreamFailures.sum(), entries.size());
    }

    private static CachedResponse await(CompletableFuture<CachedResponse> future)
            throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IOException("upstream failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
