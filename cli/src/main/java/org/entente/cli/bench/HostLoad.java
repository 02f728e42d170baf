package org.entente.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How busy the machine was during a measured window: the share of each CPU that was busy (by any
 * process, ours or not) and the CPU the load generator itself used, in cores. A CPU at 100 % tells
 * which side limited the throughput: the servers' CPUs or the load generator's.
 */
public record HostLoad(List<Double> cpuBusy, Double clientCores) {

    /** A reading of /proc/stat and of this process's CPU time. */
    record Sample(long nanoTime, long[][] cpuTicks, long clientTicks) {}

    static HostLoad between(Sample before, Sample after, long clockTicksPerSecond) {
        List<Double> busy = new ArrayList<>();
        for (int cpu = 0; cpu < Math.min(before.cpuTicks().length, after.cpuTicks().length); cpu++) {
            long total = after.cpuTicks()[cpu][1] - before.cpuTicks()[cpu][1];
            long used = after.cpuTicks()[cpu][0] - before.cpuTicks()[cpu][0];
            busy.add(total <= 0 ? null : Math.round(1000.0 * used / total) / 1000.0);
        }
        double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
        Double client = seconds <= 0
                ? null
                : Math.round(1000.0 * (after.clientTicks() - before.clientTicks()) / clockTicksPerSecond / seconds)
                        / 1000.0;
        return new HostLoad(busy, client);
    }

    /** e.g. {@code 97/100}: percent busy per CPU. */
    String describeBusy() {
        List<String> parts = new ArrayList<>();
        for (Double b : cpuBusy) {
            parts.add(b == null ? "?" : Long.toString(Math.round(b * 100)));
        }
        return String.join("/", parts);
    }
}
