package org.entente.gateway.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of running an operation on the federated graph.
 *
 * @param data       the shaped response data as JSON-like maps and lists; null when a non-null
 *                   root field came back null
 * @param errors     in the order they arose; empty when there were none
 * @param extensions response extensions (e.g. {@code queryPlan}); empty when there are none
 */
public record GraphQLResponse(Map<String, Object> data, List<ResponseError> errors, Map<String, Object> extensions) {

    public GraphQLResponse {
        errors = errors == null ? List.of() : errors;
        extensions = extensions == null ? Map.of() : extensions;
    }

    /**
     * The GraphQL-over-HTTP JSON form: {@code errors} (when there are any), {@code data} (always,
     * null included), {@code extensions} (when there are any). The data is not copied.
     */
    public Map<String, Object> toSpecification() {
        Map<String, Object> json = new LinkedHashMap<>(4);
        if (!errors.isEmpty()) {
            json.put("errors", ResponseError.toSpecification(errors));
        }
        json.put("data", data);
        if (!extensions.isEmpty()) {
            json.put("extensions", extensions);
        }
        return json;
    }
}
