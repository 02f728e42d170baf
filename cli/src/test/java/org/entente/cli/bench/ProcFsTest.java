package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcFsTest {

    @Test
    void cpuTicksAreUserPlusSystemTimeEvenWhenTheCommandHasSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime ...
        String stat =
                "21877 (java (a) b) S 21692 21692 1 0 -1 4194560 91234 0 12 0 1534 287 5 6 20 0 58 0 12345 3000000000 60000\n";
        assertEquals(1534 + 287, ProcFs.cpuTicks(stat));
    }

    @Test
    void residentMemoryComesFromVmRss() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmRSS:\t  253952 kB\nRssAnon:\t  200000 kB\n";
        assertEquals(253952, ProcFs.residentKilobytes(status));
        assertThrows(IllegalArgumentException.class, () -> ProcFs.residentKilobytes("Name:\tkthreadd\n"));
    }

    @Test
    void busyTicksPerCpuLeaveOutIdleAndIowait() {
        String stat = """
                cpu  300 0 100 900 50 0 10 0 0 0
                cpu0 250 0 80 100 20 0 10 0 0 0
                cpu1 50 0 20 800 30 0 0 0 0 0
                intr 12345 0 0
                ctxt 999
                """;
        long[][] cpus = ProcFs.cpuBusyAndTotalTicks(stat);
        assertEquals(2, cpus.length);
        assertEquals(340, cpus[0][0]);
        assertEquals(460, cpus[0][1]);
        assertEquals(70, cpus[1][0]);
        assertEquals(900, cpus[1][1]);
    }

    @Test
    void hostLoadOfAWindow() {
        HostLoad.Sample before = new HostLoad.Sample(0, new long[][] {{100, 1_000}, {0, 1_000}}, 50);
        HostLoad.Sample after = new HostLoad.Sample(2_000_000_000L, new long[][] {{300, 1_200}, {50, 1_200}}, 150);
        HostLoad load = HostLoad.between(before, after, 100);
        assertEquals(List.of(1.0, 0.25), load.cpuBusy());
        assertEquals("100/25", load.describeBusy());
        assertEquals(0.5, load.clientCores(), 1e-9);
    }

    @Test
    void readsThisVeryProcess() throws Exception {
        long pid = ProcessHandle.current().pid();
        long before = ProcFs.cpuTicks(pid);
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        assertTrue(sink > 0);
        assertTrue(ProcFs.cpuTicks(pid) > before, "300 ms of spinning must show as CPU ticks");
        assertTrue(ProcFs.residentKilobytes(pid) > 10_000, "a JVM holds more than 10 MB");
        assertEquals(100, ProcFs.clockTicksPerSecond(), "Linux's USER_HZ on this machine");
    }

    @Test
    void compilerThreadsAreHotSpotsC1AndC2ByTheirCutNames() {
        // /proc/PID/task/TID/comm holds at most 15 characters and a newline.
        assertTrue(ProcFs.isCompilerThread("C2 CompilerThre\n"));
        assertTrue(ProcFs.isCompilerThread("C1 CompilerThre"));
        assertFalse(ProcFs.isCompilerThread("vert.x-eventloo\n"));
        assertFalse(ProcFs.isCompilerThread("GC Thread#0"));
        assertFalse(ProcFs.isCompilerThread("CompilerThread"));
    }

    @Test
    void compilerTicksOfThisJvmArePartOfItsCpuTicks() throws Exception {
        long pid = ProcessHandle.current().pid();
        long compiler = ProcFs.compilerTicks(pid);
        long all = ProcFs.cpuTicks(pid);
        assertTrue(compiler >= 0 && compiler <= all, "compiler " + compiler + " of " + all + " ticks");
    }
}
