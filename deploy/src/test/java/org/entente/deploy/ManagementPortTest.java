package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's health and metrics are served on its management port only (Quarkus' management
 * interface, CONVENTIONS.md): its probes use that port, the public Service gateway carries only
 * the http port and is the Ingress's only backend, and the management port has a Service of its
 * own for Prometheus.
 */
class ManagementPortTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressRoutesOnlyToThePublicServicesHttpPort(String overlay) {
        Set<String> backends = new TreeSet<>();
        for (K8sObject ingress : Overlays.render(overlay)) {
            if (!ingress.is("Ingress")) {
                continue;
            }
            JsonNode spec = ingress.json().path("spec");
            List<JsonNode> services = new java.util.ArrayList<>();
            if (spec.has("defaultBackend")) {
                services.add(spec.path("defaultBackend").path("service"));
            }
            for (JsonNode rule : spec.path("rules")) {
                rule.path("http")
                        .path("paths")
                        .forEach(p -> services.add(p.path("backend").path("service")));
            }
            for (JsonNode service : services) {
                JsonNode port = service.path("port");
                backends.add(service.path("name").asText() + ":"
                        + (port.has("name")
                                ? port.path("name").asText()
                                : port.path("number").asText()));
            }
        }
        assertEquals(Set.of("gateway:http"), backends, overlay + ": Ingress backends");
        List<String> publicPorts = K8sObjectStreams.stream(Overlays.find(overlay, "Service", "gateway")
                        .json()
                        .path("spec")
                        .path("ports"))
                .map(p -> p.path("name").asText() + "->" + p.path("targetPort").asText())
                .toList();
        assertEquals(List.of("http->http"), publicPorts, overlay + ": the public Service's ports");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewaysProbesUseItsManagementPort(String overlay) {
        int management = Conventions.load().managementPort("gateway").orElseThrow();
        JsonNode container =
                Overlays.find(overlay, "Deployment", "gateway").containers().get(0);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals(
                    "management",
                    container.path(probe).path("httpGet").path("port").asText(),
                    overlay + " " + probe);
        }
        int declared = K8sObjectStreams.stream(container.path("ports"))
                .filter(p -> p.path("name").asText().equals("management"))
                .mapToInt(p -> p.path("containerPort").asInt())
                .findFirst()
                .orElse(-1);
        assertEquals(management, declared, overlay + ": containerPort management");
        String configMap = container
                .path("envFrom")
                .path(0)
                .path("configMapRef")
                .path("name")
                .asText();
        Map<String, String> env = K8sObject.stringMap(
                Overlays.find(overlay, "ConfigMap", configMap).json().path("data"));
        assertEquals(String.valueOf(management), env.get("QUARKUS_MANAGEMENT_PORT"), overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void prometheusScrapesTheManagementService(String overlay) {
        K8sObject service = Overlays.find(overlay, "Service", "gateway-management");
        JsonNode spec = service.json().path("spec");
        assertEquals("None", spec.path("clusterIP").asText(), "headless: every pod is scraped");
        assertEquals(1, spec.path("ports").size());
        assertEquals("management", spec.path("ports").path(0).path("targetPort").asText());
        Map<String, String> annotations =
                K8sObject.stringMap(service.json().path("metadata").path("annotations"));
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals(
                String.valueOf(Conventions.load().managementPort("gateway").orElseThrow()),
                annotations.get("prometheus.io/port"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
    }
}
