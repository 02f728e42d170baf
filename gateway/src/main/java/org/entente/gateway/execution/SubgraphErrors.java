package org.entente.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns subgraph errors and failures into errors of the client's response. */
final class SubgraphErrors {

    private SubgraphErrors() {
    }

    /** Root fetches use the client's response keys, so paths stay as they are. */
    static Map<String, Object> rootError(Map<String, Object> error, String service) {
        return withService(error, error.get("path"), service);
    }

    /** {@code ["_entities", i, ...rest]} becomes each client path of representation i plus rest. */
    static List<Map<String, Object>> entityErrors(Map<String, Object> error, String service, Representations representations) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (error.get("path") instanceof List<?> path && path.size() >= 2 && "_entities".equals(path.get(0))
                && path.get(1) instanceof Number n && n.intValue() < representations.size()) {
            for (List<Object> at : representations.paths(n.intValue())) {
                List<Object> clientPath = new ArrayList<>(at);
                clientPath.addAll(path.subList(2, path.size()));
                result.add(withService(error, clientPath, service));
            }
        } else {
            result.add(withService(error, null, service));
        }
        return result;
    }

    static Map<String, Object> unavailable(String service, Throwable failure) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Subgraph " + service + " is unavailable: " + failure.getMessage());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "SUBGRAPH_UNAVAILABLE");
        extensions.put("serviceName", service);
        error.put("extensions", extensions);
        return error;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withService(Map<String, Object> error, Object path, String service) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", error.getOrDefault("message", "Error in subgraph " + service));
        if (path != null) {
            result.put("path", path);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.get("extensions") instanceof Map<?, ?> ext) {
            extensions.putAll((Map<String, Object>) ext);
        }
        extensions.put("serviceName", service);
        result.put("extensions", extensions);
        return result;
    }
}
