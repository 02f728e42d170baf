package org.entente.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code ./entente bench}: runs every operation at every concurrency against each target (a
 * GraphQL endpoint, and the direct subgraph calls when subgraph URLs are given), prints a table
 * and writes the measurements as JSON. It starts nothing: the system under test must be running.
 */
public final class BenchCommand {
    static final String USAGE = """
            Usage: ./entente bench --target NAME=GRAPHQL_URL [--target NAME=URL ...]
                                   [--actors-url URL --events-url URL] [--duration S] [--warmup S]
                                   [--concurrency 1,16,64] [--operations a,b] [--data-actors N] [--data-events N]
                                   [--seed S] [--id-pool N [--id-order random|sweep]] [--requests N] [--out FILE]
                                   [--pid NAME=PID ...] [--jvm-metrics NAME=PROMETHEUS_URL ...] [--proxy-stats URL ...]
            --data-actors/--data-events/--seed describe the generated data set (as given to generate),
            so requests pick its ids with the same skew. Subgraph URLs add the target "direct".
            --id-pool N asks only N fixed ids per kind (the most popular actors and persons, N seeded
            events), so that caching subgraph proxies see repeated requests; --id-order sweep asks
            them in turn instead (every id once per N requests: to fill the proxies' caches).
            --requests N ends each measurement after N requests (warm-up included) if its duration has not ended it.
            --pid/--jvm-metrics: for each measured window of target NAME, the server's CPU time and
            memory (from /proc/PID) and bytes allocated and heap used (from its /q/metrics).
            --proxy-stats: GET /stats of each CachingSubgraphProxy; cache misses per window are reported.
            Every window also reports how busy each CPU was (by any process) and the cores this
            load generator used, to tell whether the servers or the client limited the throughput.""";

    /** The target name of Entente's gateway: the only one that serves the relations subgraph. */
    static final String RELATIONS_TARGET = "entente";

