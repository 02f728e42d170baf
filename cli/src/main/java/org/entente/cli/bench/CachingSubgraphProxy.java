package org.entente.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for one subgraph in gateway-only benchmarks: every POST is answered from a
 * {@link ResponseCache} keyed by path, Authorization header and exact body; a miss is forwarded to
 * the real subgraph once. After warm-up a subgraph call costs a hash lookup and a socket write,
 * so what a benchmark measures through a gateway is the gateway's own work.
 * {@code GET /stats} answers the cache counters as JSON.
 *
 * <p>Run: {@code java -cp entente-cli.jar org.entente.cli.bench.CachingSubgraphProxy [--threads N] PORT=UPSTREAM_ORIGIN ...}
 * (e.g. {@code 18181=http://localhost:18081}); the request path is kept, so the gateway points at
 * {@code http://localhost:18181/graphql}.
 */
public final class CachingSubgraphProxy implements AutoCloseable {
    static {
        tuneJdkServer();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration UPSTREAM_TIMEOUT = Duration.ofSeconds(60);

    private final URI upstream;
    private final ResponseCache cache = new ResponseCache();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final HttpServer server;
    private final ExecutorService workers;

    /** Listens on {@code port} (0: any free port) and forwards misses to {@code upstream} (scheme, host and port). */
    public CachingSubgraphProxy(int port, URI upstream, int threads) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress(port), 1024);
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "proxy-" + port + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Settings of the JDK's HTTP server, read once when the first server of the JVM is created: call
     * this before any other {@link HttpServer} exists (this class does it when it loads).
     */
    public static void tuneJdkServer() {
        // Headers and body leave in separate writes: without TCP_NODELAY, Nagle's algorithm and delayed
        // ACKs add about 40 ms to every small answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // Keep-alive connections of three gateways at 64 clients each stay open rather than being closed and re-opened.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public ResponseCache.Stats stats() {
        return cache.stats();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/stats")) {
                send(
                        exchange,
                        new ResponseCache.CachedResponse(
                                200, "application/json", JSON.writeValueAsBytes(statsDocument())));
            } else if (method.equals("POST")) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                RequestKey key = new RequestKey(path, authorization, body);
                send(exchange, answer(key, () -> forward(path, authorization, contentType, body)));
            } else {
                send(exchange, error(405, "POST GraphQL requests, or GET /stats"));
            }
        } finally {
            exchange.close();
        }
    }

    private ResponseCache.CachedResponse answer(RequestKey key, ResponseCache.Upstream fetch) {
        try {
            return cache.get(key, fetch);
        } catch (IOException e) {
            return error(502, "subgraph at " + upstream + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "proxy stopping");
        }
    }

    private ResponseCache.CachedResponse forward(String path, String authorization, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(path))
                .timeout(UPSTREAM_TIMEOUT)
                .header("Content-Type", contentType == null ? "application/json" : contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new ResponseCache.CachedResponse(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse("application/json"),
                response.body());
    }

    private static void send(HttpExchange exchange, ResponseCache.CachedResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ResponseCache.CachedResponse error(int status, String message) {
        String json =
                "{\"errors\":[{\"message\":" + quote(message) + ",\"extensions\":{\"code\":\"SUBGRAPH_PROXY\"}}]}";
        return new ResponseCache.CachedResponse(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> statsDocument() {
        ResponseCache.Stats stats = cache.stats();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("upstream", upstream.toString());
        doc.put("hits", stats.hits());
        doc.put("misses", stats.misses());
        doc.put("waited", stats.waited());
        doc.put("upstreamFailures", stats.upstreamFailures());
        doc.put("entries", stats.entries());
        doc.put("hitRate", stats.hitRate());
        return doc;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        int threads = 16;
        List<String> mappings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threads") && i + 1 < args.length) {
                threads = Integer.parseInt(args[++i]);
            } else {
                mappings.add(args[i]);
            }
        }
        if (mappings.isEmpty() || mappings.stream().anyMatch(m -> !m.matches("\\d+=https?://.+"))) {
            System.err.println(
                    "usage: CachingSubgraphProxy [--threads N] PORT=UPSTREAM_ORIGIN ...  (e.g. 18181=http://localhost:18081)");
            System.exit(2);
        }
        List<CachingSubgraphProxy> proxies = new ArrayList<>();
        for (String mapping : mappings) {
            int eq = mapping.indexOf('=');
            CachingSubgraphProxy proxy = new CachingSubgraphProxy(
                    Integer.parseInt(mapping.substring(0, eq)), URI.create(mapping.substring(eq + 1)), threads);
            proxies.add(proxy);
            System.out.println("proxy :" + proxy.port() + " -> " + proxy.upstream);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            for (CachingSubgraphProxy proxy : proxies) {
                                System.out.println("proxy :" + proxy.port() + " " + proxy.stats());
                                proxy.close();
                            }
                            stopped.countDown();
                        },
                        "proxy-shutdown"));
        System.out.println("READY");
        stopped.await(365, TimeUnit.DAYS);
    }
}
