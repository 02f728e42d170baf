package org.entente.actors.graphql;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
}
