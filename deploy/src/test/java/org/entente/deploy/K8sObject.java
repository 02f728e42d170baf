package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One rendered Kubernetes object, with the accessors the checks need. */
record K8sObject(ObjectNode json) {

    String apiVersion() {
        return json.path("apiVersion").asText("");
    }

    String kind() {
        return json.path("kind").asText("");
    }

    String name() {
        return json.path("metadata").path("name").asText("");
    }

    String namespace() {
        return json.path("metadata").path("namespace").asText("");
    }

    /** Kind/name, as kubectl prints it: used in every message. */
    String id() {
        return kind() + "/" + name();
    }

    boolean is(String kind) {
        return kind().equals(kind);
    }

    /** The pod template of a Deployment or Job, if this is one. */
    Optional<JsonNode> podTemplate() {
        if (is("Deployment") || is("Job")) {
            return Optional.of(json.path("spec").path("template"));
        }
        return Optional.empty();
    }

    Map<String, String> podLabels() {
        return stringMap(
                podTemplate().map(t -> t.path("metadata").path("labels")).orElse(null));
    }

    /** Containers and init containers of the pod template. */
    List<JsonNode> containers() {
        List<JsonNode> all = new ArrayList<>();
        podTemplate().ifPresent(t -> {
            t.path("spec").path("initContainers").forEach(all::add);
            t.path("spec").path("containers").forEach(all::add);
        });
        return all;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }
}
