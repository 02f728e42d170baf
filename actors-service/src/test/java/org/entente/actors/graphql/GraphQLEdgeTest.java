package org.entente.actors.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.GraphQLEdgeContract;

/** The edge every subgraph shares (subgraph-support), on actors-service. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class GraphQLEdgeTest extends GraphQLEdgeContract {
    @Override
    protected String entityType() {
        return "Actor";
    }

    private String actorId;

    /** Of an actor that exists: the date is read only when the field is resolved. */
    @Override
    protected String readWithDate(String value) {
        if (actorId == null) {
            actorId = Fixtures.actor("PERSON", "Dated");
        }
        return "{ actor(id: \"" + actorId + "\") { memberships(asOf: " + value + ") { id } } }";
    }
}
