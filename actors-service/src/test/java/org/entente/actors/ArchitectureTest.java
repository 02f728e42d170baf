package org.entente.actors;

import org.entente.subgraph.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** actors-service has the shape of docs/ARCHITECTURE.md: graphql → service → repository → domain. */
class ArchitectureTest {

    @Test
    void followsTheDependencyRuleOfBothSubgraphs() {
        ServiceArchitecture.check("org.entente.actors");
    }
}
