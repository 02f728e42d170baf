package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client learns when a subgraph fails: its name and a category, never the host, port or
 * exception ("ConnectException: Connection refused: localhost/127.0.0.1:9182" used to reach it).
 */
class SubgraphFailuresTest {

    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(request -> {
                    switch (request.path()) {
                        case "/silent" -> {} // never answers
                        case "/bad-gateway" ->
                            request.response().setStatusCode(502).end("<html>Bad Gateway</html>");
                        case "/not-json" -> request.response().end("hello");
                        case "/not-graphql" -> request.response().end("{\"status\":\"ok\"}");
                        default -> request.response().setStatusCode(404).end();
                    }
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.actualPort();
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    /** The error a client gets when subgraph "s" at {@code url} is asked. */
    private ResponseError clientError(String url) throws Exception {
        HttpSubgraphTransport transport =
                new HttpSubgraphTransport(vertx, Map.of("s", url), Duration.ofMillis(500), SubgraphMetrics.NONE);
        ExecutionException failure = assertThrows(
                ExecutionException.class,
                () -> transport
                        .send(new SubgraphRequest(
                                "s", "{ ok }", Map.of(), null, Deadline.after(Duration.ofSeconds(10))))
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(5, TimeUnit.SECONDS));
        assertInstanceOf(SubgraphUnavailableException.class, failure.getCause());
        ResponseError error = SubgraphErrors.unavailable("s", failure.getCause());
        assertEquals(Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "s"), error.extensions());
        for (String internal : new String[] {"127.0.0.1", "localhost", ":" + server.actualPort(), "Exception"}) {
            assertFalse(error.message().contains(internal), error.message());
        }
        return error;
    }

    @Test
    void aRefusedConnectionIsNamedWithoutItsAddress() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ResponseError error = clientError("http://127.0.0.1:" + closedPort + "/graphql");
        assertEquals("Subgraph s is unavailable: cannot connect", error.message());
        assertFalse(error.message().contains(String.valueOf(closedPort)));
    }

    @Test
    void eachFailureHasItsCategory() throws Exception {
        assertEquals(
                "Subgraph s is unavailable: timed out",
                clientError(base + "/silent").message());
        assertEquals(
                "Subgraph s is unavailable: HTTP status 502",
                clientError(base + "/bad-gateway").message());
        assertEquals(
                "Subgraph s is unavailable: unreadable answer",
                clientError(base + "/not-json").message());
        assertEquals(
                "Subgraph s is unavailable: unreadable answer",
                clientError(base + "/not-graphql").message());
    }
}
