package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client's deadline reaches the relations plugin's own reads of the graph: when it passes, the
 * client is answered and the plugin's outstanding subgraph requests are reset, not left running.
 */
class RelationsDeadlineTest {

    @Test
    void aSlowSubgraphUnderANetworkQueryIsCutAtTheClientsDeadline() throws Exception {
        try (RelationsHarness gateway = new RelationsHarness()) {
            String network = "{ network(actor: \"7\", depth: 1) { nodes { depth } } }";
            gateway.run(network, Map.of()); // plans both operations, so that the deadline meets the requests
            gateway.world.reset();
            gateway.world.events.delay(5_000);
            Map<String, Object> response = gateway.execute(network, Map.of(), Duration.ofMillis(400));
            assertNull(response.get("data"), "network is non-null and never arrived");
            // Two timers end at the same moment: the client's, which names the relations fetch it was
            // waiting for, and the plugin's own read, whose failure relations reports as its field's error.
            List<?> errors = (List<?>) response.get("errors");
            assertEquals(1, errors.size(), () -> String.valueOf(errors));
            Map<?, ?> error = (Map<?, ?>) errors.get(0);
            assertEquals(
                    Map.of("code", "SUBGRAPH_UNAVAILABLE", "serviceName", "relations"),
                    Map.of(
                            "code", ((Map<?, ?>) error.get("extensions")).get("code"),
                            "serviceName", ((Map<?, ?>) error.get("extensions")).get("serviceName")));
            assertTrue(
                    ((String) error.get("message")).endsWith("is unavailable: request deadline passed"),
                    () -> String.valueOf(error));
            for (int i = 0; i < 50 && gateway.world.events.abandoned() == 0; i++) {
                Thread.sleep(20);
            }
            assertEquals(1, gateway.world.events.abandoned(), "the plugin's request to events was reset");
            assertEquals(1, gateway.eventsRequests(), "and no further layer was read");
        }
    }
}
