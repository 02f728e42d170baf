package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.cli.up.ManagedService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local supervisor: a process killed with SIGKILL comes back by itself, and the gateway
 * answers again without being restarted; after PostgreSQL is killed and restarted, the services
 * reconnect without being restarted either.
 */
@ExtendWith(RunningStack.class)
class SupervisorIT {
    /** A bound on coming back at all (a restarted service boots in far less), not a speed target. */
    private static final Duration BACK_WITHIN = Duration.ofMinutes(3);

    /** Reads from both subgraphs and so from both databases. */
    private static final String BOTH_SUBGRAPHS =
            "{ actor(handle: \"iran\") { name statementsAbout(first: 1) { totalCount } } }";

    @Test
    void aKilledSubgraphIsRestartedAndAnswersThroughTheSameGateway() throws Exception {
        ManagedService actors = stack().service("actors-service");
        ManagedService gateway = stack().service("gateway");
        long gatewayPid = gateway.pid();
        long killed = actors.pid();

        kill(killed);
        JsonNode down = graphql(BOTH_SUBGRAPHS, Map.of(), null);
        assertEquals(
                "SUBGRAPH_UNAVAILABLE",
                down.path("errors").path(0).path("extensions").path("code").asText(),
                "killed, and not back within the supervisor's first back-off: " + down);

        JsonNode back = awaitAnswer(BOTH_SUBGRAPHS);
        assertEquals("Iran", back.path("actor").path("name").asText());
        assertNotEquals(killed, actors.pid(), "a new actors-service process");
        assertEquals(gatewayPid, gateway.pid(), "the gateway was never restarted");
        String upLog = Files.readString(stack().log().file());
        assertTrue(upLog.contains("actors-service exited (code 137); restarting in 1 s (attempt 1)"), upLog);
        assertTrue(upLog.contains("actors-service is serving again (restart 1)"), upLog);
        assertFalse(upLog.contains("gateway exited"), upLog);
    }

    @Test
    void afterPostgresqlIsKilledTheServicesReconnectWithoutRestarting() throws Exception {
        long actorsPid = stack().service("actors-service").pid();
        long eventsPid = stack().service("events-service").pid();
        long gatewayPid = stack().service("gateway").pid();
        long killed = stack().postgres().pid();

        kill(killed);
        JsonNode back = awaitAnswer(BOTH_SUBGRAPHS);
        assertEquals("Iran", back.path("actor").path("name").asText());
        assertTrue(back.path("actor").path("statementsAbout").path("totalCount").asInt() > 0, back.toString());

        assertNotEquals(killed, stack().postgres().pid(), "a new PostgreSQL server");
        assertEquals(actorsPid, stack().service("actors-service").pid());
        assertEquals(eventsPid, stack().service("events-service").pid());
        assertEquals(gatewayPid, stack().service("gateway").pid());
        // The services may reconnect and answer before the supervisor's own readiness check of the
        // new server has logged it: wait for the line rather than race it.
        String upLog = awaitLog("PostgreSQL is serving again");
        assertTrue(upLog.contains("PostgreSQL exited (pid " + killed), upLog);
    }

    /** The supervisor's log once it holds {@code line} (failing after {@link #BACK_WITHIN}). */
    private static String awaitLog(String line) throws Exception {
        Instant deadline = Instant.now().plus(BACK_WITHIN);
        String upLog = Files.readString(stack().log().file());
        while (!upLog.contains(line) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            upLog = Files.readString(stack().log().file());
        }
        assertTrue(upLog.contains(line), upLog);
        return upLog;
    }

    /** SIGKILL: the process gets no chance to shut down. */
    private static void kill(long pid) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertTrue(process.destroyForcibly());
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    /** The data of the first answer without errors, asking again every half second. */
    private static JsonNode awaitAnswer(String query) throws Exception {
        Instant deadline = Instant.now().plus(BACK_WITHIN);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = graphql(query, Map.of(), null);
            if (!last.has("errors")) {
                return last.path("data");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no answer without errors within " + BACK_WITHIN + "; last: " + last);
    }
}
