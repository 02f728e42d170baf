package org.entente.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load {@link FaultIT} keeps up while it breaks things: readers sending, in turn, two queries
 * that each need both subgraphs, and one writer alternating writes to each subgraph through the gateway with
 * the editor token. It remembers every write the gateway acknowledged (data and no error), the
 * error codes of every answer, and every error without a code.
 */
final class FaultLoad implements AutoCloseable {
    /** An actor from actors-service with its statements from events-service. */
    static final String ACTOR_FIRST = "{ actor(handle: \"iran\") { name statementsAbout(first: 1) { totalCount } } }";

    /**
     * The same actor found by a search, for the readers: the gateway may answer the lookup of
     * {@link #ACTOR_FIRST} from its entity cache while PostgreSQL hangs (rightly: nothing can be
     * written then, and the change stream is still heard), and the fault must reach actors-service
     * for its breaker to open. A search is never cached.
     */
    static final String ACTORS_SEARCH_FIRST =
            "{ actors(search: \"Iran\", first: 1) { edges { node { name statementsAbout(first: 1) { totalCount } } } } }";

    /**
     * Events from events-service with their participants from actors-service. A query of its own:
     * {@code events} is a non-null root field, so with events-service out it would null every other
     * root field of the same query.
     */
    static final String EVENTS_FIRST =
            "{ events(first: 3) { edges { node { title participants { actor { name } } } } } }";

    /** Leaves the machine's two cores some room to restart what was killed. */
    private static final long PAUSE_MS = 20;

    /** A write the gateway acknowledged: an actor or a source, its id, and what identifies it. */
    record Acknowledged(String kind, String id, String identity) {}

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Future<?>> workers = new ArrayList<>();
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> codes = new ConcurrentHashMap<>();
    private final List<String> withoutCode = new CopyOnWriteArrayList<>();
    /** The first few INTERNAL errors, for the report: not the client's doing, but each wants explaining. */
    private final List<String> internal = new CopyOnWriteArrayList<>();

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    FaultLoad(int readers, String editorToken) {
        threads = Executors.newFixedThreadPool(readers + 1);
        for (int i = 0; i < readers; i++) {
            workers.add(threads.submit(() -> loop(() -> {
                String query = reads.incrementAndGet() % 2 == 0 ? ACTORS_SEARCH_FIRST : EVENTS_FIRST;
                answer(RunningStack.graphql(query, Map.of(), null));
            })));
        }
        workers.add(threads.submit(() -> loop(() -> write(editorToken))));
    }

    private void write(String token) throws Exception {
        int n = writes.incrementAndGet();
        if (n % 2 == 0) {
            String handle = "fault-" + run + "-" + n;
            JsonNode answer = answer(RunningStack.graphql(
                    "mutation($input: ActorInput!) { createActor(input: $input) { id handle } }",
                    Map.of("input", Map.of("handle", handle, "kind", "PERSON", "name", "Fault " + n)),
                    token));
            acknowledge(answer, "createActor", "actor", handle, "handle");
        } else {
            String url = "https://example.org/fault/" + run + "/" + n;
            JsonNode answer = answer(RunningStack.graphql(
                    "mutation($input: SourceInput!) { addSource(input: $input) { id url } }",
                    Map.of("input", Map.of("title", "Fault " + n, "url", url)),
                    token));
            acknowledge(answer, "addSource", "source", url, "url");
        }
    }

    private void acknowledge(JsonNode answer, String field, String kind, String identity, String identityField) {
        JsonNode written = answer.path("data").path(field);
        if (!answer.has("errors") && written.path(identityField).asText().equals(identity)) {
            acknowledged.add(new Acknowledged(kind, written.path("id").asText(), identity));
        }
    }

    private JsonNode answer(JsonNode response) {
        for (JsonNode error : response.path("errors")) {
            String code = error.path("extensions").path("code").asText(null);
            if (code == null) {
                withoutCode.add(error.toString());
            } else {
                codes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
            }
            if ("INTERNAL".equals(code) && internal.size() < 5) {
                internal.add(error.toString());
            }
        }
        return response;
    }

    private Void loop(Step step) throws Exception {
        while (running.get()) {
            step.run();
            Thread.sleep(PAUSE_MS);
        }
        return null;
    }

    private interface Step {
        void run() throws Exception;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int writesSent() {
        return writes.get();
    }

    int reads() {
        return reads.get();
    }

    Map<String, Integer> codes() {
        Map<String, Integer> counts = new TreeMap<>();
        codes.forEach((code, count) -> counts.put(code, count.get()));
        return counts;
    }

    List<String> internalErrors() {
        return List.copyOf(internal);
    }

    List<String> errorsWithoutCode() {
        return List.copyOf(withoutCode);
    }

    /** Stops the load and rethrows what failed in it (a request that got no answer at all, say). */
    @Override
    public void close() throws Exception {
        running.set(false);
        try {
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
