package org.entente.gateway.http;

import java.util.Map;

/**
 * The parameters of a GraphQL-over-HTTP request, from a JSON body or a GET's query string:
 * {@code query} or a persisted document's {@code documentId}, {@code operationName},
 * {@code variables}, {@code extensions}. An empty operation name is no name.
 */
record GraphQLRequest(
        String query,
        String documentId,
        String operationName,
        Map<String, Object> variables,
        Map<String, Object> extensions) {

    /** Parameters of the wrong type: not a well-formed request (422). */
    static final class MalformedRequestException extends Exception {
        MalformedRequestException(String message) {
            super(message, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    static GraphQLRequest of(Object query, Object documentId, Object operationName, Object variables, Object extensions)
            throws MalformedRequestException {
        if (query != null && !(query instanceof String)) {
            throw new MalformedRequestException("query must be a string");
        }
        if (documentId != null && !(documentId instanceof String)) {
            throw new MalformedRequestException("documentId must be a string");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new MalformedRequestException("operationName must be a string");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new MalformedRequestException("variables must be a JSON object");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw new MalformedRequestException("extensions must be a JSON object");
        }
        String name = (String) operationName;
        return new GraphQLRequest(
                (String) query,
                (String) documentId,
                name == null || name.isEmpty() ? null : name,
                (Map<String, Object>) variables,
                (Map<String, Object>) extensions);
    }
}
