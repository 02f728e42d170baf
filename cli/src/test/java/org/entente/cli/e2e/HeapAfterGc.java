package org.entente.cli.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.entente.cli.bench.PrometheusText;
import org.entente.cli.up.ManagedService;

/**
 * The heap a service still uses after a full garbage collection: what a run left behind (caches,
 * leaks), not the garbage it has not yet collected. {@code jcmd GC.run} collects; the service's
 * own {@code jvm_memory_used_bytes{area="heap"}} tells what remains.
 */
final class HeapAfterGc {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HeapAfterGc() {}

    static long bytes(ManagedService service) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder("jcmd", Long.toString(service.pid()), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed for " + service.name());
        }
        String metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create(service.metricsUrl()))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        double used =
                new PrometheusText(metrics).sum("jvm_memory_used_bytes", labels -> "heap".equals(labels.get("area")));
        if (Double.isNaN(used)) {
            throw new IllegalStateException(service.name() + " publishes no jvm_memory_used_bytes");
        }
        return (long) used;
    }
}
