package org.entente.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Reads what a server process has used so far: CPU time (and its JIT compiler threads' part) and
 * resident memory from {@code /proc} (when its pid is known) and, for a JVM with Micrometer's JVM binders, bytes allocated and heap
 * in use from its Prometheus endpoint (when its URL is known).
 */
public final class ProcessProbe {
    private final HttpClient http;
    private final Long pid;
    private final URI metrics;

    public ProcessProbe(HttpClient http, Long pid, URI metrics) {
        this.http = http;
        this.pid = pid;
        this.metrics = metrics;
    }

    /** One reading. Unknown values are -1 (CPU, compiler CPU, RSS) or NaN (allocation, heap). */
    public record Sample(
            long nanoTime,
            long cpuTicks,
            long compilerTicks,
            long residentKilobytes,
            double allocatedBytes,
            double heapUsedBytes) {}

    public Sample sample() throws IOException, InterruptedException {
        long cpu = pid == null ? -1 : ProcFs.cpuTicks(pid);
        long compiler = pid == null ? -1 : ProcFs.compilerTicks(pid);
        long rss = pid == null ? -1 : ProcFs.residentKilobytes(pid);
        double allocated = Double.NaN;
        double heap = Double.NaN;
        if (metrics != null) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(metrics)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("metrics " + metrics + ": HTTP " + response.statusCode());
            }
            PrometheusText text = new PrometheusText(response.body());
            allocated = allocatedBytes(text);
            heap = text.sum("jvm_memory_used_bytes", labels -> "heap".equals(labels.get("area")));
        }
        return new Sample(System.nanoTime(), cpu, compiler, rss, allocated, heap);
    }

    /**
     * Bytes allocated since the JVM started. Micrometer's counter only grows at each garbage
     * collection (by what the eden held), so what was allocated since the last collection is still
     * in the eden: adding its current use makes the reading exact up to unfilled TLABs instead of
     * up to a whole eden.
     */
    static double allocatedBytes(PrometheusText text) {
        double collected = text.sum("jvm_gc_memory_allocated_bytes_total");
        double eden = text.sum("jvm_memory_used_bytes", ProcessProbe::isEden);
        return Double.isNaN(eden) ? collected : collected + eden;
    }

    private static boolean isEden(Map<String, String> labels) {
        return "heap".equals(labels.get("area"))
                && labels.getOrDefault("id", "").endsWith("Eden Space");
    }

    /**
     * What one measured window cost the process, per request; null where it was not measured.
     * {@code compilerPercent}: the part of its CPU its JIT compiler threads used — well above a few
     * percent, the window measured a JVM still warming up.
     */
    public record Cost(
            Double cpuMicrosPerRequest,
            Double cpuCores,
            Double compilerPercent,
            Double allocatedKilobytesPerRequest,
            Double heapUsedMegabytes,
            Double residentMegabytes) {

        static Cost between(Sample before, Sample after, long requests, long clockTicksPerSecond) {
            double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
            Double cpuMicros = null;
            Double cores = null;
            Double compiler = null;
            if (before.cpuTicks() >= 0) {
                long ticks = after.cpuTicks() - before.cpuTicks();
                double cpuSeconds = ticks / (double) clockTicksPerSecond;
                cores = seconds > 0 ? cpuSeconds / seconds : null;
                cpuMicros = requests > 0 ? cpuSeconds * 1e6 / requests : null;
                if (before.compilerTicks() >= 0 && ticks > 0) {
                    compiler = 100.0 * (after.compilerTicks() - before.compilerTicks()) / ticks;
                }
            }
            double allocated = after.allocatedBytes() - before.allocatedBytes();
            Double allocatedKb = requests > 0 && !Double.isNaN(allocated) ? allocated / 1024 / requests : null;
            Double heap = Double.isNaN(after.heapUsedBytes()) ? null : after.heapUsedBytes() / (1024 * 1024);
            Double rss = after.residentKilobytes() < 0 ? null : after.residentKilobytes() / 1024.0;
            return new Cost(cpuMicros, cores, compiler, allocatedKb, heap, rss);
        }
    }
}
