package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment a container of a rendered overlay will see: every ConfigMap of {@code envFrom},
 * then {@code env} on top (Kubernetes lets {@code env} win), with ConfigMap keys resolved. A
 * value from a Secret is shown as {@code secret:<name>/<key>}, since the overlay does not hold it.
 */
final class ContainerEnv {

    private ContainerEnv() {}

    static Map<String, String> of(List<K8sObject> objects, JsonNode container) {
        Map<String, String> env = new TreeMap<>();
        for (JsonNode source : container.path("envFrom")) {
            configMap(objects, source.path("configMapRef").path("name").asText())
                    .ifPresent(env::putAll);
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode from = variable.path("valueFrom");
            if (variable.has("value")) {
                env.put(name, variable.path("value").asText());
            } else if (from.has("configMapKeyRef")) {
                JsonNode ref = from.path("configMapKeyRef");
                configMap(objects, ref.path("name").asText())
                        .map(data -> data.get(ref.path("key").asText()))
                        .ifPresent(value -> env.put(name, value));
            } else if (from.has("secretKeyRef")) {
                JsonNode ref = from.path("secretKeyRef");
                env.put(
                        name,
                        "secret:" + ref.path("name").asText() + "/"
                                + ref.path("key").asText());
            }
        }
        return env;
    }

    /** The environment of the first container of a Deployment in an overlay. */
    static Map<String, String> of(String overlay, String deployment) {
        K8sObject workload = Overlays.find(overlay, "Deployment", deployment);
        return of(Overlays.render(overlay), workload.containers().get(0));
    }

    private static Optional<Map<String, String>> configMap(List<K8sObject> objects, String name) {
        return objects.stream()
                .filter(o -> o.is("ConfigMap") && o.name().equals(name))
                .findFirst()
                .map(o -> K8sObject.stringMap(o.json().path("data")));
    }
}
