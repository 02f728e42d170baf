package org.entente.gateway.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One error of a GraphQL response, as the gateway produces and passes it around until the
 * response is written. Empty {@code locations}, {@code path} and {@code extensions} stand for
 * "absent" and are left out of the JSON form.
 *
 * @param path response keys and list indexes from the root to the field the error is about
 */
public record ResponseError(
        String message, List<Location> locations, List<Object> path, Map<String, Object> extensions) {

    /** The client sent something the gateway refuses (syntax, validation, limits, variables). */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /**
     * The gateway found no way to answer the operation from its subgraphs (the name Apollo Router
     * gives it): nothing was asked, and the message says which field could not be reached.
     */
    public static final String QUERY_PLANNING_FAILED = "QUERY_PLANNING_FAILED";
    /**
     * An error a subgraph reported without a code of its own (Apollo's name for it), so that every
     * error a client reads has one; {@code extensions.serviceName} says which subgraph.
     */
    public static final String DOWNSTREAM_SERVICE_ERROR = "DOWNSTREAM_SERVICE_ERROR";
    /** A failure inside the gateway, or a response the gateway cannot build. */
    public static final String INTERNAL = "INTERNAL";
    /** A subgraph, or the gateway itself, cannot answer now. */
    public static final String SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

    /** A position in the client's document. */
    public record Location(int line, int column) {}

    public ResponseError {
        Objects.requireNonNull(message, "message");
        locations = locations == null ? List.of() : locations;
        path = path == null ? List.of() : path;
        extensions = extensions == null ? Map.of() : extensions;
    }

    /** An error with {@code extensions.code} and nothing else. */
    public static ResponseError of(String message, String code) {
        return new ResponseError(message, List.of(), List.of(), Map.of("code", code));
    }

    /** An error with {@code extensions.code} followed by more extensions, in their order. */
    public static ResponseError of(String message, String code, Map<String, Object> moreExtensions) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(moreExtensions);
        return new ResponseError(message, List.of(), List.of(), extensions);
    }

    /** {@code extensions.code}, or null when there is none. */
    public String code() {
        return extensions.get("code") instanceof String code ? code : null;
    }

    /**
     * The GraphQL-over-HTTP JSON form: message, locations, path, extensions in this order, the
     * absent ones left out. Built when the response is written, not before.
     */
    public Map<String, Object> toSpecification() {
        Map<String, Object> json = new LinkedHashMap<>(6);
        json.put("message", message);
        if (!locations.isEmpty()) {
            List<Map<String, Object>> positions = new ArrayList<>(locations.size());
            for (Location location : locations) {
                Map<String, Object> position = new LinkedHashMap<>(4);
                position.put("line", location.line());
                position.put("column", location.column());
                positions.add(position);
            }
            json.put("locations", positions);
        }
        if (!path.isEmpty()) {
            json.put("path", path);
        }
        if (!extensions.isEmpty()) {
            json.put("extensions", extensions);
        }
        return json;
    }

    /** The JSON form of a list of errors. */
    public static List<Map<String, Object>> toSpecification(List<ResponseError> errors) {
        List<Map<String, Object>> json = new ArrayList<>(errors.size());
        errors.forEach(error -> json.add(error.toSpecification()));
        return json;
    }
}
