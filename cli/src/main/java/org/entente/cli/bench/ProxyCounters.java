package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The summed cache counters of the {@link CachingSubgraphProxy} instances in front of the subgraphs. */
public final class ProxyCounters {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final List<URI> statsUrls;

    public ProxyCounters(HttpClient http, List<URI> statsUrls) {
        this.http = http;
        this.statsUrls = statsUrls;
    }

    /** Hits (including requests that waited for an in-flight fetch of the same key) and misses. */
    public record Traffic(long hits, long misses) {
        Traffic minus(Traffic earlier) {
            return new Traffic(hits - earlier.hits, misses - earlier.misses);
        }
    }

    public Traffic read() throws IOException, InterruptedException {
        long hits = 0;
        long misses = 0;
        for (URI url : statsUrls) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("proxy stats " + url + ": HTTP " + response.statusCode());
            }
            JsonNode stats = JSON.readTree(response.body());
            hits += stats.path("hits").asLong() + stats.path("waited").asLong();
            misses += stats.path("misses").asLong();
        }
        return new Traffic(hits, misses);
    }
}
