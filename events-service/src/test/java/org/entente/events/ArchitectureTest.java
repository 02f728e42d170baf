package org.entente.events;

import org.entente.subgraph.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** events-service keeps the layers both subgraphs share (docs/ARCHITECTURE.md, "The dependency rule"). */
class ArchitectureTest {

    @Test
    void followsTheDependencyRuleOfBothSubgraphs() {
        ServiceArchitecture.check("org.entente.events");
    }
}
