package org.entente.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.json.*;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for actors-service over real HTTP: it answers the {@code _entities} query
 * for Actor representations from a set of known ids, at {@code POST /graphql} only. A second, admin server lets tests teach
 * it ids ({@code POST /known}), switch its mode ({@code POST /mode}: UP, UNAVAILABLE = HTTP 503,
 * SLOW = answers after the client's timeout, REFUSE = stopped, connections refused, ERRORS =
 * a GraphQL answer with errors and no data, as when actors-service cannot read its database) and read
 * how many {@code _entities} requests it received ({@code GET /requests}). Like actors-service it
 * answers a merged actor's representation with the actor it was merged into ({@code POST /merged}:
 * {@code merged=kept}), and serves the merge outbox {@code actorMergeSteps} from the steps a test
 * published ({@code POST /merge-steps}: one step as JSON).
 * Tests reach the admin server at {@code fake-actors.admin-url}.
 */
public class FakeActorsServiceResource implements QuarkusTestResourceLifecycleManager {
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Map<String, String> mergedInto = new ConcurrentHashMap<>();
    private final List<JsonObject> steps = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String mode = "UP";
    private HttpServer api;
    private HttpServer admin;
    private int apiPort;

    @Override
    public Map<String, String> start() {
        startApi(0);
        try {
            admin = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        admin.createContext("/known", ex -> {
            for (String id : body(ex).split(",")) {
                if (!id.isBlank()) {
                    known.add(id.strip());
                }
            }
            reply(ex, 204, "");
        });
        admin.createContext("/mode", ex -> {
            setMode(body(ex).strip());
            reply(ex, 204, "");
        });
        admin.createContext("/merged", ex -> {
            String[] pair = body(ex).strip().split("=");
            mergedInto.put(pair[0], pair[1]);
            reply(ex, 204, "");
        });
        admin.createContext("/merge-steps", ex -> {
            try (JsonReader reader = Json.createReader(new StringReader(body(ex)))) {
                steps.add(reader.readObject());
            }
            reply(ex, 204, "");
        });
        admin.createContext("/requests", ex -> reply(ex, 200, Integer.toString(requests.get())));
        admin.start();
        return Map.of(
                "entente.actors-url",
                "http://localhost:" + apiPort + "/graphql",
                "fake-actors.admin-url",
                "http://localhost:" + admin.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (api != null) {
            api.stop(0);
        }
        if (admin != null) {
            admin.stop(0);
        }
    }

    private synchronized void setMode(String newMode) {
        if (newMode.equals("REFUSE") && api != null) {
            api.stop(0);
            api = null;
        } else if (!newMode.equals("REFUSE") && api == null) {
            startApi(apiPort);
        }
        mode = newMode;
    }

    private void startApi(int port) {
        try {
            api = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        api.createContext("/graphql", this::answerEntities);
        api.setExecutor(Executors.newCachedThreadPool());
        api.start();
        apiPort = api.getAddress().getPort();
    }

    private void answerEntities(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String request = body(ex);
        if (!ex.getRequestMethod().equals("POST")
                || !ex.getRequestURI().getPath().equals("/graphql")) {
            // actors-service serves GraphQL at exactly this path: a client that asks elsewhere is wrong
            reply(ex, 404, "not found");
            return;
        }
        if (mode.equals("UNAVAILABLE")) {
            reply(ex, 503, "unavailable");
            return;
        }
        if (mode.equals("ERRORS")) {
            reply(
                    ex,
                    200,
                    Json.createObjectBuilder()
                            .addNull("data")
                            .add(
                                    "errors",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("message", "Internal error")
                                                    .add(
                                                            "extensions",
                                                            Json.createObjectBuilder()
                                                                    .add("code", "INTERNAL"))))
                            .build()
                            .toString());
            return;
        }
        if (mode.equals("SLOW")) {
            try {
                Thread.sleep(6000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JsonObject graphql;
        try (JsonReader reader = Json.createReader(new StringReader(request))) {
            graphql = reader.readObject();
        }
        if (graphql.getString("query").contains("actorMergeSteps")) {
            answerSteps(ex, graphql.getJsonObject("variables"));
            return;
        }
        JsonArray representations = graphql.getJsonObject("variables").getJsonArray("representations");
        JsonArrayBuilder entities = Json.createArrayBuilder();
        for (JsonValue value : representations) {
            String id = value.asJsonObject().getString("id");
            if (known.contains(id)) {
                entities.add(Json.createObjectBuilder().add("id", mergedInto.getOrDefault(id, id)));
            } else {
                entities.addNull();
            }
        }
        reply(
                ex,
                200,
                Json.createObjectBuilder()
                        .add("data", Json.createObjectBuilder().add("_entities", entities))
                        .build()
                        .toString());
    }

    /** The published steps after {@code variables.after}, at most {@code variables.first}, in order. */
    private void answerSteps(HttpExchange ex, JsonObject variables) throws IOException {
        long after = variables.getJsonNumber("after").longValue();
        int first = variables.getInt("first");
        JsonArrayBuilder page = Json.createArrayBuilder();
        steps.stream()
                .filter(step -> step.getJsonNumber("seq").longValue() > after)
                .sorted(Comparator.comparingLong(
                        step -> step.getJsonNumber("seq").longValue()))
                .limit(first)
                .forEach(page::add);
        reply(
                ex,
                200,
                Json.createObjectBuilder()
                        .add("data", Json.createObjectBuilder().add("actorMergeSteps", page))
                        .build()
                        .toString());
    }

    private static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
