package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Posts GraphQL requests and fails on HTTP errors or GraphQL errors, so failures are counted, not timed as successes. */
public final class Subgraphs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    final URI actors;
    final URI events;

    public Subgraphs(HttpClient http, URI actors, URI events) {
        this.http = http;
        this.actors = actors;
        this.events = events;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    JsonNode post(URI url, GraphQlCall call) throws IOException, InterruptedException {
        return check(http.send(request(url, call), HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<JsonNode> postAsync(URI url, GraphQlCall call) {
        return http.sendAsync(request(url, call), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    try {
                        return check(response);
                    } catch (IOException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
    }

    private static HttpRequest request(URI url, GraphQlCall call) {
        return HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(call.body()))
                .build();
    }

    private static JsonNode check(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        JsonNode body = JSON.readTree(response.body());
        if (body.hasNonNull("errors")) {
            throw new IOException(
                    "GraphQL errors: " + abbreviate(body.get("errors").toString()));
        }
        return body.path("data");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
