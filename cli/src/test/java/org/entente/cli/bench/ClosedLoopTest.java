package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    @Test
    void aRequestBudgetEndsTheMeasurementEarlyAndThroughputUsesTheTimeActuallyMeasured() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger windowEvents = new AtomicInteger();
        long start = System.nanoTime();
        Measurement m = new ClosedLoop(1, 40)
                .measure(
                        "t",
                        "op",
                        4,
                        0,
                        30,
                        random -> {
                            calls.incrementAndGet();
                            Thread.sleep(2);
                        },
                        new ClosedLoop.Window() {
                            @Override
                            public void opened() {
                                windowEvents.incrementAndGet();
                            }

                            @Override
                            public void closed() {
                                windowEvents.incrementAndGet();
                            }
                        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        assertEquals(40, calls.get());
        assertEquals(40, m.requests());
        assertEquals(2, windowEvents.get());
        assertTrue(elapsed < 5, "stopped after its 40 requests, not after 30 s: " + elapsed);
        assertTrue(
                m.seconds() < 5 && m.throughput() > 40 / 5.0, "throughput over the measured time: " + m.throughput());
    }

    @Test
    void failuresAreCountedNotTimed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Measurement m = new ClosedLoop(1, 10).measure("t", "op", 1, 0, 30, random -> {
            if (calls.incrementAndGet() % 2 == 0) {
                throw new IOException("HTTP 500");
            }
        });
        assertEquals(5, m.requests());
        assertEquals(5, m.errors());
        assertEquals("IOException: HTTP 500", m.firstError());
    }
}
