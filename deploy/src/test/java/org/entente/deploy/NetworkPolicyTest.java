package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may reach whom: everything is denied by default; the subgraphs accept only the gateway
 * (actors-service also events-service, for its actor reference check), counting every policy
 * that selects them; each database only its service, its own instances and the operator.
 */
class NetworkPolicyTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressIsDeniedByDefault(String overlay) {
        JsonNode spec = Overlays.find(overlay, "NetworkPolicy", "default-deny-ingress")
                .json()
                .path("spec");
        assertEquals(0, spec.path("podSelector").size(), "selects every pod");
        assertEquals(0, spec.path("ingress").size(), "allows nothing");
    }

    /**
     * Every policy that selects a subgraph's pods counts, so an allow rule added anywhere for
     * anyone else fails here. actors-service also admits events-service, which asks it whether
     * the actors a write names exist (ENTENTE_ACTORS_URL).
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayReachesTheSubgraphs(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        assertEquals(
                new IngressReach(true, Set.of("gateway", "events-service"), List.of()),
                IngressReach.of(objects, podLabels(overlay, "actors-service")));
        assertEquals(
                new IngressReach(true, Set.of("gateway"), List.of()),
                IngressReach.of(objects, podLabels(overlay, "events-service")));
    }

    /**
     * The gateway's management port (health, metrics) admits only the namespace where monitoring
     * runs: every rule of every policy that selects the gateway and opens that port (by name, by
     * number, or by opening every port) names that namespace alone, and the public rule opens only
     * the http port.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void onlyMonitoringReachesTheGatewaysManagementPort(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        java.util.Map<String, String> gateway = podLabels(overlay, "gateway");
        int management = Conventions.load().managementPort("gateway").orElseThrow();
        List<String> managementSources = new java.util.ArrayList<>();
        for (K8sObject policy : objects) {
            JsonNode spec = policy.json().path("spec");
            if (!policy.is("NetworkPolicy") || !IngressReach.selects(spec.path("podSelector"), gateway)) {
                continue;
            }
            for (JsonNode rule : spec.path("ingress")) {
                boolean opensManagement = rule.path("ports").isEmpty()
                        || K8sObjectStreams.stream(rule.path("ports"))
                                .anyMatch(p -> p.path("port").asText().equals("management")
                                        || p.path("port").asInt() == management
                                        || !p.has("port"));
                if (!opensManagement) {
                    continue;
                }
                if (rule.path("from").isEmpty()) {
                    managementSources.add(policy.name() + ": every source");
                }
                rule.path("from").forEach(peer -> managementSources.add(policy.name() + ": " + peer));
            }
        }
        assertEquals(
                List.of("gateway-ingress: {\"namespaceSelector\":{\"matchLabels\":"
                        + "{\"kubernetes.io/metadata.name\":\"monitoring\"}}}"),
                managementSources,
                overlay + ": who may reach the gateway's management port");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void databasesAcceptOnlyTheirService(String overlay) {
        assertEquals(Set.of("actors-service"), podSources(overlay, "actors-db-ingress"));
        assertEquals(Set.of("events-service"), podSources(overlay, "events-db-ingress"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyWorkloadIsCoveredByAnAllowPolicy(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        List<K8sObject> policies =
                objects.stream().filter(o -> o.is("NetworkPolicy")).toList();
        for (String service : Conventions.SERVICES) {
            boolean covered = policies.stream()
                    .anyMatch(p -> service.equals(p.json()
                            .path("spec")
                            .path("podSelector")
                            .path("matchLabels")
                            .path("app.kubernetes.io/name")
                            .asText()));
            assertTrue(covered, overlay + ": no policy lets anything reach " + service);
        }
    }

    private static java.util.Map<String, String> podLabels(String overlay, String deployment) {
        return Overlays.find(overlay, "Deployment", deployment).podLabels();
    }

    /** The app.kubernetes.io/name of the pods a policy admits (same namespace). */
    private static Set<String> podSources(String overlay, String policy) {
        Set<String> sources = new TreeSet<>();
        for (JsonNode rule : Overlays.find(overlay, "NetworkPolicy", policy)
                .json()
                .path("spec")
                .path("ingress")) {
            for (JsonNode peer : rule.path("from")) {
                String name = peer.path("podSelector")
                        .path("matchLabels")
                        .path("app.kubernetes.io/name")
                        .asText("");
                if (!name.isEmpty()) {
                    sources.add(name);
                }
            }
        }
        return sources;
    }
}
