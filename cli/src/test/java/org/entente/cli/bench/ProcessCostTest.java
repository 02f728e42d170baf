package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProcessCostTest {

    @Test
    void perRequestCostOfAWindow() {
        ProcessProbe.Sample before = new ProcessProbe.Sample(0, 1_000, 300, 200_000, 10_000_000, 50e6);
        // 10 s later: 5 s of CPU (500 ticks at 100 Hz) of which the compiler threads used 1 s (100
        // ticks), 100 MiB allocated, 2,000 requests.
        ProcessProbe.Sample after = new ProcessProbe.Sample(
                10_000_000_000L, 1_500, 400, 262_144, 10_000_000 + 100 * 1024 * 1024, 96 * 1024 * 1024);
        ProcessProbe.Cost cost = ProcessProbe.Cost.between(before, after, 2_000, 100);
        assertEquals(2_500.0, cost.cpuMicrosPerRequest(), 1e-9);
        assertEquals(0.5, cost.cpuCores(), 1e-9);
        assertEquals(20.0, cost.compilerPercent(), 1e-9);
        assertEquals(51.2, cost.allocatedKilobytesPerRequest(), 1e-9);
        assertEquals(96.0, cost.heapUsedMegabytes(), 1e-9);
        assertEquals(256.0, cost.residentMegabytes(), 1e-9);
    }

    @Test
    void whatWasNotReadStaysEmpty() {
        ProcessProbe.Sample before = new ProcessProbe.Sample(0, 10, 5, 1024, Double.NaN, Double.NaN);
        ProcessProbe.Sample after = new ProcessProbe.Sample(1_000_000_000L, 20, 5, 2048, Double.NaN, Double.NaN);
        ProcessProbe.Cost cost = ProcessProbe.Cost.between(before, after, 0, 100);
        assertNull(cost.cpuMicrosPerRequest(), "no request, no per-request cost");
        assertEquals(0.1, cost.cpuCores(), 1e-9);
        assertEquals(0.0, cost.compilerPercent(), 1e-9, "a warmed-up JVM compiles nothing");
        assertNull(cost.allocatedKilobytesPerRequest());
        assertNull(cost.heapUsedMegabytes());
        assertEquals(2.0, cost.residentMegabytes(), 1e-9);

        ProcessProbe.Cost noPid = ProcessProbe.Cost.between(
                new ProcessProbe.Sample(0, -1, -1, -1, 0, 1e6),
                new ProcessProbe.Sample(1, -1, -1, -1, 2048, 2e6),
                2,
                100);
        assertNull(noPid.cpuMicrosPerRequest());
        assertNull(noPid.compilerPercent());
        assertNull(noPid.residentMegabytes());
        assertEquals(1.0, noPid.allocatedKilobytesPerRequest(), 1e-9);
    }
}
