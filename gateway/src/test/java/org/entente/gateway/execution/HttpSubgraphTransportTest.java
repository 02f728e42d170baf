package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.SubgraphRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subgraph that closes a kept-alive connection when it is reused, without answering — what an
 * idle timeout racing with the gateway's pool looks like. Reads are sent again; mutations are not.
 */
class HttpSubgraphTransportTest {

    private static final String ANSWER = "{\"data\":{\"ok\":true}}";

    private final Vertx vertx = Vertx.vertx();
    private ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    /** Reset the reused connection (RST) instead of closing it. */
    private volatile boolean reset;

    /** Answers the first request of every connection with keep-alive, and closes the connection on its second. */
    private String start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread connection = new Thread(() -> serve(socket));
                    connection.setDaemon(true);
                    connection.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return "http://127.0.0.1:" + server.getLocalPort() + "/graphql";
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            for (int onThisConnection = 1; ; onThisConnection++) {
                int length = 0;
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                while (!(line = in.readLine()).isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.skip(length);
                requests.incrementAndGet();
                if (onThisConnection == 2) {
                    if (reset) {
                        socket.setSoLinger(true, 0);
                    }
                    return; // closed without an answer
                }
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + ANSWER.length()
                                + "\r\n\r\n" + ANSWER)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        vertx.close();
    }

    /** The first exchange, then a pause so that its connection is back in the pool for the next request. */
    private void first(HttpSubgraphTransport transport) throws Exception {
        assertEquals(Map.of("data", Map.of("ok", true)), send(transport, "{ ok }"));
        Thread.sleep(200);
    }

    private Map<String, Object> send(HttpSubgraphTransport transport, String query) throws Exception {
        return transport
                .send(new SubgraphRequest("s", query, Map.of(), null, Deadline.after(Duration.ofSeconds(10))))
                .toCompletionStage()
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void aReadOnAConnectionClosedWhenReusedIsSentAgainOnANewOne() throws Exception {
        HttpSubgraphTransport transport =
                new HttpSubgraphTransport(vertx, Map.of("s", start()), Duration.ofSeconds(2), SubgraphMetrics.NONE);
        first(transport);
        assertEquals(Map.of("data", Map.of("ok", true)), send(transport, "query { ok }"));
        assertEquals(3, requests.get(), "the second read went out twice: on the closed connection, then on a new one");
    }

    @Test
    void aReadOnAResetConnectionIsSentAgainToo() throws Exception {
        reset = true;
        HttpSubgraphTransport transport =
                new HttpSubgraphTransport(vertx, Map.of("s", start()), Duration.ofSeconds(2), SubgraphMetrics.NONE);
        first(transport);
        assertEquals(Map.of("data", Map.of("ok", true)), send(transport, "{ ok }"));
        assertEquals(3, requests.get());
    }

    @Test
    void aMutationIsNotSentAgain() throws Exception {
        HttpSubgraphTransport transport =
                new HttpSubgraphTransport(vertx, Map.of("s", start()), Duration.ofSeconds(2), SubgraphMetrics.NONE);
        first(transport);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> send(transport, "mutation { ok }"));
        assertInstanceOf(SubgraphUnavailableException.class, failure.getCause());
        assertEquals(2, requests.get(), "the subgraph may have applied it: not sent twice");
    }
}
