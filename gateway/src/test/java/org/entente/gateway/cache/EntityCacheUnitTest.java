package org.entente.gateway.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keying, bounds and invalidation of the entity cache, without a gateway around it. */
class EntityCacheUnitTest {

    private static final CachePolicy PUBLIC = new CachePolicy(true, Duration.ofMinutes(1));
    private static final CachePolicy PRIVATE = new CachePolicy(false, Duration.ofMinutes(1));
    private static final String OP = "query($r:[_Any!]!){_entities(representations:$r){...on Book{title}}}";

    private static EntityCache cache(long bytes) {
        return new EntityCache(bytes, Duration.ofSeconds(30), true, CacheMetrics.NONE);
    }

    private static Map<String, Object> book(int id) {
        return Map.of("__typename", "Book", "id", String.valueOf(id));
    }

    @Test
    void theWeightOfTheEntriesStaysWithinTheBound() {
        EntityCache cache = cache(64 * 1024);
        EntityCache.Fetch fetch = cache.begin("catalog", OP, "{}", null);
        for (int i = 0; i < 5_000; i++) {
            fetch.put(book(i), Map.of("name", "Book number " + i + " ".repeat(100)), PUBLIC);
        }
        assertTrue(cache.bytes() <= 64 * 1024, () -> "weighs " + cache.bytes());
        assertTrue(cache.size() > 100, () -> "keeps " + cache.size()); // about 64 KiB / 420 bytes
        assertTrue(cache.size() < 5_000, () -> "keeps " + cache.size());
    }

    @Test
    void anEntryIsFoundOnlyUnderTheSameOperationArgumentsAndRepresentation() {
        EntityCache cache = cache(1 << 20);
        cache.begin("catalog", OP, "{\"first\":5}", null).put(book(1), Map.of("name", "Dune"), PUBLIC);
        assertEquals(
                Map.of("name", "Dune"),
                cache.begin("catalog", OP, "{\"first\":5}", null).get(book(1)));
        assertNull(cache.begin("catalog", OP, "{\"first\":6}", null).get(book(1)));
        assertNull(cache.begin("catalog", OP + " ", "{\"first\":5}", null).get(book(1)));
        assertNull(cache.begin("reviews", OP, "{\"first\":5}", null).get(book(1)));
        assertNull(cache.begin("catalog", OP, "{\"first\":5}", null).get(book(2)));
    }

    @Test
    void aPrivateEntryIsFoundOnlyWithTheSameAuthorization() {
        EntityCache cache = cache(1 << 20);
        cache.begin("catalog", OP, "{}", "Bearer a").put(book(1), Map.of("name", "for a"), PRIVATE);
        cache.begin("catalog", OP, "{}", null).put(book(2), Map.of("name", "anonymous"), PRIVATE);
        assertEquals(
                Map.of("name", "for a"),
                cache.begin("catalog", OP, "{}", "Bearer a").get(book(1)));
        assertNull(cache.begin("catalog", OP, "{}", "Bearer b").get(book(1)));
        assertNull(cache.begin("catalog", OP, "{}", null).get(book(1)));
        assertNull(cache.begin("catalog", OP, "{}", "Bearer a").get(book(2)));
        assertEquals(
                Map.of("name", "anonymous"),
                cache.begin("catalog", OP, "{}", null).get(book(2)));
    }

    @Test
    void aHitIsACopyThatTheCallerMayChange() {
        EntityCache cache = cache(1 << 20);
        cache.begin("catalog", OP, "{}", null).put(book(1), Map.of("name", "Dune"), PUBLIC);
        cache.begin("catalog", OP, "{}", null).get(book(1)).put("name", "changed by a merge");
        assertEquals(
                Map.of("name", "Dune"), cache.begin("catalog", OP, "{}", null).get(book(1)));
    }

    @Test
    void anAnswerFetchedBeforeAnInvalidationIsNotStored() {
        EntityCache cache = cache(1 << 20);
        EntityCache.Fetch before = cache.begin("catalog", OP, "{}", null);
        cache.invalidate("catalog", "change");
        before.put(book(1), Map.of("name", "old"), PUBLIC);
        assertNull(cache.begin("catalog", OP, "{}", null).get(book(1)));
        EntityCache.Fetch after = cache.begin("catalog", OP, "{}", null);
        after.put(book(1), Map.of("name", "new"), PUBLIC);
        assertEquals(
                Map.of("name", "new"), cache.begin("catalog", OP, "{}", null).get(book(1)));
    }

    @Test
    void anInvalidationDropsItsSubgraphOnly() {
        EntityCache cache = cache(1 << 20);
        cache.begin("catalog", OP, "{}", null).put(book(1), Map.of("name", "a"), PUBLIC);
        cache.begin("reviews", OP, "{}", null).put(book(1), Map.of("name", "e"), PUBLIC);
        cache.invalidate("catalog", "mutation");
        assertNull(cache.begin("catalog", OP, "{}", null).get(book(1)));
        assertEquals(Map.of("name", "e"), cache.begin("reviews", OP, "{}", null).get(book(1)));
    }

    @Test
    void aSubgraphThatIsNotLiveIsNeitherAnsweredNorStored() {
        EntityCache cache = new EntityCache(1 << 20, Duration.ofSeconds(30), false, CacheMetrics.NONE);
        assertNull(cache.begin("catalog", OP, "{}", null), "not live before its stream is heard");
        cache.resume("catalog", true);
        EntityCache.Fetch fetch = cache.begin("catalog", OP, "{}", null);
        fetch.put(book(1), Map.of("name", "a"), PUBLIC);
        cache.suspend("catalog");
        assertNull(cache.begin("catalog", OP, "{}", null), "not asked while its stream is lost");
        fetch.put(book(2), Map.of("name", "b"), PUBLIC);
        cache.resume("catalog", false);
        assertEquals(Map.of("name", "a"), cache.begin("catalog", OP, "{}", null).get(book(1)), "nothing was missed");
        assertNull(cache.begin("catalog", OP, "{}", null).get(book(2)), "not stored while it was lost");
        cache.suspend("catalog");
        cache.resume("catalog", true);
        assertNull(cache.begin("catalog", OP, "{}", null).get(book(1)), "dropped: writes may have been missed");
    }

    @Test
    void aCacheControlHeaderGivesThePolicy() {
        Duration fallback = Duration.ofSeconds(30);
        assertEquals(
                Optional.of(new CachePolicy(true, Duration.ofSeconds(60))),
                CachePolicy.of("public, max-age=60", fallback));
        assertEquals(
                Optional.of(new CachePolicy(true, Duration.ofSeconds(5))),
                CachePolicy.of("public, max-age=60, s-maxage=5", fallback));
        assertEquals(
                Optional.of(new CachePolicy(false, Duration.ofSeconds(60))),
                CachePolicy.of("private, max-age=60", fallback));
        assertEquals(Optional.of(new CachePolicy(true, fallback)), CachePolicy.of("PUBLIC", fallback));
        for (String refused : new String[] {
            null,
            "",
            "max-age=60",
            "public, no-store",
            "no-cache, public",
            "public, max-age=0",
            "public, max-age=x",
            "public, max-age=-1"
        }) {
            assertEquals(Optional.empty(), CachePolicy.of(refused, fallback), refused);
        }
    }
}
