package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.cli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./entente bench end to end against tiny local targets: passes, and a target whose data differs. */
class BenchCommandRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;

    /**
     * The JDK's HTTP server reads its settings when the JVM's first server is created, and the
     * caching proxy's tests, in the same JVM, rely on them: the first one may be created here.
     */
    @BeforeAll
    static void tuneBeforeCreatingTheFirstServer() {
        JdkTestServers.tune();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 16);
        answer("/ours", "{\"data\":{\"actor\":{\"id\":\"1\",\"name\":\"Iran\"}}}");
        answer("/same", "{\"data\":{\"actor\":{\"name\":\"Iran\",\"id\":\"1\"}}}");
        answer("/other", "{\"data\":{\"actor\":{\"id\":\"1\",\"name\":\"Iraq\"}}}");
        server.start();
    }

    private void answer(String path, String body) {
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    private Run bench(Path out, String... targets) {
        List<String> args = new ArrayList<>(List.of(
                "bench",
                "--operations",
                "actor-profile",
                "--concurrency",
                "1",
                "--duration",
                "0.2",
                "--warmup",
                "0",
                "--passes",
                "2",
                "--data-actors",
                "300",
                "--data-events",
                "2000",
                "--out",
                out.toString()));
        for (String target : targets) {
            args.add("--target");
            args.add(target);
        }
        return Run.of(args.toArray(String[]::new));
    }

    private static List<String> rows(JsonNode doc) {
        List<String> rows = new ArrayList<>();
        for (JsonNode m : doc.path("results")) {
            rows.add(m.path("target").asText() + " " + m.path("pass").asInt());
        }
        return rows;
    }

    @Test
    void everyTargetIsMeasuredInEachPassInTurn() throws IOException {
        Path out = dir.resolve("agree.json");
        Run run = bench(out, "entente=" + url("/ours"), "same=" + url("/same"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(out.toFile());
        assertEquals(List.of("entente 1", "same 1", "entente 2", "same 2"), rows(doc));
        assertEquals(2, doc.path("settings").path("passes").asInt());
        assertEquals(0, doc.path("answerCheck").path("excluded").size());
    }

    @Test
    void aTargetWhoseDataDiffersIsNotMeasuredAndTheRunFails() throws IOException {
        Path out = dir.resolve("differ.json");
        Run run = bench(out, "other=" + url("/other"), "entente=" + url("/ours"), "same=" + url("/same"));
        assertEquals(1, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(out.toFile());
        assertEquals(List.of("entente 1", "same 1", "entente 2", "same 2"), rows(doc));
        JsonNode check = doc.path("answerCheck");
        assertEquals("entente", check.path("reference").asText());
        assertEquals(1, check.path("excluded").size());
        JsonNode excluded = check.path("excluded").get(0);
        assertEquals("other", excluded.path("target").asText());
        assertEquals("actor-profile", excluded.path("operation").asText());
        assertTrue(
                excluded.path("reason").asText().contains("actor.name: expected \"Iran\", not \"Iraq\""),
                excluded.toString());
    }
}
