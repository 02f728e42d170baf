package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A relationship query over a graph that cannot be read completely fails instead of answering wrongly. */
class UnavailableSubgraphTest {

    @Test
    void eventsServiceDownGivesSubgraphUnavailable() throws Exception {
        try (RelationsHarness gateway = new RelationsHarness()) {
            gateway.world.events.close();
            Map<String, Object> response = gateway.run("{ connections(from: \"7\", to: \"3\") { length } }", Map.of());
            assertNull(response.get("data"), "connections is non-null: the error nulls the data");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
            Map<?, ?> first = errors.get(0);
            assertEquals("SUBGRAPH_UNAVAILABLE", ((Map<?, ?>) first.get("extensions")).get("code"));
            assertTrue(
                    ((String) first.get("message")).contains("Subgraph events is unavailable"),
                    () -> String.valueOf(first));
            assertEquals(List.of("connections"), first.get("path"));
        }
    }
}
