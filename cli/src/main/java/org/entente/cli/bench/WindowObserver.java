package org.entente.cli.bench;

import java.io.IOException;

/**
 * Reads a target's server process and the subgraph proxies when a measured window opens and
 * closes, and adds the difference to the measurement. A failed reading is reported and leaves the
 * column empty rather than failing the benchmark.
 */
final class WindowObserver implements ClosedLoop.Window {
    private final ProcessProbe probe;
    private final ProxyCounters proxies;
    private final long clockTicksPerSecond;
    private ProcessProbe.Sample before;
    private ProcessProbe.Sample after;
    private ProxyCounters.Traffic trafficBefore;
    private ProxyCounters.Traffic trafficAfter;
    private HostLoad.Sample hostBefore;
    private HostLoad.Sample hostAfter;

    /** Either may be null: nothing is read for it. */
    WindowObserver(ProcessProbe probe, ProxyCounters proxies, long clockTicksPerSecond) {
        this.probe = probe;
        this.proxies = proxies;
        this.clockTicksPerSecond = clockTicksPerSecond;
    }

    @Override
    public void opened() {
        hostBefore = sampleHost();
        before = sampleProcess();
        trafficBefore = readProxies();
    }

    @Override
    public void closed() {
        hostAfter = sampleHost();
        after = sampleProcess();
        trafficAfter = readProxies();
    }

    Measurement complete(Measurement measurement) {
        ProcessProbe.Cost cost = before == null || after == null
                ? null
                : ProcessProbe.Cost.between(
                        before, after, measurement.requests() + measurement.errors(), clockTicksPerSecond);
        ProxyCounters.Traffic traffic =
                trafficBefore == null || trafficAfter == null ? null : trafficAfter.minus(trafficBefore);
        HostLoad host = hostBefore == null || hostAfter == null
                ? null
                : HostLoad.between(hostBefore, hostAfter, clockTicksPerSecond);
        return measurement.observed(cost, traffic, host);
    }

    private static HostLoad.Sample sampleHost() {
        try {
            return new HostLoad.Sample(
                    System.nanoTime(),
                    ProcFs.cpuBusyAndTotalTicks(),
                    ProcFs.cpuTicks(ProcessHandle.current().pid()));
        } catch (IOException | RuntimeException e) {
            return null; // not Linux: the host columns stay empty
        }
    }

    private ProcessProbe.Sample sampleProcess() {
        if (probe == null) {
            return null;
        }
        try {
            return probe.sample();
        } catch (IOException e) {
            System.err.println("entente bench: cannot read the server process: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private ProxyCounters.Traffic readProxies() {
        if (proxies == null) {
            return null;
        }
        try {
            return proxies.read();
        } catch (IOException e) {
            System.err.println("entente bench: cannot read the proxies' stats: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
