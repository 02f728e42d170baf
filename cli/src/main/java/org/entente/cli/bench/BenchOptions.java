package org.entente.cli.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options of {@code ./entente bench}: what to measure, how long, and what to watch while measuring. */
public final class BenchOptions {
    @Option(
            names = "--target",
            paramLabel = "NAME=URL",
            description = "A GraphQL endpoint to measure, under a name; repeat for each gateway. The target named `"
                    + BenchCommand.RELATIONS_TARGET + "` also runs the operations only Entente's gateway serves.")
    Map<String, String> targets = new LinkedHashMap<>();

    @ArgGroup(exclusive = false)
    DirectCalls direct;

    @Option(
            names = "--duration",
            paramLabel = "S",
            defaultValue = "20",
            description = "Seconds measured per window (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(
            names = "--warmup",
            paramLabel = "S",
            defaultValue = "5",
            description = "Seconds of warm-up before each window (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            split = "\\s*,\\s*",
            splitSynopsisLabel = ",",
            defaultValue = "1,16,64",
            description = "Clients in the closed loop, one window each (default: ${DEFAULT-VALUE}).")
    List<Integer> concurrency;

    @Option(
            names = "--operations",
            paramLabel = "NAME",
            split = ",",
            description = "Only these operations, e.g. actor-profile,search (default: all, listed in bench/README.md).")
    List<String> operations;

    @Option(
            names = "--data-actors",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Actors in the generated data set, as given to generate (default: ${DEFAULT-VALUE}).")
    int dataActors;

    @Option(
            names = "--data-events",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "Events in the generated data set, as given to generate (default: ${DEFAULT-VALUE}).")
    int dataEvents;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description =
                    "Seed of the generated data set, so that requests pick its ids with the same skew (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--id-pool",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "Ask only N fixed ids per kind (the most popular actors and persons, N seeded events), so that caching"
                            + " subgraph proxies see repeated requests (default: every id).")
    int idPool;

    @Option(
            names = "--id-order",
            paramLabel = "ORDER",
            defaultValue = "random",
            description =
                    "`random`, or `sweep` to ask the pooled ids in turn, every id once per N requests, to fill the proxies'"
                            + " caches; sweep needs --id-pool (default: ${DEFAULT-VALUE}).")
    IdOrder idOrder;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Run every window N times, one whole pass over all operations, concurrencies and targets"
                            + " after the other, so that drift shows as a difference between passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--answer-check",
            paramLabel = "N",
            defaultValue = "5",
            description = "Before measuring, send N requests of each operation to every target; a target whose data"
                    + " differs from the reference's (`" + BenchCommand.RELATIONS_TARGET
                    + "`, else the first target) is"
                    + " reported and not measured on that operation, and the exit code is 1 (default: ${DEFAULT-VALUE};"
                    + " 0: no check).")
    int answerCheck;

    @Option(
            names = "--requests",
            paramLabel = "N",
            description = "End each measurement after N requests (warm-up included) if its duration has not ended it.")
    long maxRequests = Long.MAX_VALUE;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the measurements as JSON to FILE.")
    Path out;

    @Option(
            names = "--pid",
            paramLabel = "NAME=PID",
            description = "For each window of target NAME, the server's CPU time and memory, from /proc/PID.")
    Map<String, Long> pids = new LinkedHashMap<>();

    @Option(
            names = "--jvm-metrics",
            paramLabel = "NAME=URL",
            description =
                    "For each window of target NAME, bytes allocated and heap used, from its Prometheus metrics (/q/metrics).")
    Map<String, URI> jvmMetrics = new LinkedHashMap<>();

    @Option(
            names = "--proxy-stats",
            paramLabel = "URL",
            description = "GET /stats of a CachingSubgraphProxy: cache misses per window are reported.")
    List<URI> proxyStats = new ArrayList<>();

    /** Without both, the direct subgraph calls are not measured. */
    static final class DirectCalls {
        @Option(
                names = "--actors-url",
                paramLabel = "URL",
                required = true,
                description = "actors-service's GraphQL URL: measure the direct subgraph calls as target `direct`.")
        String actorsUrl;

        @Option(
                names = "--events-url",
                paramLabel = "URL",
                required = true,
                description = "events-service's GraphQL URL, for `direct`.")
        String eventsUrl;
    }

    /** Lowercase, because picocli reads and completes the constant names as they are written. */
    enum IdOrder {
        random,
        sweep
    }

    /** What no single option can check on its own, or empty. */
    Optional<String> problem() {
        if (targets.isEmpty() && direct == null) {
            return Optional.of("give at least one --target");
        }
        for (Map<String, ?> named : List.of(targets, pids, jvmMetrics)) {
            if (named.containsKey("")) {
                return Optional.of("--target, --pid and --jvm-metrics need a NAME before '='");
            }
        }
        if (idPool < 0) {
            return Optional.of("--id-pool cannot be negative");
        }
        if (idOrder == IdOrder.sweep && idPool == 0) {
            return Optional.of("--id-order sweep needs --id-pool");
        }
        if (passes < 1) {
            return Optional.of("--passes must be at least 1");
        }
        if (answerCheck < 0) {
            return Optional.of("--answer-check cannot be negative");
        }
        if (maxRequests < 1) {
            return Optional.of("--requests must be at least 1");
        }
        for (String probed : probedTargets()) {
            if (!targets.containsKey(probed)) {
                return Optional.of("--pid/--jvm-metrics name no --target: " + probed);
            }
        }
        return Optional.empty();
    }

    /** The target whose answers the others must match: ours when it is measured, else the first. */
    String referenceTarget() {
        return targets.containsKey(BenchCommand.RELATIONS_TARGET)
                ? BenchCommand.RELATIONS_TARGET
                : targets.keySet().iterator().next();
    }

    /** The targets whose server is watched, each once. */
    List<String> probedTargets() {
        return union(pids.keySet(), jvmMetrics.keySet());
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
