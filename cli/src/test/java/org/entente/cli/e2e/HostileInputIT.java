package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.stack;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.cli.up.ManagedService;
import org.entente.subgraph.testing.HostileRequests;
import org.entente.subgraph.testing.HostileRequests.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input is normal input (docs/SECURITY.md, "How we test it"): generated, seeded requests
 * to the gateway's and each subgraph's {@code /graphql} at once. Every answer is clean (no 5xx,
 * every error with a documented {@code extensions.code} other than INTERNAL, no class, host or
 * port named), nothing stored changed, and each service's heap after a full collection stays
 * within {@link #HEAP_BOUND}.
 *
 * <p>{@code -Dentente.hostile.seed=N} replays a run (the seed is printed);
 * {@code -Dentente.hostile.requests=N} sends N per endpoint (default 10,000).
 */
@ExtendWith(RunningStack.class)
class HostileInputIT {
    /** Each service runs with -Xmx384m; a run may leave at most this much in use after a full GC. */
    static final long HEAP_BOUND = 128L * 1024 * 1024;

    private static final int THREADS_PER_ENDPOINT = 3;

    @Test
    void everyAnswerIsCleanNothingChangesAndTheHeapsStayBounded() throws Exception {
        long seed = Long.getLong("entente.hostile.seed", System.nanoTime());
        int count = Integer.getInteger("entente.hostile.requests", 10_000);
        System.out.println("[hostile] seed " + seed + " (-Dentente.hostile.seed=" + seed + " replays it)");

        List<String> refusedTokens = RefusedTokens.ofRunningStack();
        HostileSamples samples = new HostileSamples(RunningStack.token(), refusedTokens);
        Map<ManagedService, List<Operation>> endpoints = new LinkedHashMap<>();
        endpoints.put(stack().service("gateway"), samples.gateway());
        endpoints.put(stack().service("actors-service"), samples.actors());
        endpoints.put(stack().service("events-service"), samples.events());

        DataSnapshot before = DataSnapshot.take();
        List<Barrage.Tally> tallies = new ArrayList<>();
        ExecutorService runs = Executors.newFixedThreadPool(endpoints.size());
        try {
            List<Future<Barrage.Tally>> running = new ArrayList<>();
            long endpointSeed = seed;
            for (Map.Entry<ManagedService, List<Operation>> endpoint : endpoints.entrySet()) {
                HostileRequests requests = new HostileRequests(endpointSeed++, endpoint.getValue(), refusedTokens);
                URI uri = URI.create(endpoint.getKey().baseUrl() + "/graphql");
                running.add(runs.submit(() -> Barrage.send(uri, requests, count, THREADS_PER_ENDPOINT)));
            }
            for (Future<Barrage.Tally> run : running) {
                tallies.add(run.get());
            }
        } finally {
            runs.shutdownNow();
        }
        tallies.forEach(tally -> System.out.println("[hostile] " + tally));

        DataSnapshot after = DataSnapshot.take();
        System.out.println("[hostile] stored before and after: " + before.counts() + " / " + after.counts());
        Map<String, Long> heaps = new LinkedHashMap<>();
        for (ManagedService service : endpoints.keySet()) {
            heaps.put(service.name(), HeapAfterGc.bytes(service));
        }
        System.out.println("[hostile] heap in use after a full GC (MB): " + megabytes(heaps));

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Barrage.Tally tally : tallies) {
            checks.add(() -> assertEquals(
                    0, tally.wrongAnswers(), () -> tally + "; for example:\n" + String.join("\n", tally.examples())));
        }
        checks.add(() -> assertEquals(before, after, "a refused write changed what is stored"));
        heaps.forEach((name, bytes) -> checks.add(() -> assertTrue(
                bytes <= HEAP_BOUND, name + " uses " + bytes / (1024 * 1024) + " MB of heap after a full GC")));
        assertAll(checks);
    }

    private static Map<String, Long> megabytes(Map<String, Long> bytes) {
        Map<String, Long> mb = new LinkedHashMap<>();
        bytes.forEach((name, value) -> mb.put(name, value / (1024 * 1024)));
        return mb;
    }
}
