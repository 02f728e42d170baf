package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.breakerState;
import static org.entente.cli.e2e.RunningStack.graphql;
import static org.entente.cli.e2e.RunningStack.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults under load (docs/SECURITY.md, "How we test it"): each subgraph and PostgreSQL in turn is
 * killed (SIGKILL; the supervisor restarts it) and hung (SIGSTOP, later SIGCONT) while readers and
 * a writer keep going through the gateway. While a subgraph is out, answers carry the other
 * subgraph's data with only the missing subgraph's fields null and a SUBGRAPH_UNAVAILABLE error;
 * its circuit breaker opens within {@link #BREAKER_OPENS_WITHIN} and closes after recovery. At the
 * end every write the gateway acknowledged is there, and the same gateway process answers in full.
 */
@ExtendWith(RunningStack.class)
class FaultIT {
    /**
     * A killed subgraph refuses connections and opens its breaker at once; a hung one costs each
     * request the gateway's subgraph timeout (10 s) before it counts as one of the 5 failures in a
     * row that open it. With five requests at a time that is one timeout; the rest is margin for a
     * loaded machine.
     */
    static final Duration BREAKER_OPENS_WITHIN = Duration.ofSeconds(30);

    /** A bound on coming back at all (a restarted service boots in far less), not a speed target. */
    private static final Duration BACK_WITHIN = Duration.ofMinutes(2);

    private static final int READERS = 4;
    private static final List<String> CLIENT_ERRORS = List.of(
            "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN");
    private static final int OPEN = 2;
    private static final int CLOSED = 0;

    @Test
    void eachFaultCostsOnlyItsOwnPartAndNoAcknowledgedWriteIsLost() throws Exception {
        long gatewayPid = stack().service("gateway").pid();
        List<String> report = new ArrayList<>();
        FaultLoad load = new FaultLoad(READERS, RunningStack.token());
        try {
            for (String subgraph : List.of("events", "actors")) {
                report.add(subgraphFault(subgraph, "KILL"));
                report.add(subgraphFault(subgraph, "STOP"));
            }
            report.add(postgresFault("KILL"));
            report.add(postgresFault("STOP"));
        } finally {
            load.close();
        }
        report.forEach(line -> System.out.println("[fault] " + line));
        System.out.println("[fault] load: " + load.reads() + " reads, " + load.writesSent() + " writes sent, "
                + load.acknowledged().size() + " acknowledged; error codes " + load.codes());
        load.internalErrors().forEach(error -> System.out.println("[fault] INTERNAL: " + error));
        if (!load.internalErrors().isEmpty()) {
            RunningStack.serviceErrors(25).forEach(error -> System.out.println("[fault] service log: " + error));
        }

        assertEquals(List.of(), load.errorsWithoutCode(), "errors without extensions.code");
        // The load's queries and writes are valid: a client error means a reader never reached the
        // subgraphs (an invalid query once kept actors-service's breaker from opening under a hung
        // PostgreSQL, since only the writer's requests still failed there).
        for (String clientError : CLIENT_ERRORS) {
            assertFalse(load.codes().containsKey(clientError), () -> "the load got " + load.codes());
        }
        assertFalse(load.acknowledged().isEmpty(), "the writer got no write acknowledged");
        int found = 0;
        for (FaultLoad.Acknowledged write : load.acknowledged()) {
            found += isStored(write) ? 1 : 0;
        }
        System.out.println("[fault] acknowledged writes found afterwards: " + found + " of "
                + load.acknowledged().size());
        assertEquals(load.acknowledged().size(), found, "acknowledged writes lost");
        assertEquals(gatewayPid, stack().service("gateway").pid(), "the gateway was never restarted");
        assertFull();
    }

    /** Kills or hangs one subgraph, checks the partial answers and the breaker, and waits for recovery. */
    private String subgraphFault(String subgraph, String signal) throws Exception {
        long pid = stack().service(subgraph + "-service").pid();
        long start = System.nanoTime();
        long opened;
        Signals.send(signal, pid);
        try {
            awaitBreaker(subgraph, OPEN, BREAKER_OPENS_WITHIN);
            opened = millisSince(start);
            assertPartial(subgraph);
        } finally {
            if (signal.equals("STOP")) {
                Signals.send("CONT", pid);
            }
        }
        awaitBreaker(subgraph, CLOSED, BACK_WITHIN);
        awaitFull();
        return subgraph + " SIG" + signal + ": breaker open after " + opened + " ms, closed again after "
                + millisSince(start) + " ms";
    }

    /** Kills or hangs PostgreSQL (every process of it), then waits until both subgraphs answer in full again. */
    private String postgresFault(String signal) throws Exception {
        long pid = stack().postgres().pid();
        List<Long> processes = Signals.withDescendants(pid);
        long start = System.nanoTime();
        if (signal.equals("KILL")) {
            Signals.send("KILL", pid);
        } else {
            try {
                for (long process : processes) {
                    Signals.send("STOP", process);
                }
                awaitBreaker("actors", OPEN, BREAKER_OPENS_WITHIN);
            } finally {
                for (long process : processes) {
                    Signals.send("CONT", process);
                }
            }
        }
        awaitFull();
        return "PostgreSQL SIG" + signal + ": full answers again after " + millisSince(start) + " ms";
    }

    private static void awaitBreaker(String subgraph, int state, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (breakerState(subgraph) != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        subgraph + "'s breaker not " + (state == OPEN ? "open" : "closed") + " within " + within);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitFull() throws Exception {
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        AssertionError last;
        do {
            try {
                assertFull();
                return;
            } catch (AssertionError notYet) {
                last = notYet;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no full answers within " + BACK_WITHIN, last);
    }

    /** Both queries answered in full by both subgraphs, without errors. */
    private static void assertFull() throws Exception {
        JsonNode actor = graphql(FaultLoad.ACTOR_FIRST, Map.of(), null);
        assertFalse(actor.has("errors"), actor::toString);
        assertEquals("Iran", actor.path("data").path("actor").path("name").asText(), actor::toString);
        assertTrue(
                actor.path("data")
                                .path("actor")
                                .path("statementsAbout")
                                .path("totalCount")
                                .asInt()
                        > 0,
                actor::toString);
        JsonNode events = graphql(FaultLoad.EVENTS_FIRST, Map.of(), null);
        assertFalse(events.has("errors"), events::toString);
        JsonNode edges = events.path("data").path("events").path("edges");
        assertTrue(edges.size() > 0, events::toString);
        assertTrue(all(edges, p -> p.path("actor").path("name").isTextual()), events::toString);
    }

    /**
     * The query led by the subgraph still up: its part present, the missing subgraph's fields null,
     * and an error naming the missing subgraph.
     */
    private static void assertPartial(String missing) throws Exception {
        JsonNode response;
        if (missing.equals("events")) {
            response = graphql(FaultLoad.ACTOR_FIRST, Map.of(), null);
            JsonNode actor = response.path("data").path("actor");
            assertEquals("Iran", actor.path("name").asText(), response::toString);
            assertTrue(actor.path("statementsAbout").isNull(), response::toString);
        } else {
            response = graphql(FaultLoad.EVENTS_FIRST, Map.of(), null);
            JsonNode edges = response.path("data").path("events").path("edges");
            assertTrue(
                    edges.size() > 0 && edges.get(0).path("node").path("title").isTextual(), response::toString);
            assertTrue(
                    all(edges, p -> p.path("actor").isNull()),
                    () -> "participants' actors should be null: " + response);
        }
        boolean named = false;
        for (JsonNode error : response.path("errors")) {
            named |= error.path("extensions").path("code").asText().equals("SUBGRAPH_UNAVAILABLE")
                    && error.path("extensions").path("serviceName").asText().equals(missing);
        }
        assertTrue(named, () -> "no SUBGRAPH_UNAVAILABLE error for " + missing + ": " + response);
    }

    private static boolean all(JsonNode edges, Predicate<JsonNode> participant) {
        for (JsonNode edge : edges) {
            for (JsonNode p : edge.path("node").path("participants")) {
                if (!participant.test(p)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isStored(FaultLoad.Acknowledged write) throws Exception {
        JsonNode data = RunningStack.query(
                write.kind().equals("actor")
                        ? "query($id: ID!) { found: actor(id: $id) { identity: handle } }"
                        : "query($id: ID!) { found: source(id: $id) { identity: url } }",
                Map.of("id", write.id()));
        return write.identity().equals(data.path("found").path("identity").asText());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