    private final PrintStream out;

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    public int run(List<String> args) {
        Map<String, String> targets = new LinkedHashMap<>();
        String actorsUrl = null;
        String eventsUrl = null;
        double duration = 20;
        double warmup = 5;
        List<Integer> concurrency = List.of(1, 16, 64);
        List<String> only = null;
        int dataActors = 100_000;
        int dataEvents = 1_000_000;
        long seed = 1;
        int idPool = 0;
        boolean sweep = false;
        long maxRequests = Long.MAX_VALUE;
        Path outFile = null;
        Map<String, Long> pids = new LinkedHashMap<>();
        Map<String, URI> jvmMetrics = new LinkedHashMap<>();
        List<URI> proxyStats = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i += 2) {
                String flag = args.get(i);
                if (i + 1 >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
                String value = args.get(i + 1);
                switch (flag) {
                    case "--target" -> targets.put(name(flag, value), afterName(value));
                    case "--pid" -> pids.put(name(flag, value), Long.valueOf(afterName(value)));
                    case "--jvm-metrics" -> jvmMetrics.put(name(flag, value), URI.create(afterName(value)));
                    case "--proxy-stats" -> proxyStats.add(URI.create(value));
                    case "--id-pool" -> idPool = Integer.parseInt(value);
                    case "--requests" -> maxRequests = Long.parseLong(value);
                    case "--id-order" -> sweep = switch (value) {
                        case "random" -> false;
                        case "sweep" -> true;
                        default -> throw new IllegalArgumentException("--id-order is random or sweep, not " + value);
                    };
                    case "--actors-url" -> actorsUrl = value;
                    case "--events-url" -> eventsUrl = value;
                    case "--duration" -> duration = Double.parseDouble(value);
                    case "--warmup" -> warmup = Double.parseDouble(value);
                    case "--concurrency" -> concurrency = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                    case "--operations" -> only = List.of(value.split(","));
                    case "--data-actors" -> dataActors = Integer.parseInt(value);
                    case "--data-events" -> dataEvents = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> outFile = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (targets.isEmpty() && actorsUrl == null) throw new IllegalArgumentException("give at least one --target");
            if ((actorsUrl == null) != (eventsUrl == null)) throw new IllegalArgumentException("--actors-url and --events-url go together");
            if (idPool < 0) throw new IllegalArgumentException("--id-pool cannot be negative");
            if (sweep && idPool == 0) throw new IllegalArgumentException("--id-order sweep needs --id-pool");
            if (maxRequests < 1) throw new IllegalArgumentException("--requests must be at least 1");
            for (String probed : union(pids.keySet(), jvmMetrics.keySet())) {
                if (!targets.containsKey(probed)) throw new IllegalArgumentException("--pid/--jvm-metrics name no --target: " + probed);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("entente bench: " + e.getMessage() + "\n\n" + USAGE);
            return 2;
        }

        HttpClient http = Subgraphs.client();
        Subgraphs subgraphs = actorsUrl == null ? null : new Subgraphs(http, URI.create(actorsUrl), URI.create(eventsUrl));
        List<Operation> operations = new ArrayList<>(Operations.all(new Sampler(seed, dataActors, dataEvents, idPool, sweep)));
        if (only != null) {
            List<String> names = only;
            operations.removeIf(op -> !names.contains(op.name()));
        }
        ClosedLoop loop = new ClosedLoop(seed, maxRequests);
        long clockTicks = ProcFs.clockTicksPerSecond();
        Map<String, ProcessProbe> probes = new LinkedHashMap<>();
        for (String name : union(pids.keySet(), jvmMetrics.keySet())) {
            probes.put(name, new ProcessProbe(http, pids.get(name), jvmMetrics.get(name)));
        }
        ProxyCounters proxies = proxyStats.isEmpty() ? null : new ProxyCounters(http, proxyStats);
        List<Measurement> results = new ArrayList<>();
        out.printf("%-10s %-16s %5s %9s %9s %9s %9s %7s %10s %6s %8s %8s %8s %7s %9s %7s%n", "target", "operation", "conc", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "errors", "cpu us/req", "cores", "KB/req", "heap MB", "RSS MB", "misses",
                "CPUs %", "client");
        try {
            for (Operation op : operations) {
                for (int c : concurrency) {
                    for (Map.Entry<String, String> target : targets.entrySet()) {
                        if (op.needsRelations() && !target.getKey().equals(RELATIONS_TARGET)) continue;
                        URI url = URI.create(target.getValue());
                        WindowObserver observer = new WindowObserver(probes.get(target.getKey()), proxies, clockTicks);
                        Measurement m = loop.measure(target.getKey(), op.name(), c, warmup, duration,
                                random -> post(http, url, op.viaGateway(random)), observer);
                        results.add(print(observer.complete(m)));
                    }
                    if (subgraphs != null && op.direct() != null) {
                        Operation.DirectPlan plan = op.direct();
                        WindowObserver observer = new WindowObserver(null, proxies, clockTicks);
                        Measurement m = loop.measure("direct", op.name(), c, warmup, duration, random -> plan.run(random, subgraphs), observer);
                        results.add(print(observer.complete(m)));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (outFile != null) {
            try {
                write(outFile, results, duration, warmup, dataActors, dataEvents, seed, idPool);
                out.println("Wrote " + outFile);
            } catch (IOException e) {
                System.err.println("entente bench: cannot write " + outFile + ": " + e.getMessage());
                return 1;
            }
        }
        return results.stream().anyMatch(m -> m.requests() == 0) ? 1 : 0;
    }

    private static String name(String flag, String value) {
        int eq = value.indexOf('=');
        if (eq < 1) throw new IllegalArgumentException(flag + " expects NAME=VALUE, got " + value);
        return value.substring(0, eq);
    }

    private static String afterName(String value) {
        return value.substring(value.indexOf('=') + 1);
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private Measurement print(Measurement m) {
        ProcessProbe.Cost cost = m.cost();
        out.printf("%-10s %-16s %5d %9.1f %9.2f %9.2f %9.2f %7d %10s %6s %8s %8s %8s %7s %9s %7s%n", m.target(), m.operation(), m.concurrency(),
                m.throughput(), m.p50(), m.p95(), m.p99(), m.errors(),
                format(cost == null ? null : cost.cpuMicrosPerRequest(), "%.0f"), format(cost == null ? null : cost.cpuCores(), "%.2f"),
                format(cost == null ? null : cost.allocatedKilobytesPerRequest(), "%.1f"),
                format(cost == null ? null : cost.heapUsedMegabytes(), "%.0f"), format(cost == null ? null : cost.residentMegabytes(), "%.0f"),
                m.proxy() == null ? "-" : Long.toString(m.proxy().misses()),
                m.host() == null ? "-" : m.host().describeBusy(), format(m.host() == null ? null : m.host().clientCores(), "%.2f"));
        if (m.errors() > 0) out.println("           first error: " + m.firstError());
        return m;
    }

    private static String format(Double value, String pattern) {
        return value == null ? "-" : String.format(pattern, value);
    }

    private static void post(HttpClient http, URI url, GraphQlCall call) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode());
        AnswerCheck.requireAnswer(response.body());
    }

    private static void write(Path file, List<Measurement> results, double duration, double warmup, int actors, int events, long seed,
                              int idPool) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("timestamp", Instant.now().toString());
        doc.put("machine", Map.of("clientProcessors", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version")));
        doc.put("settings", Map.of("durationSeconds", duration, "warmupSeconds", warmup, "dataActors", actors,
                "dataEvents", events, "seed", seed, "idPool", idPool));
        doc.put("results", results);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }
}
