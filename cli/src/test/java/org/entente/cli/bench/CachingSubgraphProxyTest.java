package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy over real HTTP, in front of a tiny upstream that counts the requests it gets. */
class CachingSubgraphProxyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer upstream;
    private final AtomicInteger upstreamCalls = new AtomicInteger();
    private volatile CountDownLatch upstreamGate = new CountDownLatch(0);
    private CachingSubgraphProxy proxy;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void tuneBeforeTheUpstreamIsCreated() {
        JdkTestServers.tune();
    }

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("localhost", 0), 64);
        upstream.setExecutor(Executors.newFixedThreadPool(8));
        // Echoes what it was sent, so a test can tell which request an answer belongs to.
        upstream.createContext("/graphql", exchange -> {
            upstreamCalls.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                upstreamGate.await(10, TimeUnit.SECONDS);
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] answer = JSON.writeValueAsBytes(
                        Map.of("data", Map.of("echo", body, "auth", auth == null ? "none" : auth)));
                exchange.getResponseHeaders().set("Content-Type", "application/graphql-response+json");
                exchange.sendResponseHeaders(body.contains("fail") ? 500 : 200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        upstream.start();
        proxy = new CachingSubgraphProxy(
                0, URI.create("http://localhost:" + upstream.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    private HttpResponse<String> post(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + proxy.port() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode stats() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + proxy.port() + "/stats"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    void aMissGoesUpstreamOnceAndLaterRequestsAreAnsweredFromMemory() throws Exception {
        String body = "{\"query\":\"{ actor(id: 1) { name } }\"}";
        HttpResponse<String> first = post(body, null);
        HttpResponse<String> second = post(body, null);
        HttpResponse<String> third = post(body, null);
        assertEquals(200, first.statusCode());
        assertEquals(body, JSON.readTree(first.body()).at("/data/echo").asText());
        assertEquals(first.body(), second.body());
        assertEquals(first.body(), third.body());
        assertEquals(
                "application/graphql-response+json",
                third.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(1, upstreamCalls.get());

        JsonNode stats = stats();
        assertEquals(2, stats.get("hits").asLong());
        assertEquals(1, stats.get("misses").asLong());
        assertEquals(1, stats.get("entries").asInt());
        assertEquals(2.0 / 3, stats.get("hitRate").asDouble(), 1e-9);
        // the process's own CPU time, so that the bench can show what the proxies cost
        assertEquals(ProcessHandle.current().pid(), stats.get("pid").asLong());
        assertTrue(stats.get("processCpuNanos").asLong() > 0, stats.toString());
    }

    @Test
    void theAuthorizationHeaderIsPartOfTheKeyAndIsForwarded() throws Exception {
        String body = "{\"query\":\"mutation { x }\"}";
        assertEquals(
                "none", JSON.readTree(post(body, null).body()).at("/data/auth").asText());
        assertEquals(
                "Bearer a",
                JSON.readTree(post(body, "Bearer a").body()).at("/data/auth").asText());
        assertEquals(
                "Bearer b",
                JSON.readTree(post(body, "Bearer b").body()).at("/data/auth").asText());
        assertEquals(
                "Bearer a",
                JSON.readTree(post(body, "Bearer a").body()).at("/data/auth").asText());
        assertEquals(3, upstreamCalls.get());
    }

    @Test
    void concurrentIdenticalMissesReachTheUpstreamOnce() throws Exception {
        upstreamGate = new CountDownLatch(1);
        String body = "{\"query\":\"{ event(id: 7) { title } }\"}";
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(clients.submit(() -> post(body, null)));
            }
            // Hold the upstream until every request has reached the proxy: nine must be waiting for the first.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (proxy.stats().waited() + proxy.stats().misses() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            upstreamGate.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                assertEquals(
                        body, JSON.readTree(response.body()).at("/data/echo").asText());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, upstreamCalls.get());
        assertEquals(new ResponseCache.Stats(0, 1, 9, 0, 1), proxy.stats());
    }

    @Test
    void upstreamErrorsArePassedOnButNotKept() throws Exception {
        String body = "{\"query\":\"{ fail }\"}";
        assertEquals(500, post(body, null).statusCode());
        assertEquals(500, post(body, null).statusCode());
        assertEquals(2, upstreamCalls.get());
        assertEquals(0, stats().get("entries").asInt());
    }

    @Test
    void anUnreachableUpstreamIsABadGatewayWithAGraphQlError() throws Exception {
        upstream.stop(0);
        HttpResponse<String> response = post("{\"query\":\"{ a }\"}", null);
        assertEquals(502, response.statusCode());
        assertEquals(
                "SUBGRAPH_PROXY",
                JSON.readTree(response.body()).at("/errors/0/extensions/code").asText());
        assertEquals(1, stats().get("upstreamFailures").asLong());
    }

    /** Hits over kept-alive connections are answered from memory (their speed shows in the benchmark's numbers). */
    @Test
    void manyHitsOverKeptAliveConnectionsAskTheUpstreamOnce() throws Exception {
        String body = "{\"query\":\"{ actor(id: 2) { name } }\"}";
        for (int i = 0; i < 500; i++) {
            assertEquals(200, post(body, null).statusCode());
        }
        assertEquals(1, upstreamCalls.get());
        assertEquals(499, stats().get("hits").asLong());
    }
}
