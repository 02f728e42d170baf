package org.entente.cli.bench;

/**
 * The result of one operation at one concurrency on one target, in one pass over all of them
 * ({@code pass} counts from 1). {@code cost} is what the target's
 * server process used during the measured window and {@code proxy} the subgraph proxies' cache
 * traffic in it, {@code host} how busy the machine's CPUs and the load generator were; each is null
 * when not observed.
 */
public record Measurement(
        String target,
        String operation,
        int concurrency,
        int pass,
        double seconds,
        int requests,
        int errors,
        double throughput,
        double p50,
        double p95,
        double p99,
        String firstError,
        ProcessProbe.Cost cost,
        ProxyCounters.Traffic proxy,
        HostLoad host) {

    public Measurement observed(ProcessProbe.Cost cost, ProxyCounters.Traffic proxy, HostLoad host) {
        return new Measurement(
                target,
                operation,
                concurrency,
                pass,
                seconds,
                requests,
                errors,
                throughput,
                p50,
                p95,
                p99,
                firstError,
                cost,
                proxy,
                host);
    }

    public Measurement inPass(int pass) {
        return new Measurement(
                target,
                operation,
                concurrency,
                pass,
                seconds,
                requests,
                errors,
                throughput,
                p50,
                p95,
                p99,
                firstError,
                cost,
                proxy,
                host);
    }
}
