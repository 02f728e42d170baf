package org.entente.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.GraphQLEdgeContract;

/** The edge every subgraph shares (subgraph-support), on events-service. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class GraphQLEdgeTest extends GraphQLEdgeContract {
    @Override
    protected String entityType() {
        return "Statement";
    }

    @Override
    protected String readWithDate(String value) {
        return "{ events(from: " + value + ") { totalCount } }";
    }
}
