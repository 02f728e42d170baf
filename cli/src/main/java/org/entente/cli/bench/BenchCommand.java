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
import java.util.LinkedHashMap;
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
                                   [--seed S] [--out FILE]
            --data-actors/--data-events/--seed describe the generated data set (as given to generate),
            so requests pick its ids with the same skew. Subgraph URLs add the target "direct".""";

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
        Path outFile = null;
        try {
            for (int i = 0; i < args.size(); i += 2) {
                String flag = args.get(i);
                if (i + 1 >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
                String value = args.get(i + 1);
                switch (flag) {
                    case "--target" -> {
                        int eq = value.indexOf('=');
                        if (eq < 1) throw new IllegalArgumentException("--target expects NAME=URL, got " + value);
                        targets.put(value.substring(0, eq), value.substring(eq + 1));
                    }
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
        } catch (IllegalArgumentException e) {
            System.err.println("entente bench: " + e.getMessage() + "\n\n" + USAGE);
            return 2;
        }

        HttpClient http = Subgraphs.client();
        Subgraphs subgraphs = actorsUrl == null ? null : new Subgraphs(http, URI.create(actorsUrl), URI.create(eventsUrl));
        List<Operation> operations = new ArrayList<>(Operations.all(new Sampler(seed, dataActors, dataEvents)));
        if (only != null) {
            List<String> names = only;
            operations.removeIf(op -> !names.contains(op.name()));
        }
        ClosedLoop loop = new ClosedLoop(seed);
        List<Measurement> results = new ArrayList<>();
        out.printf("%-10s %-16s %5s %9s %9s %9s %9s %7s%n", "target", "operation", "conc", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        try {
            for (Operation op : operations) {
                for (int c : concurrency) {
                    for (Map.Entry<String, String> target : targets.entrySet()) {
                        if (op.needsRelations() && !target.getKey().equals(RELATIONS_TARGET)) continue;
                        URI url = URI.create(target.getValue());
                        results.add(print(loop.measure(target.getKey(), op.name(), c, warmup, duration,
                                random -> post(http, url, op.viaGateway(random))), c));
                    }
                    if (subgraphs != null && op.direct() != null) {
                        Operation.DirectPlan plan = op.direct();
                        results.add(print(loop.measure("direct", op.name(), c, warmup, duration, random -> plan.run(random, subgraphs)), c));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (outFile != null) {
            try {
                write(outFile, results, duration, warmup, dataActors, dataEvents, seed);
                out.println("Wrote " + outFile);
            } catch (IOException e) {
                System.err.println("entente bench: cannot write " + outFile + ": " + e.getMessage());
                return 1;
            }
        }
        return results.stream().anyMatch(m -> m.requests() == 0) ? 1 : 0;
    }

    private Measurement print(Measurement m, int concurrency) {
        out.printf("%-10s %-16s %5d %9.1f %9.2f %9.2f %9.2f %7d%n", m.target(), m.operation(), concurrency, m.throughput(),
                m.p50(), m.p95(), m.p99(), m.errors());
        if (m.errors() > 0) out.println("           first error: " + m.firstError());
        return m;
    }

    private static void post(HttpClient http, URI url, GraphQlCall call) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode());
        // Answers are small; a substring check keeps JSON parsing out of the measured client cost.
        if (response.body().contains("\"errors\"")) throw new IOException(response.body().substring(0, Math.min(300, response.body().length())));
    }

    private static void write(Path file, List<Measurement> results, double duration, double warmup, int actors, int events, long seed)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("timestamp", Instant.now().toString());
        doc.put("machine", Map.of("clientProcessors", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version")));
        doc.put("settings", Map.of("durationSeconds", duration, "warmupSeconds", warmup, "dataActors", actors,
                "dataEvents", events, "seed", seed));
        doc.put("results", results);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
    }
}
