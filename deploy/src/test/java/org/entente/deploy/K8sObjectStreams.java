package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small helpers to read JSON arrays in tests. */
final class K8sObjectStreams {

    private K8sObjectStreams() {}

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    static List<String> texts(JsonNode array, String field) {
        return stream(array).map(n -> n.path(field).asText()).toList();
    }
}
