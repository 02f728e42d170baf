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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./entente bench}: runs every operation at every concurrency against each target (a
 * GraphQL endpoint, and the direct subgraph calls when subgraph URLs are given), prints a table
 * and writes the measurements as JSON. It starts nothing: the system under test must be running.
 */
@Command(
        name = "bench",
        sortOptions = false,
        sortSynopsis = false,
        description = {
            "Load-tests the running system (see bench/README.md).",
            "A closed loop of fixed operations (actor profile, event page, search, connections, statements page) against"
                    + " each target gateway, and the direct subgraph calls when their URLs are given; prints throughput and"
                    + " p50/p95/p99 latency per operation and concurrency. Every window also reports how busy each CPU was"
                    + " and the cores this load generator used, to tell whether the servers or the client limited the"
                    + " throughput. Before measuring, every target must return the same data as ours for the same requests."
                    + " It starts nothing; bench/run.sh runs the whole comparison with Hive Gateway (JavaScript and Rust"
                    + " planners), Apollo Gateway and Grafbase."
        })
public final class BenchCommand implements Callable<Integer> {
    /** The target name of Entente's gateway: the only one that serves the relations subgraph. */
    static final String RELATIONS_TARGET = "entente";

    @Spec
    CommandSpec spec;

    @Mixin
    BenchOptions options;

    @Mixin
    HelpOption help;

