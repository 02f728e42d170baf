package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev shape: single instances, live composition, and the dataset-load Job. */
class DevOverlayTest {

    @Test
    void databasesRunOneInstance() {
        for (String cluster : List.of("actors-db", "events-db")) {
            assertEquals(
                    1,
                    Overlays.find(Overlays.DEV, "Cluster", cluster)
                            .json()
                            .path("spec")
                            .path("instances")
                            .asInt());
        }
    }

    @Test
    void gatewayComposesLiveFromBothSubgraphs() {
        K8sObject gateway = Overlays.find(Overlays.DEV, "Deployment", "gateway");
        String config = gateway.podTemplate()
                .orElseThrow()
                .path("spec")
                .path("containers")
                .path(0)
                .path("envFrom")
                .path(0)
                .path("configMapRef")
                .path("name")
                .asText();
        JsonNode data = Overlays.find(Overlays.DEV, "ConfigMap", config).json().path("data");
        assertFalse(data.has("ENTENTE_GATEWAY_SUPERGRAPH_FILE"), "dev must compose live, not read a pinned file");
        assertEquals(
                "actors=http://actors-service:8081/graphql,events=http://events-service:8082/graphql",
                data.path("ENTENTE_GATEWAY_SUBGRAPHS").asText());
    }

    @Test
    void datasetLoadJobLoadsTheCommittedDatasetThroughTheGateway() {
        JsonNode container = Overlays.find(Overlays.DEV, "Job", "dataset-load")
                .podTemplate()
                .orElseThrow()
                .path("spec")
                .path("containers")
                .path(0);
        assertTrue(container.path("image").asText().startsWith("entente/loader:"));
        List<String> args = K8sObjectStreams.stream(container.path("args"))
                .map(JsonNode::asText)
                .toList();
        assertEquals(List.of("load", "/opt/entente/data/iran-csto.yaml", "--gateway", "$(ENTENTE_GATEWAY_URL)"), args);
        JsonNode gatewayUrl = K8sObjectStreams.stream(container.path("env"))
                .filter(e -> e.path("name").asText().equals("ENTENTE_GATEWAY_URL"))
                .findFirst()
                .orElseThrow();
        assertEquals("http://gateway:8080/graphql", gatewayUrl.path("value").asText());
    }

    @Test
    void prodHasNoDatasetLoadJob() {
        assertTrue(Overlays.render(Overlays.PROD).stream().noneMatch(o -> o.is("Job")));
    }
}
