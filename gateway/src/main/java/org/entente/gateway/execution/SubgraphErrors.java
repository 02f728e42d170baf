package org.entente.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.plugin.ResponseError;

/**
 * Turns the errors of a subgraph's JSON answer, and failures to get one, into errors of the
 * client's response that name the subgraph ({@code extensions.serviceName}) and carry a code (the
 * subgraph's, else {@code DOWNSTREAM_SERVICE_ERROR}). A subgraph's
 * locations point into the gateway's subgraph operation, not the client's document: they are dropped.
 */
final class SubgraphErrors {

    private SubgraphErrors() {}

    /** Root fetches use the client's response keys, so paths stay as they are. */
    static ResponseError rootError(Map<?, ?> error, String service) {
        return withService(error, error.get("path") instanceof List<?> path ? path : List.of(), service);
    }

    /**
     * {@code [field, i, ...rest]} becomes each client path of representation i of that
     * {@code _entities} field plus rest; {@code byField} holds the representations sent to each
     * field by its response key ({@code _entities}, or its alias in a batch). An error that names
     * no representation of any of them belongs to no client path.
     */
    static List<ResponseError> entityErrors(Map<?, ?> error, String service, Map<String, Representations> byField) {
        List<ResponseError> result = new ArrayList<>();
        List<?> path = error.get("path") instanceof List<?> p ? p : List.of();
        Representations representations = path.size() >= 2 ? byField.get(path.get(0)) : null;
        if (representations != null && path.get(1) instanceof Number n && n.intValue() < representations.size()) {
            for (List<Object> at : representations.paths(n.intValue())) {
                List<Object> clientPath = new ArrayList<>(at);
                clientPath.addAll(path.subList(2, path.size()));
                result.add(withService(error, clientPath, service));
            }
        } else {
            result.add(withService(error, List.of(), service));
        }
        return result;
    }

    /** An object at {@code path} the subgraph should add fields to, but which lacks its key or required fields. */
    static ResponseError unfetchable(String service, List<Object> path) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ResponseError.INTERNAL);
        extensions.put("serviceName", service);
        return new ResponseError(
                "Cannot fetch fields from subgraph " + service + ": the object lacks its key or required fields",
                List.of(),
                path,
                extensions);
    }

    /**
     * Names the subgraph and, for a transport failure, its category ("timed out", "HTTP status
     * 502"); never the failure's own message, which may carry hosts, ports and class names.
     */
    static ResponseError unavailable(String service, Throwable failure) {
        String message = "Subgraph " + service + " is unavailable";
        if (failure instanceof SubgraphUnavailableException known) {
            message += ": " + known.category();
        }
        return ResponseError.of(message, ResponseError.SUBGRAPH_UNAVAILABLE, Map.of("serviceName", service));
    }

    @SuppressWarnings("unchecked")
    private static ResponseError withService(Map<?, ?> error, List<?> path, String service) {
        Object message = error.get("message");
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.get("extensions") instanceof Map<?, ?> ext) {
            extensions.putAll((Map<String, Object>) ext);
        }
        extensions.putIfAbsent("code", ResponseError.DOWNSTREAM_SERVICE_ERROR);
        extensions.put("serviceName", service);
        return new ResponseError(
                message != null ? message.toString() : "Error in subgraph " + service,
                List.of(),
                (List<Object>) path,
                extensions);
    }
}
