package org.entente.gateway.planning;

import java.util.List;
import java.util.Map;

/**
 * A request refused before execution (syntax, validation, limits), in the GraphQL error shape.
 *
 * @param errors each with message, optional locations and extensions.code
 */
public record GraphQLRequestError(List<Map<String, Object>> errors) {

    public static GraphQLRequestError of(String message, String code, Map<String, Object> moreExtensions) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(moreExtensions);
        return new GraphQLRequestError(List.of(Map.of("message", message, "extensions", extensions)));
    }
}
