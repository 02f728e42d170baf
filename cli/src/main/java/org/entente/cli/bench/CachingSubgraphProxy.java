package org.entente.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.TimeUnit;

/**
 * Stands in for one subgraph in gateway-only benchmarks: every POST is answered from a
 * {@link ResponseCache} keyed by path, Authorization header and exact body; a miss is forwarded to
 * the real subgraph once. A hit is answered on the event loop that read the request — a hash lookup
 * and a socket write, no thread hand-off — so that the proxies, which share the servers' CPU with the
 * gateway being measured, take as little of it as they can (Results W in {@code bench/README.md}:
 * the JDK's HTTP server they ran on before cost about 190 µs per call). A miss waits for the
 * upstream on a worker thread. {@code GET /stats} answers the cache counters and this process's CPU
 * time as JSON.
 *
 * <p>Run: {@code java -cp entente-cli.jar org.entente.cli.bench.CachingSubgraphProxy [--threads N] PORT=UPSTREAM_ORIGIN ...}
 * (e.g. {@code 18181=http://localhost:18081}; N event loops shared by all proxies, default 1); the
 * request path is kept, so the gateway points at {@code http://localhost:18181/graphql}.
 */
public final class CachingSubgraphProxy implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration UPSTREAM_TIMEOUT = Duration.ofSeconds(60);

    private final URI upstream;
    private final ResponseCache cache = new ResponseCache();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpServer server;

    /**
     * Listens on {@code port} (0: any free port) with its own Vert.x of one event loop, and
     * forwards misses to {@code upstream} (scheme, host and port).
     */
    public CachingSubgraphProxy(int port, URI upstream) throws IOException {
        this(Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1)), true, port, upstream);
    }

    private CachingSubgraphProxy(Vertx vertx, boolean ownsVertx, int port, URI upstream) throws IOException {
        this.upstream = upstream;
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        HttpServerOptions options =
                new HttpServerOptions().setPort(port).setTcpNoDelay(true).setAcceptBacklog(1024);
        try {
            this.server = vertx.createHttpServer(options)
                    .requestHandler(this::handle)
                    .listen()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (ownsVertx) {
                vertx.close();
            }
            throw new IOException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.actualPort();
    }

    public ResponseCache.Stats stats() {
        return cache.stats();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (request.method() == HttpMethod.GET && path.equals("/stats")) {
            send(request, statsResponse());
        } else if (request.method() == HttpMethod.POST) {
            String authorization = request.getHeader("Authorization");
            String contentType = request.getHeader("Content-Type");
            request.body().onSuccess(buffer -> {
                byte[] body = buffer.getBytes();
                RequestKey key = new RequestKey(path, authorization, body);
                ResponseCache.CachedResponse hit = cache.hit(key);
                if (hit != null) {
                    send(request, hit);
                    return;
                }
                Future<ResponseCache.CachedResponse> missed = vertx.executeBlocking(
                        () -> answer(key, () -> forward(path, authorization, contentType, body)), false);
                missed.onSuccess(response -> send(request, response))
                        .onFailure(failure -> send(request, error(502, "proxy failed: " + failure.getMessage())));
            });
        } else {
            send(request, error(405, "POST GraphQL requests, or GET /stats"));
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

    private static void send(HttpServerRequest request, ResponseCache.CachedResponse response) {
        request.response()
                .setStatusCode(response.status())
                .putHeader("Content-Type", response.contentType())
                .end(Buffer.buffer(response.body()));
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

    private ResponseCache.CachedResponse statsResponse() {
        ResponseCache.Stats stats = cache.stats();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("upstream", upstream.toString());
        doc.put("hits", stats.hits());
        doc.put("misses", stats.misses());
        doc.put("waited", stats.waited());
        doc.put("upstreamFailures", stats.upstreamFailures());
        doc.put("entries", stats.entries());
        doc.put("hitRate", stats.hitRate());
        // the whole process's, which every proxy of one process reports alike: ProxyCounters counts it once
        doc.put("pid", ProcessHandle.current().pid());
        doc.put("processCpuNanos", processCpuNanos());
        try {
            return new ResponseCache.CachedResponse(200, "application/json", JSON.writeValueAsBytes(doc));
        } catch (IOException e) {
            return error(500, "cannot write the stats");
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // stopping anyway
        }
        if (ownsVertx) {
            vertx.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = 1;
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
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(threads));
        List<CachingSubgraphProxy> proxies = new ArrayList<>();
        for (String mapping : mappings) {
            int eq = mapping.indexOf('=');
            CachingSubgraphProxy proxy = new CachingSubgraphProxy(
                    vertx, false, Integer.parseInt(mapping.substring(0, eq)), URI.create(mapping.substring(eq + 1)));
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
                            vertx.close();
                            stopped.countDown();
                        },
                        "proxy-shutdown"));
        System.out.println("READY");
        stopped.await(365, TimeUnit.DAYS);
    }
}
