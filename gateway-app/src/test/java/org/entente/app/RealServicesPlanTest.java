package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.execution.CoercedVariables;
import java.util.List;
import java.util.Map;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PlanNode;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

/** Plans the issue's cross-service queries on the supergraph of the real services' current SDLs. */
class RealServicesPlanTest {

    @Test
    void statementsWithSpeakersCostOneEntityFetchToActors() throws Exception {
        OperationPreparer preparer = preparer();
        PreparedOperation op =
                preparer.prepare("{ statements(first: 50) { edges { node { text speaker { name } } } } }", null);
        assertFalse(op.refused(), () -> String.valueOf(op.error()));
        PlanNode.Sequence plan = (PlanNode.Sequence) op.plan().root();
        assertEquals("events", ((PlanNode.Fetch) plan.nodes().get(0)).serviceName());
        PlanNode.Flatten jump = (PlanNode.Flatten) plan.nodes().get(1);
        assertEquals(List.of("statements", "edges", "@", "node", "speaker"), jump.path());
        assertEquals("actors", jump.fetch().serviceName());
        assertEquals(2, plan.nodes().size());
        assertTrue(jump.fetch().operation().contains("_entities"));
        assertEquals(
                2 + 50 * 4,
                op.cost().of(CoercedVariables.emptyVariables()),
                "statements is a page: its first sizes the edges inside it, not an assumed 10");
    }

    @Test
    void theEventPageAsksActorsForItsParticipantsAndSpeakersInOneList() throws Exception {
        OperationPreparer preparer = preparer();
        PreparedOperation op = preparer.prepare(
                "query($id: ID!) { event(id: $id) { title participants { role actor { id name kind } }"
                        + " statements { id text speaker { id name } } } }",
                null);
        assertFalse(op.refused(), () -> String.valueOf(op.error()));
        PlanNode.Sequence plan = (PlanNode.Sequence) op.plan().root();
        PlanNode.BatchFetch actors = (PlanNode.BatchFetch) plan.nodes().get(1);
        assertEquals("actors", actors.serviceName());
        // a person who took part and spoke is sent once, and actors-service resolves one list
        assertEquals(1, actors.batches().size(), op.plan().describe());
        assertEquals(
                List.of(List.of("event", "participants", "@", "actor"), List.of("event", "statements", "@", "speaker")),
                actors.batches().get(0).paths());
        assertEquals(2, actors.apart().batches().size(), "the fetches apart, for an answer with errors");
    }

    /** Plans on the supergraph of the real services' current SDLs. */
    private static OperationPreparer preparer() throws Exception {
        Supergraph supergraph = new SupergraphParser()
                .parse(new Composer().compose(List.of(RealSubgraphs.actors(), RealSubgraphs.events())));
        return new OperationPreparer(
                supergraph, new OperationLimits(20, 20, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
    }
}
