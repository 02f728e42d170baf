package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every engine gets the same requests, so their variables must suit the strictest: an {@code ID}
 * variable is sent as a JSON string (Grafbase refuses an integer for {@code ID!}).
 */
class OperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID_VARIABLE = Pattern.compile("\\$(\\w+)\\s*:\\s*ID!");

    private final List<Operation> operations = Operations.all(new Sampler(1, 300, 2_000));
    private final Queue<String> subgraphRequests = new ConcurrentLinkedQueue<>();
    private HttpServer subgraph;

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
        subgraph = HttpServer.create(new InetSocketAddress("localhost", 0), 16);
        subgraph.createContext("/graphql", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                subgraphRequests.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        subgraph.start();
    }

    @AfterEach
    void stop() {
        subgraph.stop(0);
    }

    /** The number of ID variables in the request, after checking that each is a string of digits. */
    private static int assertIdsAreStrings(String body) throws IOException {
        JsonNode request = JSON.readTree(body);
        Matcher declared = ID_VARIABLE.matcher(request.path("query").asText());
        int ids = 0;
        while (declared.find()) {
            JsonNode value = request.path("variables").path(declared.group(1));
            assertTrue(value.isTextual() && value.asText().matches("[1-9][0-9]*"), body);
            ids++;
        }
        return ids;
    }

    @Test
    void gatewayRequestsSendIdsAsStrings() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int ids = 0;
        for (Operation op : operations) {
            for (int i = 0; i < 20; i++) {
                ids += assertIdsAreStrings(op.viaGateway(random).body());
            }
        }
        // actor-profile, event-page, statements-page, network: one each; connections: two; search: none
        assertEquals(20 * 6, ids);
    }

    @Test
    void directSubgraphCallsSendIdsAsStrings() throws Exception {
        URI url = URI.create("http://localhost:" + subgraph.getAddress().getPort() + "/graphql");
        Subgraphs subgraphs = new Subgraphs(Subgraphs.client(), url, url);
        SplittableRandom random = new SplittableRandom(7);
        for (Operation op : operations) {
            if (op.direct() != null) {
                op.direct().run(random, subgraphs);
            }
        }
        assertFalse(subgraphRequests.isEmpty());
        int ids = 0;
        for (String body : subgraphRequests) {
            ids += assertIdsAreStrings(body);
        }
        // actor-profile: the actor and its statements; event-page and statements-page: one each
        assertEquals(4, ids);
    }
}
