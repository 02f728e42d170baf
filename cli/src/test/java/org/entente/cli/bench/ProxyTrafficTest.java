package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A window's proxy traffic: counts and CPU between two readings. */
class ProxyTrafficTest {

    @Test
    void aWindowIsTheDifferenceOfItsReadingsAndItsCpuIsPerRequest() {
        ProxyCounters.Traffic window = new ProxyCounters.Traffic(1500, 20, 9_000_000_000L)
                .minus(new ProxyCounters.Traffic(500, 5, 3_000_000_000L));
        assertEquals(new ProxyCounters.Traffic(1000, 15, 6_000_000_000L), window);
        assertEquals(6_000_000 / 3000.0, window.cpuMicrosPerRequest(3000), 1e-9);
    }

    @Test
    void anUnknownCpuTimeStaysUnknown() {
        ProxyCounters.Traffic window =
                new ProxyCounters.Traffic(10, 0, -1).minus(new ProxyCounters.Traffic(5, 0, 1_000_000));
        assertEquals(-1, window.cpuNanos());
        assertNull(window.cpuMicrosPerRequest(5));
        assertNull(new ProxyCounters.Traffic(10, 0, 1000).cpuMicrosPerRequest(0));
    }
}
