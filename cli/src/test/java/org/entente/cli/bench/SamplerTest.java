package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SamplerTest {

    @Test
    void requestsFavourPopularActorsAndStayInRange() {
        Sampler sampler = new Sampler(1, 10_000, 50_000);
        SplittableRandom random = new SplittableRandom(1);
        Map<Long, Integer> hits = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long actor = sampler.actor(random);
            assertTrue(actor >= 1 && actor <= 10_000);
            hits.merge(actor, 1, Integer::sum);
            long event = sampler.event(random);
            assertTrue(event >= 1 && event <= 50_000);
        }
        int most = hits.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(most > 20_000 / 15, "the most requested actor got " + most + " of 20000 requests");
    }

    @Test
    void sameSeedSameRequests() {
        SplittableRandom a = new SplittableRandom(4);
        SplittableRandom b = new SplittableRandom(4);
        Sampler sampler = new Sampler(2, 5_000, 1_000);
        for (int i = 0; i < 100; i++) {
            assertEquals(sampler.actorSearch(a), sampler.actorSearch(b));
        }
    }

    @Test
    void anIdPoolLimitsEachKindToNFixedIdsAndKeepsTheSkew() {
        Sampler pooled = new Sampler(1, 10_000, 50_000, 50, false);
        SplittableRandom random = new SplittableRandom(3);
        Set<Long> actors = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> events = new HashSet<>();
        Map<Long, Integer> hits = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long actor = pooled.actor(random);
            actors.add(actor);
            hits.merge(actor, 1, Integer::sum);
            persons.add(pooled.person(random));
            long event = pooled.event(random);
            assertTrue(event >= 1 && event <= 50_000);
            events.add(event);
        }
        assertEquals(50, actors.size());
        assertEquals(50, persons.size());
        assertEquals(50, events.size());
        // The pooled actors are the most popular ones, drawn with the same skew as without a pool.
        Sampler unpooled = new Sampler(1, 10_000, 50_000);
        SplittableRandom again = new SplittableRandom(3);
        Map<Long, Integer> unpooledHits = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            unpooledHits.merge(unpooled.actor(again), 1, Integer::sum);
        }
        long mostAskedUnpooled = unpooledHits.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        long mostAskedPooled = hits.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertEquals(mostAskedUnpooled, mostAskedPooled);
        assertTrue(hits.get(mostAskedPooled) > 20_000 / 10, "rank 0 of 50 under Zipf(1) gets about 22 % of the draws");
    }

    @Test
    void theSameSeedGivesTheSamePoolAndAnotherSeedAnotherOne() {
        assertEquals(
                eventPool(new Sampler(7, 2_000, 20_000, 30, false)),
                eventPool(new Sampler(7, 2_000, 20_000, 30, false)));
        assertNotEquals(
                eventPool(new Sampler(7, 2_000, 20_000, 30, false)),
                eventPool(new Sampler(8, 2_000, 20_000, 30, false)));
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        Sampler first = new Sampler(7, 2_000, 20_000, 30, false);
        Sampler second = new Sampler(7, 2_000, 20_000, 30, false);
        for (int i = 0; i < 200; i++) {
            assertEquals(first.event(a), second.event(b));
            assertEquals(first.person(a), second.person(b));
        }
    }

    @Test
    void aPoolLargerThanTheDataIsTheWholeData() {
        Sampler sampler = new Sampler(1, 300, 40, 1_000, false);
        assertEquals(40, eventPool(sampler).size());
    }

    @Test
    void aSweepAsksEveryPooledIdOnceInNRequestsAndTheSameIdsAsRandomDraws() {
        Sampler sweeping = new Sampler(1, 10_000, 50_000, 40, true);
        SplittableRandom random = new SplittableRandom(1);
        Set<Long> actors = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> events = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            actors.add(sweeping.actor(random));
            persons.add(sweeping.person(random));
            events.add(sweeping.event(random));
        }
        assertEquals(40, actors.size());
        assertEquals(40, persons.size());
        assertEquals(eventPool(new Sampler(1, 10_000, 50_000, 40, false)), events);
        Sampler drawing = new Sampler(1, 10_000, 50_000, 40, false);
        for (int i = 0; i < 2_000; i++) {
            assertTrue(actors.contains(drawing.actor(random)));
        }
    }

    @Test
    void sweepingWithoutAPoolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Sampler(1, 100, 100, 0, true));
    }

    private static Set<Long> eventPool(Sampler sampler) {
        SplittableRandom random = new SplittableRandom(11);
        Set<Long> ids = new TreeSet<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(sampler.event(random));
        }
        return ids;
    }
}
