package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.entente.events.Representations.ENTITIES_QUERY;
import static org.entente.subgraph.testing.GraphQLClient.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.SdlFields;
import org.junit.jupiter.api.Test;

/** What a gateway relies on: entity resolution by key and an SDL that composes with actors-service's. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class FederationTest {
    private static final Path SDL_OUT = Path.of("target/events.graphql");
    private static final Path SDL_SNAPSHOT = Path.of("schema/events.graphql");
    private static final Path ACTORS_SDL = Path.of("../actors-service/schema/actors.graphql");
    private static final Path COMPOSER = Path.of("../tools/composition/check.sh");

    @Test
    void resolvesEventsByKeyInOrderWithNullForUnknownIds() {
        long a = event("Entity A", "2019", "");
        long b = event("Entity B", "2018", "");
        JsonPath result = ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Event { id title date sources { id } }"),
                Representations.of("Event", List.of(b, 987654321L, a))));
        assertEquals(String.valueOf(b), result.getString("data._entities[0].id"));
        assertEquals("Entity B", result.getString("data._entities[0].title"));
        assertNull(result.get("data._entities[1]"));
        assertEquals("Entity A", result.getString("data._entities[2].title"));
        assertEquals(1, result.getList("data._entities[2].sources").size());
    }

    @Test
    void resolvesStatementsByKey() {
        long source = source();
        long id = ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"Resolvable\", sourceId: "
                        + source + "}) { id } }"))
                .getLong("data.recordStatement.id");
        JsonPath result = ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Statement { id text source { id } }"),
                Representations.of("Statement", List.of(987654321L, id))));
        assertNull(result.get("data._entities[0]"));
        assertEquals("Resolvable", result.getString("data._entities[1].text"));
        assertEquals(String.valueOf(source), result.getString("data._entities[1].source.id"));
    }

    @Test
    void resolvesSourcesByKey() {
        long source = source();
        JsonPath result = ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Source { id title }"),
                Representations.of("Source", List.of(source, 987654321L))));
        assertEquals("Fixture", result.getString("data._entities[0].title"));
        assertNull(result.get("data._entities[1]"));
    }

    @Test
    void resolvesActorsWithTheirEventsAndStatements() {
        long actor = FakeActors.knownActor();
        long stranger = FakeActors.unknownActor();
        long event = event("With an actor", "2017", ", participants: [{actorId: " + actor + ", role: HOST}]");
        ok(write("mutation { recordStatement(input: {kind: QUOTE, text: \"Said\", speakerId: " + actor + ", sourceId: "
                + source() + "}) { id } }"));
        ok(write("mutation { recordStatement(input: {kind: ASSESSMENT, text: \"About\", aboutIds: [" + actor
                + "], sourceId: " + source() + "}) { id } }"));
        JsonPath result = ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Actor { id events { totalCount edges { node { id } } } "
                        + "statements { edges { node { text } } } statementsAbout { edges { node { text } } } }"),
                Representations.of("Actor", List.of(actor, stranger))));
        assertEquals(List.of(String.valueOf(event)), result.getList("data._entities[0].events.edges.node.id"));
        assertEquals(List.of("Said"), result.getList("data._entities[0].statements.edges.node.text"));
        assertEquals(List.of("About"), result.getList("data._entities[0].statementsAbout.edges.node.text"));
        assertEquals(
                String.valueOf(stranger), result.getString("data._entities[1].id"), "any actor id resolves to a stub");
        assertEquals(0, result.getInt("data._entities[1].events.totalCount"));
    }

    @Test
    void aliasedActorFieldsWithDifferentArgumentsAreResolvedSeparately() {
        long actor = FakeActors.knownActor();
        String participant = ", participants: [{actorId: " + actor + ", role: PARTICIPANT}]";
        event("A meeting", "2015", participant);
        for (String date : List.of("2016", "2017")) {
            ok(write("mutation { recordEvent(input: {type: VISIT, title: \"A visit\", date: \"" + date
                    + "\", sourceIds: [" + source() + "]" + participant + "}) { id } }"));
        }
        JsonPath result = ok(send(
                null,
                ENTITIES_QUERY.formatted("... on Actor { meetings: events(types: [MEETING]) { totalCount } "
                        + "visits: events(types: [VISIT], first: 1) { totalCount edges { node { date } } } }"),
                Representations.of("Actor", List.of(actor))));
        assertEquals(1, result.getInt("data._entities[0].meetings.totalCount"));
        assertEquals(2, result.getInt("data._entities[0].visits.totalCount"));
        assertEquals(List.of("2016"), result.getList("data._entities[0].visits.edges.node.date"));
    }

    @Test
    void actorFieldsWorkWhenReachedFromAQueryAndRefuseBadArguments() {
        long actor = FakeActors.knownActor();
        long first = event("First of two", "2012", ", participants: [{actorId: " + actor + ", role: HOST}]");
        event("Second of two", "2013", ", participants: [{actorId: " + actor + ", role: HOST}]");
        JsonPath nested = ok(read("{ event(id: " + first + ") { participants { actor { events { totalCount } } } } }"));
        assertEquals(2, nested.getInt("data.event.participants[0].actor.events.totalCount"));

        JsonPath refused = send(
                null,
                ENTITIES_QUERY.formatted("... on Actor { events(from: \"2012-13\") { totalCount } }"),
                Representations.of("Actor", List.of(actor)));
        errorCode(refused, "BAD_USER_INPUT");
    }

    @Test
    void sdlDeclaresFederationKeysAndMatchesTheCommittedSnapshot() throws IOException {
        String sdl = sdl();
        Files.writeString(SDL_OUT, sdl, StandardCharsets.UTF_8);
        assertTrue(
                sdl.contains(
                        "@link(import : [\"@key\", \"@shareable\"], url : \"https://specs.apollo.dev/federation/v2.9\")"),
                sdl);
        for (String type : List.of("Actor", "Event", "Statement", "Source")) {
            assertTrue(sdl.contains("type " + type + " @key(fields : \"id\") {"), type + " is an entity keyed by id");
        }
        assertTrue(sdl.contains("type PageInfo @shareable {"), sdl);
        assertTrue(sdl.contains("scalar PartialDate"), sdl);
        assertEquals(
                Files.readString(SDL_SNAPSHOT, StandardCharsets.UTF_8),
                sdl,
                "the schema changed: review target/events.graphql and copy it to schema/events.graphql");
    }

    /**
     * Every field that crosses to the other subgraph may be null (Apollo's guidance for partial
     * answers): the fields this service adds to actors-service's Actor, and the actors it refers
     * to. When one service cannot answer, the gateway nulls just those values; non-null, the null
     * spread to the whole answer (an outage of this service gave actors { … statementsAbout }
     * data: null).
     */
    @Test
    void fieldsThatCrossToTheOtherSubgraphAreNullable() {
        SdlFields fields = SdlFields.of(sdl());
        for (String field : List.of("events", "statements", "statementsAbout")) {
            assertTrue(fields.isNullable("Actor", field), "Actor." + field);
        }
        assertTrue(fields.isNullable("Participation", "actor"));
        assertTrue(fields.hasNullableElements("Statement", "about"));
        assertTrue(fields.isNullable("Statement", "speaker"));
        assertTrue(fields.isNullable("Statement", "reportedBy"));
        assertTrue(fields.isNullable("Source", "publisher"));
    }

    @Test
    void sdlComposesWithActorsService() throws IOException, InterruptedException {
        Files.writeString(SDL_OUT, sdl(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(
                List.of("bash", COMPOSER.toString(), "events=http://localhost:8082/graphql=" + SDL_OUT));
        if (Files.exists(ACTORS_SDL)) {
            command.add("actors=http://localhost:8081/graphql=" + ACTORS_SDL);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "composer timed out");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.exitValue() != 3, "composition check skipped: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("join__type(graph: EVENTS, key: \"id\")"), output);
        Files.writeString(Path.of("target/supergraph.graphql"), output, StandardCharsets.UTF_8);
    }

    private static String sdl() {
        return ok(read("{ _service { sdl } }")).getString("data._service.sdl");
    }
}
