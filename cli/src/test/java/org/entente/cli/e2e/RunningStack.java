package org.entente.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.cli.bench.PrometheusText;
import org.entente.cli.load.LoadCommand;
import org.entente.cli.up.FreePorts;
import org.entente.cli.up.LocalStack;
import org.entente.cli.up.StackSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real system, started once for all end-to-end tests: the packaged services and gateway
 * on an embedded PostgreSQL (fresh data directory, free ports), with the Iran–CSTO dataset
 * loaded through the gateway as `./entente up` does on a first start.
 */
public final class RunningStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path DATASET = PROJECT.resolve("data/iran-csto.yaml");

    /** Another origin, allowed by the gateway's CORS: ExplorerBrowserIT serves the explorer there. */
    static final int CROSS_ORIGIN_PORT = freePort();

    static final String CROSS_ORIGIN = "http://127.0.0.1:" + CROSS_ORIGIN_PORT;

    /**
     * Where ExplorerBrowserIT plays the OIDC provider editors sign in with: the gateway names it to
     * the explorer (/explorer/config.json), with the explorer's client id there.
     */
    static final int OIDC_PORT = freePort();

    static final String OIDC_CLIENT_ID = "entente-explorer";

    private static LocalStack stack;
    private static Path home;
    private static Exception startFailure;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (startFailure != null) {
                throw new IllegalStateException("the stack did not start", startFailure);
            }
            if (stack != null) {
                return;
            }
            home = Files.createTempDirectory("entente-e2e");
            StackSettings settings = new StackSettings(
                            PROJECT,
                            home,
                            freePort(),
                            freePort(),
                            freePort(),
                            freePort(),
                            StackSettings.ANY_PORT,
                            List.of(
                                    "-Xmx384m",
                                    "-XX:+UseSerialGC",
                                    "-XX:TieredStopAtLevel=1",
                                    // the browser test serves the explorer from this origin too
                                    "-Dquarkus.http.cors.enabled=true",
                                    "-Dquarkus.http.cors.origins=" + CROSS_ORIGIN),
                            Map.of())
                    // the explorer's sign-in, at the browser test's provider (the gateway's own settings)
                    .withGatewayEnvironment(Map.of(
                            "ENTENTE_EXPLORER_OIDC_ISSUER",
                            "http://127.0.0.1:" + OIDC_PORT,
                            "ENTENTE_EXPLORER_OIDC_CLIENT_ID",
                            OIDC_CLIENT_ID));
            LocalStack starting = new LocalStack(settings, System.out);
            stack = starting;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class.getName(), this);
            try {
                starting.start(step -> System.out.println("[e2e] starting " + step));
                int loaded = new LoadCommand(PROJECT).load(DATASET, settings.gatewayUrl(), starting.editorToken());
                if (loaded != 0) {
                    throw new IllegalStateException("the dataset did not load (see the output above)");
                }
            } catch (Exception e) {
                startFailure = e;
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        stack.close();
        deleteTree(home);
    }

    /** Deletes a directory a test made, with everything in it. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static LocalStack stack() {
        return stack;
    }

    static String gatewayUrl() {
        return stack.settings().gatewayUrl();
    }

    static String token() throws IOException {
        return stack.editorToken();
    }

    /**
     * The ERROR lines of the services' logs so far, each with the lines that follow it (its cause
     * and stack), for a test to print when it saw an error it cannot explain: the logs go with the
     * stack's directory when the run ends.
     */
    static List<String> serviceErrors(int linesAfter) throws IOException {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> logs = Files.list(stack.settings().logs())) {
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith("-service.log"))
                    .sorted()
                    .toList()) {
                // decoded leniently: a log line is never a reason for the test to fail
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(" ERROR ")) {
                        errors.add(log.getFileName() + ": "
                                + String.join("\n", lines.subList(i, Math.min(lines.size(), i + 1 + linesAfter))));
                    }
                }
            }
        }
        return errors;
    }

    /** The full GraphQL response (data and errors) of an operation sent to the gateway. */
    static JsonNode graphql(String query, Map<String, Object> variables, String token)
            throws IOException, InterruptedException {
        return send(query, variables, token).body();
    }

    /**
     * A gateway's answer with what its entity cache did for it: the {@code Entente-Cache} header
     * ({@code hit=1 miss=0}, with {@code bypass=N} when some went past it), empty when no entity
     * fetch took part.
     */
    record Answer(JsonNode body, String cache) {}

    static Answer send(String query, Map<String, Object> variables, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(
                JSON.readTree(response.body()),
                response.headers().firstValue("Entente-Cache").orElse(""));
    }

    /** The data of a read that must succeed without errors. */
    static JsonNode query(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        JsonNode response = graphql(query, variables, null);
        if (response.has("errors")) {
            throw new AssertionError("unexpected errors: " + response.get("errors"));
        }
        return response.path("data");
    }

    static JsonNode query(String query) throws IOException, InterruptedException {
        return query(query, Map.of());
    }

    /** Requests the gateway has sent to a subgraph so far, from its Prometheus metrics. */
    static long subgraphRequests(String subgraph) throws IOException, InterruptedException {
        String metrics = gatewayMetrics();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("entente_gateway_subgraph_requests_seconds_count{")
                    && line.contains("subgraph=\"" + subgraph + "\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) total;
    }

    /**
     * Where the gateway's Prometheus metrics are: its management interface (127.0.0.1, a port of
     * its own), not its public port, which answers 404 there.
     */
    static URI gatewayMetricsUrl() {
        return URI.create(stack.settings().gatewayMetricsUrl());
    }

    /** The gateway's Prometheus metrics (text format), read from {@link #gatewayMetricsUrl()}. */
    static String gatewayMetrics() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(gatewayMetricsUrl())
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "the gateway's metrics at " + gatewayMetricsUrl() + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The state of the gateway's circuit breaker for a subgraph: 0 closed, 1 half open, 2 open. */
    static int breakerState(String subgraph) throws IOException, InterruptedException {
        double state = new PrometheusText(gatewayMetrics())
                .sum("entente_gateway_subgraph_breaker_state", labels -> subgraph.equals(labels.get("subgraph")));
        if (Double.isNaN(state)) {
            throw new IllegalStateException("the gateway publishes no breaker state for " + subgraph);
        }
        return (int) state;
    }

    static int freePort() {
        return FreePorts.pick();
    }
}
