package org.entente.cli.bench;

/** The result of one operation at one concurrency on one target. */
public record Measurement(String target, String operation, int concurrency, double seconds, int requests, int errors,
                          double throughput, double p50, double p95, double p99, String firstError) {
}
