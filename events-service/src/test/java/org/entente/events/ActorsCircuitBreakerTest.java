package org.entente.events;

import static org.entente.events.Fixtures.source;
import static org.entente.events.Fixtures.uniqueWord;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.events.client.ActorsClient;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When actors-service keeps failing, the circuit breaker of the actors client opens: writes that
 * refer to actors then fail at once, without asking it, and once its delay has passed one
 * attempt goes through and, answered, closes the breaker again.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ActorsCircuitBreakerTest {
    /** More failed writes than the breaker needs to open, whatever the retries: a bound for the loop. */
    private static final int MAX_FAILED_WRITES = 20;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void actorsServiceUpAndBreakerClosed() {
        FakeActors.mode("UP");
        breakers.reset(ActorsClient.BREAKER);
    }

    @Test
    void opensAfterRepeatedFailuresFailsFastAndClosesAgain() {
        long actor = FakeActors.knownActor();
        long source = source();
        String word = uniqueWord();
        String mutation = "mutation { recordEvent(input: {type: MEETING, title: \"" + word + "\", date: \"2024\", "
                + "participants: [{actorId: " + actor + ", role: HOST}], sourceIds: [" + source + "]}) { id } }";

        int retries = setting("entente.actors-retries");
        int breakerRequests = setting("entente.actors-breaker-requests");
        FakeActors.mode("UNAVAILABLE");
        int before = FakeActors.requests();
        errorCode(write(mutation), "SUBGRAPH_UNAVAILABLE");
        assertEquals(1 + retries, FakeActors.requests() - before, "a failed write asks once and retries");
        int failedWrites = 1;
        while (breakers.currentState(ActorsClient.BREAKER) == CircuitBreakerState.CLOSED
                && failedWrites < MAX_FAILED_WRITES) {
            errorCode(write(mutation), "SUBGRAPH_UNAVAILABLE");
            failedWrites++;
        }
        assertEquals(
                CircuitBreakerState.OPEN,
                breakers.currentState(ActorsClient.BREAKER),
                "after " + failedWrites + " failed writes");
        assertEquals(
                breakerRequests,
                FakeActors.requests() - before,
                "it opens once its window is full of failed attempts, "
                        + "and the write that opened it retries no more");

        FakeActors.mode("UP");
        int asked = FakeActors.requests();
        String message = errorCode(write(mutation), "SUBGRAPH_UNAVAILABLE");
        assertTrue(message.contains("actors-service"), message);
        assertEquals(asked, FakeActors.requests(), "an open breaker fails the write without asking actors-service");

        // After the breaker's delay (2 s in tests) the next write is let through, and its answer closes the breaker.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        JsonPath answer = write(mutation);
        while (answer.get("errors") != null && Instant.now().isBefore(deadline)) {
            assertEquals("SUBGRAPH_UNAVAILABLE", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertEquals(asked, FakeActors.requests(), "still open: still not asked");
            sleep(Duration.ofMillis(100));
            answer = write(mutation);
        }
        ok(answer);
        assertEquals(asked + 1, FakeActors.requests(), "one attempt went through");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(ActorsClient.BREAKER));
        assertEquals(
                1,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"),
                "only the write that was let through was recorded");
    }

    private static int setting(String name) {
        return ConfigProvider.getConfig().getValue(name, Integer.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
