package org.entente.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc/PID} says about a process: CPU time used (all of it, and its JIT
 * compiler threads' share) and resident memory.
 */
public final class ProcFs {
    private ProcFs() {}

    /**
     * utime + stime (user and system CPU of all the process's threads, in clock ticks) from the
     * content of {@code /proc/PID/stat}. The command name (field 2) is in parentheses and may hold
     * spaces, so fields are counted from its closing parenthesis: field 3 (state) is the first after it.
     */
    public static long cpuTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).strip().split("\\s+");
        // fields[0] is field 3; utime is field 14, stime field 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** VmRSS in kilobytes from the content of {@code /proc/PID/status}. */
    public static long residentKilobytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).strip().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]);
                }
            }
        }
        throw new IllegalArgumentException("no VmRSS in /proc/PID/status");
    }

    /**
     * Per CPU, the ticks it was busy and the ticks it existed, from the content of {@code /proc/stat}
     * ({@code cpuN user nice system idle iowait irq softirq steal ...}; idle and iowait are not busy).
     */
    public static long[][] cpuBusyAndTotalTicks(String stat) {
        List<long[]> cpus = new ArrayList<>();
        for (String line : stat.split("\n")) {
            if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
            cpus.add(new long[] {total - idle, total});
        }
        return cpus.toArray(long[][]::new);
    }

    public static long[][] cpuBusyAndTotalTicks() throws IOException {
        return cpuBusyAndTotalTicks(Files.readString(Path.of("/proc/stat")));
    }

    public static long cpuTicks(long pid) throws IOException {
        return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /**
     * Whether a thread's name ({@code /proc/PID/task/TID/comm}, cut to 15 characters) is one of
     * HotSpot's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1", …).
     */
    public static boolean isCompilerThread(String comm) {
        String name = comm.strip();
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    /**
     * CPU ticks the process's JIT compiler threads have used: a JVM still compiling is still warming
     * up, and what it spends compiling is not spent answering. 0 for a process that has none. A
     * thread that ends between listing and reading is skipped (its ticks are lost, as a sampler's are).
     */
    public static long compilerTicks(long pid) throws IOException {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (isCompilerThread(Files.readString(task.resolve("comm")))) {
                        ticks += cpuTicks(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    public static long residentKilobytes(long pid) throws IOException {
        return residentKilobytes(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    }

    /** Clock ticks per second ({@code getconf CLK_TCK}); 100 when it cannot be asked, Linux's usual value. */
    public static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
