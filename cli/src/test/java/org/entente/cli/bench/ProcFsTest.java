package org.entente.cli.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcFsTest {

    @Test
    void cpuTicksAreUserPlusSystemTimeEvenWhenTheCommandHasSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime ...
        String stat = "21877 (java (a) b) S 21692 21692 1 0 -1 4194560 91234 0 12 0 1534 287 5 6 20 0 58 0 12345 3000000000 60000\n";
        assertEquals(1534 + 287, ProcFs.cpuTicks(stat));
    }

    @Test
    void residentMemoryComesFromVmRss() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmRSS:\t  253952 kB\nRssAnon:\t  200000 kB\n";
        assertEquals(253952, ProcFs.residentKilobytes(status));
        assertThrows(IllegalArgumentException.class, () -> ProcFs.residentKilobytes("Name:\tkthreadd\n"));
    }

    @Test
    void readsThisVeryProcess() throws Exception {
        long pid = ProcessHandle.current().pid();
        long before = ProcFs.cpuTicks(pid);
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) sink += Math.sqrt(sink + 1);
        assertTrue(sink > 0);
        assertTrue(ProcFs.cpuTicks(pid) > before, "300 ms of spinning must show as CPU ticks");
        assertTrue(ProcFs.residentKilobytes(pid) > 10_000, "a JVM holds more than 10 MB");
        assertEquals(100, ProcFs.clockTicksPerSecond(), "Linux's USER_HZ on this machine");
    }
}