    private final PrintStream out;

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            throw new ParameterException(spec.commandLine(), problem.get());
        }
        HttpClient http = Subgraphs.client();
        BenchOptions.DirectCalls direct = options.direct;
        Subgraphs subgraphs =
                direct == null ? null : new Subgraphs(http, URI.create(direct.actorsUrl), URI.create(direct.eventsUrl));
        List<Operation> operations = new ArrayList<>(Operations.all(new Sampler(
                options.seed,
                options.dataActors,
                options.dataEvents,
                options.idPool,
                options.idOrder == BenchOptions.IdOrder.sweep)));
        if (options.operations != null) {
            operations.removeIf(op -> !options.operations.contains(op.name()));
        }
        ClosedLoop loop = new ClosedLoop(options.seed, options.maxRequests);
        long clockTicks = ProcFs.clockTicksPerSecond();
        Map<String, ProcessProbe> probes = new LinkedHashMap<>();
        for (String name : options.probedTargets()) {
            probes.put(name, new ProcessProbe(http, options.pids.get(name), options.jvmMetrics.get(name)));
        }
        ProxyCounters proxies = options.proxyStats.isEmpty() ? null : new ProxyCounters(http, options.proxyStats);
        List<AnswerComparison.Exclusion> excluded = new ArrayList<>();
        if (options.answerCheck > 0 && options.targets.size() > 1) {
            try {
                excluded.addAll(new AnswerComparison(
                                (url, call) -> post(http, url, call), options.seed, options.answerCheck, out)
                        .compare(operations, options.targets, options.referenceTarget()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            }
        }
        List<Measurement> results = new ArrayList<>();
        out.printf(
                "%-10s %-16s %5s %4s %9s %9s %9s %9s %7s %10s %6s %5s %8s %8s %8s %7s %8s %9s %7s%n",
                "target",
                "operation",
                "conc",
                "pass",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors",
                "cpu us/req",
                "cores",
                "JIT %",
                "KB/req",
                "heap MB",
                "RSS MB",
                "misses",
                "proxy us",
                "CPUs %",
                "client");
        try {
            // Passes repeat the whole grid rather than each window in place, so that the two
            // measurements of a window are minutes apart and a drift of the machine shows.
            for (int pass = 1; pass <= options.passes; pass++) {
                for (Operation op : operations) {
                    for (int c : options.concurrency) {
                        for (Map.Entry<String, String> target : options.targets.entrySet()) {
                            if (!measures(target.getKey(), op, excluded)) {
                                continue;
                            }
                            URI url = URI.create(target.getValue());
                            WindowObserver observer =
                                    new WindowObserver(probes.get(target.getKey()), proxies, clockTicks);
                            Measurement m = loop.measure(
                                    target.getKey(),
                                    op.name(),
                                    c,
                                    options.warmup,
                                    options.duration,
                                    random -> AnswerCheck.requireAnswer(post(http, url, op.viaGateway(random))),
                                    observer);
                            results.add(print(observer.complete(m).inPass(pass)));
                        }
                        if (subgraphs != null && op.direct() != null) {
                            Operation.DirectPlan plan = op.direct();
                            WindowObserver observer = new WindowObserver(null, proxies, clockTicks);
                            Measurement m = loop.measure(
                                    "direct",
                                    op.name(),
                                    c,
                                    options.warmup,
                                    options.duration,
                                    random -> plan.run(random, subgraphs),
                                    observer);
                            results.add(print(observer.complete(m).inPass(pass)));
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (options.out != null) {
            try {
                write(options.out, results, excluded, options);
                out.println("Wrote " + options.out);
            } catch (IOException e) {
                System.err.println("entente bench: cannot write " + options.out + ": " + e.getMessage());
                return 1;
            }
        }
        for (AnswerComparison.Exclusion x : excluded) {
            out.printf(
                    "not measured: %s %s, answers unlike %s's: %s%n",
                    x.target(), x.operation(), options.referenceTarget(), x.reason());
        }
        return results.stream().anyMatch(m -> m.requests() == 0) || !excluded.isEmpty() ? 1 : 0;
    }

    /** Whether {@code target} is measured on {@code op}: it serves it, and it gave the reference's data. */
    private static boolean measures(String target, Operation op, List<AnswerComparison.Exclusion> excluded) {
        if (op.needsRelations() && !target.equals(RELATIONS_TARGET)) {
            return false;
        }
        return excluded.stream()
                .noneMatch(x -> x.target().equals(target) && x.operation().equals(op.name()));
    }

    private Measurement print(Measurement m) {
        ProcessProbe.Cost cost = m.cost();
        out.printf(
                "%-10s %-16s %5d %4d %9.1f %9.2f %9.2f %9.2f %7d %10s %6s %5s %8s %8s %8s %7s %8s %9s %7s%n",
                m.target(),
                m.operation(),
                m.concurrency(),
                m.pass(),
                m.throughput(),
                m.p50(),
                m.p95(),
                m.p99(),
                m.errors(),
                format(cost == null ? null : cost.cpuMicrosPerRequest(), "%.0f"),
                format(cost == null ? null : cost.cpuCores(), "%.2f"),
                format(cost == null ? null : cost.compilerPercent(), "%.0f"),
                format(cost == null ? null : cost.allocatedKilobytesPerRequest(), "%.1f"),
                format(cost == null ? null : cost.heapUsedMegabytes(), "%.0f"),
                format(cost == null ? null : cost.residentMegabytes(), "%.0f"),
                m.proxy() == null ? "-" : Long.toString(m.proxy().misses()),
                format(m.proxy() == null ? null : m.proxy().cpuMicrosPerRequest(m.requests() + m.errors()), "%.0f"),
                m.host() == null ? "-" : m.host().describeBusy(),
                format(m.host() == null ? null : m.host().clientCores(), "%.2f"));
        if (m.errors() > 0) {
            out.println("           first error: " + m.firstError());
        }
        return m;
    }

    private static String format(Double value, String pattern) {
        return value == null ? "-" : String.format(pattern, value);
    }

    /** The body of a 200 response; anything else throws. */
    private static String post(HttpClient http, URI url, GraphQlCall call) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url)
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(call.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static void write(
            Path file, List<Measurement> results, List<AnswerComparison.Exclusion> excluded, BenchOptions settings)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("timestamp", Instant.now().toString());
        doc.put(
                "machine",
                Map.of(
                        "clientProcessors",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                        "os",
                        System.getProperty("os.name") + " " + System.getProperty("os.version")));
        doc.put(
                "settings",
                Map.of(
                        "durationSeconds",
                        settings.duration,
                        "warmupSeconds",
                        settings.warmup,
                        "dataActors",
                        settings.dataActors,
                        "dataEvents",
                        settings.dataEvents,
                        "seed",
                        settings.seed,
                        "idPool",
                        settings.idPool,
                        "passes",
                        settings.passes,
                        "answerCheckRequests",
                        settings.answerCheck));
        if (settings.answerCheck > 0 && settings.targets.size() > 1) {
            doc.put("answerCheck", Map.of("reference", settings.referenceTarget(), "excluded", excluded));
        }
        doc.put("results", results);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }
}
