package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.IndependentComposer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.composition.SupergraphSummary;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

/**
 * The gateway composes the SDLs the real services print (committed as
 * {@code <service>/schema/<name>.graphql}, kept equal to what they serve by their own tests)
 * like the independent composer does.
 */
class RealServicesCompositionTest {

    private final SupergraphParser parser = new SupergraphParser();

    @Test
    void composesActorsAndEventsServicesLikeTheIndependentComposer() throws Exception {
        List<SubgraphSource> sources = List.of(RealSubgraphs.actors(), RealSubgraphs.events());
        Supergraph ours = parser.parse(new Composer().compose(sources));
        assertTrue(ours.type("Actor").graphs().containsAll(List.of("actors", "events")));
        assertEquals(
                List.of("actors"), List.copyOf(ours.type("Actor").field("name").resolvingGraphs()));
        Supergraph theirs = parser.parse(IndependentComposer.compose(sources));
        assertEquals(SupergraphSummary.of(theirs), SupergraphSummary.of(ours));
    }

    @Test
    void composesSmallRyeSdlWithPrefixedFederationDirectives() throws Exception {
        List<SubgraphSource> sources = List.of(RealSubgraphs.actors());
        Supergraph ours = parser.parse(new Composer().compose(sources));
        assertEquals(
                List.of("id"),
                ours.type("Actor").keys("actors").stream().map(k -> k.fields()).toList());
        assertFalse(ours.types().containsKey("_Service"), "federation machinery must not reach the supergraph");
        assertTrue(ours.apiSchema().getQueryType().getFieldDefinition("_entities") == null);
        Supergraph theirs = parser.parse(IndependentComposer.compose(sources));
        assertEquals(SupergraphSummary.of(theirs), SupergraphSummary.of(ours));
    }
}
