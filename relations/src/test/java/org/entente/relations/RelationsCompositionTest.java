package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.IndependentComposer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.composition.SupergraphSummary;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

/**
 * The relations subgraph (relations.graphql) composes with the SDLs of the real
 * actors-service and events-service, with our composer and with the independent one alike.
 */
class RelationsCompositionTest {

    @Test
    void relationsComposesWithTheRealServicesLikeTheIndependentComposer() throws Exception {
        Path actors = Path.of("..", "actors-service", "schema", "actors.graphql");
        Path events = Path.of("..", "events-service", "schema", "events.graphql");
        assertTrue(
                Files.exists(actors) && Files.exists(events),
                "needs actors-service/schema/actors.graphql and events-service/schema/events.graphql");
        List<SubgraphSource> sources = List.of(
                new SubgraphSource("actors", "http://localhost:8081/graphql", Files.readString(actors)),
                new SubgraphSource("events", "http://localhost:8082/graphql", Files.readString(events)),
                new SubgraphSource(RelationsSubgraph.NAME, "local:relations", relationsSdl()));
        SupergraphParser parser = new SupergraphParser();
        Supergraph ours = parser.parse(new Composer().compose(sources));
        for (String field : List.of("connections", "network", "timeline", "actorsByIds")) {
            assertEquals(
                    List.of("relations"),
                    List.copyOf(ours.type("Query").field(field).resolvingGraphs()),
                    field);
        }
        assertEquals(
                List.of("actors"),
                List.copyOf(ours.type("Actor").field("memberships").resolvingGraphs()));
        assertEquals(
                List.of("events"), List.copyOf(ours.type("Event").field("title").resolvingGraphs()));
        assertEquals(
                List.of("relations"),
                List.copyOf(ours.type("Actor").field("history").resolvingGraphs()),
                "the history merged from both subgraphs' changes");
        assertTrue(ours.type("Actor").graphs().containsAll(List.of("actors", "events", "relations")));
        assertEquals("local:relations", ours.graphUrls().get("relations"));
        Supergraph theirs = parser.parse(IndependentComposer.compose(sources));
        assertEquals(SupergraphSummary.of(theirs), SupergraphSummary.of(ours));
    }

    private static String relationsSdl() throws Exception {
        try (InputStream in = RelationsSubgraph.class.getResourceAsStream(RelationsSubgraph.SDL_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
