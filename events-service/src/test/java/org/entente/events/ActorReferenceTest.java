package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.events.client.ActorsClient;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Actor references are checked against actors-service (here a real HTTP stand-in) before anything is written. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class ActorReferenceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Each test starts with actors-service up and a closed breaker that remembers no earlier failures. */
    @BeforeEach
    @AfterEach
    void actorsServiceBackUp() {
        FakeActors.mode("UP");
        breakers.reset(ActorsClient.BREAKER);
    }

    @Test
    void unknownActorsAreNamedInOneRequestAndNothingIsWritten() {
        long known = FakeActors.knownActor();
        long unknownA = FakeActors.unknownActor();
        long unknownB = FakeActors.unknownActor();
        long source = source();
        String word = uniqueWord();
        int before = FakeActors.requests();
        String message = errorCode(
                write("mutation { recordEvent(input: {type: MEETING, title: \"" + word + "\", date: \"2024\", "
                        + "participants: [{actorId: " + unknownB + ", role: HOST}, {actorId: " + known
                        + ", role: PARTICIPANT}, "
                        + "{actorId: " + unknownA + ", role: TARGET}, {actorId: " + known
                        + ", role: HOST}], sourceIds: [" + source + "]}) { id } }"),
                "BAD_USER_INPUT");
        assertEquals(1, FakeActors.requests() - before, "all references checked in a single _entities request");
        assertTrue(message.contains("[" + unknownA + ", " + unknownB + "]"), message);
        assertFalse(message.contains(String.valueOf(known)), message);
        assertEquals(
                0,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }

    @Test
    void statementsCheckSpeakerReporterAndSubjectsTogether() {
        long speaker = FakeActors.knownActor();
        long reporter = FakeActors.unknownActor();
        long about = FakeActors.unknownActor();
        int before = FakeActors.requests();
        String message = errorCode(
                write("mutation { recordStatement(input: {kind: QUOTE, text: \"We welcome it\", speakerId: " + speaker
                        + ", reportedById: " + reporter + ", aboutIds: [" + about + "], sourceId: " + source()
                        + "}) { id } }"),
                "BAD_USER_INPUT");
        assertEquals(1, FakeActors.requests() - before);
        assertTrue(message.contains(String.valueOf(reporter)) && message.contains(String.valueOf(about)), message);
        assertEquals(
                0,
                ok(read("{ statements(speaker: " + speaker + ") { totalCount } }"))
                        .getInt("data.statements.totalCount"));
    }

    @Test
    void writesWithoutActorReferencesDoNotAskActorsService() {
        int before = FakeActors.requests();
        event(uniqueWord(), "2024", "");
        assertEquals(0, FakeActors.requests() - before, "a source without publisher and an event without participants");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNAVAILABLE", "REFUSE", "SLOW", "ERRORS"})
    void anUnreachableActorsServiceFailsTheWriteAndWritesNothing(String mode) {
        long actor = FakeActors.knownActor();
        long source = source();
        String word = uniqueWord();
        String mutation = "mutation { recordEvent(input: {type: VISIT, title: \"" + word + "\", date: \"2024\", "
                + "participants: [{actorId: " + actor + ", role: HOST}], sourceIds: [" + source + "]}) { id } }";
        FakeActors.mode(mode);
        String message = errorCode(write(mutation), "SUBGRAPH_UNAVAILABLE");
        assertTrue(message.contains("actors-service"), message);
        assertNamesNothingInternal(message);
        errorCode(
                write("mutation { recordStatement(input: {kind: QUOTE, text: \"" + word + "\", speakerId: " + actor
                        + ", sourceId: " + source + "}) { id } }"),
                "SUBGRAPH_UNAVAILABLE");
        errorCode(
                write("mutation { addSource(input: {title: \"" + word + "\", publisherId: " + actor + "}) { id } }"),
                "SUBGRAPH_UNAVAILABLE");
        FakeActors.mode("UP");
        assertEquals(
                0,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
        assertEquals(
                0,
                ok(read("{ statements(search: \"" + word + "\") { totalCount } }"))
                        .getInt("data.statements.totalCount"));
        ok(write(mutation));
        assertEquals(
                1,
                ok(read("{ events(search: \"" + word + "\") { totalCount } }")).getInt("data.events.totalCount"));
    }

    /** What went wrong on the way is logged; the client reads no host, port or exception class. */
    private static void assertNamesNothingInternal(String message) {
        URI actorsService = URI.create(ConfigProvider.getConfig().getValue("entente.actors-url", String.class));
        for (String internal : new String[] {
            actorsService.getHost(),
            "127.0.0.1",
            ":" + actorsService.getPort(),
            String.valueOf(actorsService.getPort()),
            "Exception",
            "java.",
            "jakarta."
        }) {
            assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
        }
    }
}
