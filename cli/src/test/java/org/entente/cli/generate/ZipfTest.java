package org.entente.cli.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {

    @Test
    void probabilitiesFollowTheInverseRankLaw() {
        Zipf zipf = new Zipf(1000, 1.0);
        assertEquals(2.0, zipf.probability(0) / zipf.probability(1), 1e-9);
        assertEquals(10.0, zipf.probability(0) / zipf.probability(9), 1e-9);
        double total = 0;
        for (int rank = 0; rank < zipf.size(); rank++) {
            total += zipf.probability(rank);
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void drawsAreSkewedTowardsTheFirstRanks() {
        Zipf zipf = new Zipf(100_000, 1.0);
        SplittableRandom random = new SplittableRandom(7);
        int draws = 200_000;
        int topTen = 0;
        int[] counts = new int[2];
        for (int i = 0; i < draws; i++) {
            int rank = zipf.sample(random);
            assertTrue(rank >= 0 && rank < zipf.size());
            if (rank < 10) {
                topTen++;
            }
            if (rank < 2) {
                counts[rank]++;
            }
        }
        // H(10)/H(100000) ≈ 2.929/12.09 ≈ 24% of all draws land on 0.01% of the ranks.
        assertEquals(0.242, topTen / (double) draws, 0.01);
        assertEquals(2.0, counts[0] / (double) counts[1], 0.15);
    }

    @Test
    void sameSeedGivesTheSameSequence() {
        Zipf zipf = new Zipf(500, 0.9);
        assertArrayEquals(draw(zipf, 3), draw(zipf, 3));
        assertFalse(Arrays.equals(draw(zipf, 3), draw(zipf, 4)));
    }

    @Test
    void refusesAnEmptyDistribution() {
        assertThrows(IllegalArgumentException.class, () -> new Zipf(0, 1.0));
    }

    private static int[] draw(Zipf zipf, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] ranks = new int[50];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = zipf.sample(random);
        }
        return ranks;
    }
}
