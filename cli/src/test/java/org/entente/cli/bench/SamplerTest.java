package org.entente.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        for (int i = 0; i < 100; i++) assertEquals(sampler.actorSearch(a), sampler.actorSearch(b));
    }
}
