package org.entente.cli.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.subgraph.testing.CleanResponses;
import org.entente.subgraph.testing.HostileRequests;
import org.entente.subgraph.testing.RawHttp;

/**
 * Sends a number of hostile requests to one endpoint from several threads at once and tallies
 * the answers: how many, how fast, the error codes and statuses seen, and every answer that
 * {@link CleanResponses} finds wrong. Requests are made as they are sent, not beforehand: some
 * are megabytes long.
 */
final class Barrage {

    /** The tally of one endpoint's run. */
    record Tally(
            String endpoint,
            int requests,
            long millis,
            Map<String, Integer> codes,
            Map<Integer, Integer> statuses,
            int wrongAnswers,
            List<String> examples) {

        double perSecond() {
            return requests * 1000.0 / Math.max(1, millis);
        }

        @Override
        public String toString() {
            return String.format(
                    "%s: %d requests in %.1f s (%.0f/s); statuses %s; error codes %s; %d wrong answers",
                    endpoint, requests, millis / 1000.0, perSecond(), statuses, codes, wrongAnswers);
        }
    }

    /** At most this many wrong answers are kept as examples; all are counted. */
    private static final int EXAMPLES = 20;

    private Barrage() {}

    static Tally send(URI endpoint, HostileRequests requests, int count, int threads) throws Exception {
        Map<String, Integer> codes = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        AtomicInteger wrongAnswers = new AtomicInteger();
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        HostileRequests.Request request;
                        synchronized (requests) {
                            request = requests.next();
                        }
                        RawHttp.Response response = RawHttp.send(endpoint, request);
                        List<String> wrong = CleanResponses.problems(response);
                        synchronized (codes) {
                            statuses.merge(response.status(), 1, Integer::sum);
                            CleanResponses.codes(response)
                                    .forEach(code -> codes.merge(Objects.toString(code), 1, Integer::sum));
                            if (!wrong.isEmpty() && wrongAnswers.incrementAndGet() <= EXAMPLES) {
                                examples.add(wrong + " <- " + request + " -> " + abbreviated(response.body()));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Tally(endpoint.toString(), count, millis, codes, statuses, wrongAnswers.get(), examples);
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
