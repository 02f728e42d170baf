package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesByNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1_000_000L); // added out of order on purpose
        }
        assertEquals(100, latencies.count());
        assertEquals(50.0, latencies.percentileMillis(50));
        assertEquals(95.0, latencies.percentileMillis(95));
        assertEquals(99.0, latencies.percentileMillis(99));
        assertEquals(100.0, latencies.percentileMillis(100));
    }

    @Test
    void mergesAcrossClientsAndGrowsPastItsInitialCapacity() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 0; i < 3000; i++) {
            a.add(1_000_000L);
        }
        b.add(9_000_000L);
        a.addAll(b);
        assertEquals(3001, a.count());
        assertEquals(9.0, a.percentileMillis(100));
        assertEquals(1.0, a.percentileMillis(99));
    }

    @Test
    void emptyHasNoPercentile() {
        assertTrue(Double.isNaN(new Latencies().percentileMillis(50)));
    }
}
