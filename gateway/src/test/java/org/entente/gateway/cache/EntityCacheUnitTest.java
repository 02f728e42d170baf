package org.entente.gateway.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
        assertTrue(cache.size() > 100, () -> "keeps " + cache.size()); // about 64 KiB / 570 bytes
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

    /** An answer as a parser gives it: mutable maps and lists all the way down, every JSON type. */
    private static Map<String, Object> nested() {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("name", "Frank");
        author.put("born", 1920);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("stars", 5L);
        review.put("score", 4.5);
        review.put("big", new BigInteger("123456789012345678901234567890"));
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("name", "Dune");
        entity.put("author", author);
        entity.put("reviews", new ArrayList<>(List.of(review)));
        entity.put("tags", new ArrayList<>(List.of("a", "b")));
        entity.put("grid", new ArrayList<>(List.of(new ArrayList<>(List.of(1, 2)))));
        entity.put("inPrint", true);
        return entity;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHitIsAnEqualTreeThatIsNewAtEveryLevel() {
        EntityCache cache = cache(1 << 20);
        cache.begin("catalog", OP, "{}", null).put(book(1), nested(), PUBLIC);
        Map<String, Object> hit = cache.begin("catalog", OP, "{}", null).get(book(1));
        assertEquals(nested(), hit);
        Map<String, Object> again = cache.begin("catalog", OP, "{}", null).get(book(1));
        assertNotSame(hit, again);
        for (String field : List.of("author", "reviews", "tags", "grid")) {
            assertNotSame(hit.get(field), again.get(field), field);
        }
        assertNotSame(((List<?>) hit.get("reviews")).get(0), ((List<?>) again.get("reviews")).get(0));
        assertNotSame(((List<?>) hit.get("grid")).get(0), ((List<?>) again.get("grid")).get(0));

        // a merge changes every level of its hit: the next hit is as stored
        hit.put("name", "changed");
        ((Map<String, Object>) hit.get("author")).put("name", "changed");
        ((List<Object>) hit.get("tags")).add("c");
        ((Map<String, Object>) ((List<?>) hit.get("reviews")).get(0)).put("stars", 1L);
        ((List<Object>) ((List<?>) hit.get("grid")).get(0)).set(0, 9);
        assertEquals(nested(), cache.begin("catalog", OP, "{}", null).get(book(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheAnswerAfterItIsStoredDoesNotChangeTheEntry() {
        EntityCache cache = cache(1 << 20);
        Map<String, Object> entity = nested();
        cache.begin("catalog", OP, "{}", null).put(book(1), entity, PUBLIC);
        // what merging later fetches into the stored answer does
        entity.put("name", "changed");
        entity.put("added", "x");
        ((Map<String, Object>) entity.get("author")).put("name", "changed");
        ((List<Object>) entity.get("tags")).set(0, "z");
        ((Map<String, Object>) ((List<?>) entity.get("reviews")).get(0)).put("stars", 1L);
        ((List<Object>) ((List<?>) entity.get("grid")).get(0)).add(3);
        assertEquals(nested(), cache.begin("catalog", OP, "{}", null).get(book(1)));
    }

    @Test
    void nullsInObjectsAndArraysAreKept() {
        EntityCache cache = cache(1 << 20);
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", null);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("a", null);
        entity.put("list", new ArrayList<>(Arrays.asList(null, "x", null)));
        entity.put("inner", inner);
        cache.begin("catalog", OP, "{}", null).put(book(1), entity, PUBLIC);
        Map<String, Object> hit = cache.begin("catalog", OP, "{}", null).get(book(1));
        assertEquals(entity, hit);
        assertTrue(hit.containsKey("a"));
        assertTrue(((Map<?, ?>) hit.get("inner")).containsKey("b"));
        assertEquals(Arrays.asList(null, "x", null), hit.get("list"));
    }

    @Test
    void theOrderOfFieldsIsKept() {
        EntityCache cache = cache(1 << 20);
        List<String> names = new ArrayList<>();
        Map<String, Object> inner = new LinkedHashMap<>();
        Map<String, Object> entity = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String name = "f" + ((i * 17) % 40); // neither sorted nor in hash order
            names.add(name);
            inner.put(name, i);
            entity.put(name, i);
        }
        entity.put("inner", inner);
        cache.begin("catalog", OP, "{}", null).put(book(1), entity, PUBLIC);
        Map<String, Object> hit = cache.begin("catalog", OP, "{}", null).get(book(1));
        List<String> withInner = new ArrayList<>(names);
        withInner.add("inner");
        assertEquals(withInner, List.copyOf(hit.keySet()));
        assertEquals(names, List.copyOf(((Map<?, ?>) hit.get("inner")).keySet()));
    }

    @Test
    void anotherTypeIsKeptAsTheJsonItIsWrittenAs() {
        EntityCache cache = cache(1 << 20);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("at", Instant.parse("2024-01-02T03:04:05Z"));
        entity.put("object", new JsonObject().put("x", 1).put("inner", new JsonObject().put("y", "z")));
        entity.put("array", new JsonArray().add("a").add(new JsonObject().put("b", 2)));
        entity.put("counter", new AtomicLong(5)); // a mutable number: kept as what it was
        cache.begin("catalog", OP, "{}", null).put(book(1), entity, PUBLIC);
        Map<String, Object> hit = cache.begin("catalog", OP, "{}", null).get(book(1));
        ((AtomicLong) entity.get("counter")).set(6);
        assertEquals(new JsonObject(Json.encode(entity).replace(":6", ":5")).getMap(), hit);
        assertEquals(Map.of("x", 1, "inner", Map.of("y", "z")), hit.get("object"));
    }

    @Test
    void aBiggerAnswerWeighsMore() {
        EntityCache small = cache(1 << 20);
        small.begin("catalog", OP, "{}", null).put(book(1), Map.of("name", "Dune"), PUBLIC);
        EntityCache longer = cache(1 << 20);
        longer.begin("catalog", OP, "{}", null).put(book(1), Map.of("name", "Dune".repeat(100)), PUBLIC);
        EntityCache nestedMore = cache(1 << 20);
        nestedMore.begin("catalog", OP, "{}", null).put(book(1), nested(), PUBLIC);
        assertTrue(longer.bytes() >= small.bytes() + 2 * 396, () -> small.bytes() + " then " + longer.bytes());
        assertTrue(nestedMore.bytes() > small.bytes() + 300, () -> small.bytes() + " then " + nestedMore.bytes());
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
