package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proves the reachability check can fail: each way of letting more in is seen. */
class IngressReachTest {

    private static final Map<String, String> EVENTS =
            Map.of("app.kubernetes.io/name", "events-service", "app.kubernetes.io/part-of", "entente");

    private static final String DENY_AND_GATEWAY = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny-ingress}
            spec: {podSelector: {}, policyTypes: [Ingress]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: events-service-ingress}
            spec:
              podSelector: {matchLabels: {app.kubernetes.io/name: events-service}}
              policyTypes: [Ingress]
              ingress:
                - from: [{podSelector: {matchLabels: {app.kubernetes.io/name: gateway}}}]
                  ports: [{port: http}]
            """;

    @Test
    void onlyTheGateway() {
        assertEquals(new IngressReach(true, Set.of("gateway"), List.of()), reach(DENY_AND_GATEWAY));
    }

    @Test
    void anAllowAllPolicyElsewhereIsSeen() {
        IngressReach reach = reach(DENY_AND_GATEWAY + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: allow-all}
                spec: {podSelector: {}, ingress: [{}]}
                """);
        assertEquals(List.of("allow-all admits every source"), reach.wider());
    }

    @Test
    void anotherPodSelectedByASharedLabelIsSeen() {
        IngressReach reach = reach(DENY_AND_GATEWAY + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: loader-to-entente}
                spec:
                  podSelector: {matchExpressions: [{key: app.kubernetes.io/part-of, operator: In, values: [entente]}]}
                  ingress: [{from: [{podSelector: {matchLabels: {app.kubernetes.io/name: dataset-load}}}]}]
                """);
        assertEquals(Set.of("gateway", "dataset-load"), reach.pods());
    }

    @Test
    void otherNamespacesAndAddressesAreSeen() {
        IngressReach reach = reach(DENY_AND_GATEWAY + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: monitoring}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: events-service}}
                  ingress:
                    - from:
                        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
                        - ipBlock: {cidr: 10.0.0.0/8}
                """);
        assertEquals(2, reach.wider().size(), reach.wider().toString());
        assertTrue(
                reach.wider().get(0).contains("namespaceSelector"),
                reach.wider().toString());
    }

    @Test
    void withoutAnIngressPolicyThePodsAreOpen() {
        IngressReach reach = reach("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: egress-only}
                spec: {podSelector: {}, policyTypes: [Egress]}
                """);
        assertFalse(reach.isolated());
    }

    @Test
    void aPolicyForOtherPodsDoesNotCount() {
        IngressReach reach = reach(DENY_AND_GATEWAY + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: gateway-ingress}
                spec: {podSelector: {matchLabels: {app.kubernetes.io/name: gateway}}, ingress: [{}]}
                """);
        assertEquals(new IngressReach(true, Set.of("gateway"), List.of()), reach);
    }

    private static IngressReach reach(String yaml) {
        return IngressReach.of(Kustomize.parse(yaml), EVENTS);
    }
}
