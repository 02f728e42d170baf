package org.entente.gateway.composition;

import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Composes the SDLs the real services print (written by their own test runs to
 * {@code <service>/target/<name>.graphql}) and compares with the independent composer.
 */
class RealServicesCompositionTest {

    @Test
    void composesActorsAndEventsServicesLikeTheIndependentComposer() throws Exception {
        Path actors = Path.of("..", "actors-service", "schema", "actors.graphql");
        Path events = Path.of("..", "events-service", "schema", "events.graphql");
        assertTrue(Files.exists(actors) && Files.exists(events),
                "the services' committed SDLs (actors-service/schema/actors.graphql, events-service/schema/events.graphql)");
        List<SubgraphSource> sources = List.of(
                new SubgraphSource("actors", "http://localhost:8081/graphql", Files.readString(actors)),
                new SubgraphSource("events", "http://localhost:8082/graphql", Files.readString(events)));
        SupergraphParser parser = new SupergraphParser();
        Supergraph ours = parser.parse(new Composer().compose(sources));
        assertTrue(ours.type("Actor").graphs().containsAll(List.of("actors", "events")));
        assertEquals(List.of("actors"), List.copyOf(ours.type("Actor").field("name").resolvingGraphs()));
        Supergraph theirs = parser.parse(IndependentComposer.compose(sources));
        assertEquals(SupergraphSummary.of(theirs), SupergraphSummary.of(ours));
    }
}
