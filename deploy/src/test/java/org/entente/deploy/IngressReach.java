package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who the NetworkPolicies of an overlay let reach the pods that carry some labels. Kubernetes adds
 * up the ingress rules of every policy that selects a pod, and lets everything in when no policy
 * of type Ingress selects it at all; so this reads all of them, not the one named after the pod.
 *
 * @param isolated whether some Ingress policy selects the pods (else anything reaches them)
 * @param pods the {@code app.kubernetes.io/name} of the same-namespace pods the rules admit
 * @param wider every rule or peer that admits more than pods named that way, described
 */
record IngressReach(boolean isolated, Set<String> pods, List<String> wider) {

    private static final String NAME = "app.kubernetes.io/name";

    static IngressReach of(List<K8sObject> objects, Map<String, String> podLabels) {
        boolean isolated = false;
        Set<String> pods = new TreeSet<>();
        List<String> wider = new ArrayList<>();
        for (K8sObject policy : objects) {
            JsonNode spec = policy.json().path("spec");
            if (!policy.is("NetworkPolicy") || !selects(spec.path("podSelector"), podLabels) || !governsIngress(spec)) {
                continue;
            }
            isolated = true;
            for (JsonNode rule : spec.path("ingress")) {
                if (rule.path("from").isEmpty()) {
                    wider.add(policy.name() + " admits every source");
                }
                for (JsonNode peer : rule.path("from")) {
                    JsonNode selector = peer.path("podSelector");
                    String name = selector.path("matchLabels").path(NAME).asText("");
                    boolean byNameOnly = !peer.has("namespaceSelector")
                            && !peer.has("ipBlock")
                            && !name.isEmpty()
                            && !selector.has("matchExpressions");
                    if (byNameOnly) {
                        pods.add(name);
                    } else {
                        wider.add(policy.name() + " admits " + peer);
                    }
                }
            }
        }
        return new IngressReach(isolated, pods, wider);
    }

    /** Without policyTypes a policy governs ingress; with them, only if they name Ingress. */
    private static boolean governsIngress(JsonNode spec) {
        JsonNode types = spec.path("policyTypes");
        return types.isEmpty()
                || K8sObjectStreams.stream(types).anyMatch(t -> t.asText().equals("Ingress"));
    }

    /** A label selector: matchLabels, and matchExpressions with In, NotIn, Exists, DoesNotExist. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> required = K8sObject.stringMap(selector.path("matchLabels"));
        if (!labels.entrySet().containsAll(required.entrySet())) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new TreeSet<>(K8sObjectStreams.stream(expression.path("values"))
                    .map(JsonNode::asText)
                    .toList());
            boolean holds = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalArgumentException("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
