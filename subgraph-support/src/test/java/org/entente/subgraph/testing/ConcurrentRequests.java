package org.entente.subgraph.testing;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Sends requests to the service under test from many threads at once, as concurrent clients
 * would: each thread waits until all are ready, then sends its request over HTTP.
 */
public final class ConcurrentRequests {
    private ConcurrentRequests() {}

    /** The answers to {@code count} requests sent at once, in order; {@code request} makes the i-th. */
    public static List<JsonPath> send(int count, IntFunction<JsonPath> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The {@code extensions.code} of the answer's first error, or null for an answer without errors. */
    public static String code(JsonPath answer) {
        return answer.get("errors") == null ? null : answer.getString("errors[0].extensions.code");
    }
}
