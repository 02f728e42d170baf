package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The summed cache counters of the {@link CachingSubgraphProxy} instances in front of the subgraphs. */
public final class ProxyCounters {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final List<URI> statsUrls;

    public ProxyCounters(HttpClient http, List<URI> statsUrls) {
        this.http = http;
        this.statsUrls = statsUrls;
    }

    /**
     * Hits (including requests that waited for an in-flight fetch of the same key), misses, and the
     * CPU time of the proxies' processes (each counted once; -1 when a proxy does not say).
     */
    public record Traffic(long hits, long misses, long cpuNanos) {
        Traffic minus(Traffic earlier) {
            long cpu = cpuNanos < 0 || earlier.cpuNanos < 0 ? -1 : cpuNanos - earlier.cpuNanos;
            return new Traffic(hits - earlier.hits, misses - earlier.misses, cpu);
        }

        /** The proxies' CPU per request of a window of {@code requests}, or null when unknown. */
        Double cpuMicrosPerRequest(int requests) {
            return cpuNanos < 0 || requests <= 0 ? null : cpuNanos / 1000.0 / requests;
        }
    }

    public Traffic read() throws IOException, InterruptedException {
        long hits = 0;
        long misses = 0;
        long cpuNanos = 0;
        Set<Long> processes = new HashSet<>();
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
            long cpu = stats.path("processCpuNanos").asLong(-1);
            if (cpu < 0 || cpuNanos < 0) {
                cpuNanos = -1;
            } else if (processes.add(stats.path("pid").asLong())) {
                cpuNanos += cpu; // proxies of one process report the same process's time
            }
        }
        return new Traffic(hits, misses, cpuNanos);
    }
}
