package org.entente.gateway.http;

import io.vertx.ext.web.MIMEHeader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media types of GraphQL over HTTP. Requests: {@code application/json} in UTF-8, checked on the
 * parsed media type, not on the header's text: a browser sends {@code text/plain} and form bodies
 * across origins without asking first (no CORS preflight), so any other type, or a charset
 * parameter that merely mentions json, would let another site's page post operations with its
 * visitors' credentials. Responses: {@code application/graphql-response+json} when the client
 * prefers it, else the legacy {@code application/json}.
 */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    /** How a response is typed, from the request's Accept header. */
    enum ResponseType {
        /** {@code application/graphql-response+json}: the status says how the request went. */
        GRAPHQL_RESPONSE(MediaTypes.GRAPHQL_RESPONSE),
        /** A legacy client's (or one that accepts anything): 200 for every well-formed request. */
        JSON(MediaTypes.JSON);

        private final String mediaType;

        ResponseType(String mediaType) {
            this.mediaType = mediaType;
        }

        String mediaType() {
            return mediaType;
        }
    }

    private MediaTypes() {}

    /** Null when the type is acceptable, otherwise why not, for the client. */
    static String unsupportedRequestType(MIMEHeader type) {
        if (type == null || type.value().isBlank()) {
            return "POST /graphql needs Content-Type: application/json";
        }
        if (!"application".equalsIgnoreCase(type.component().trim())
                || !"json".equalsIgnoreCase(type.subComponent().trim())) {
            return "POST /graphql takes Content-Type: application/json, not "
                    + type.value().trim();
        }
        for (Map.Entry<String, String> parameter : type.parameters().entrySet()) {
            if (parameter.getKey().trim().equalsIgnoreCase("charset")
                    && (parameter.getValue() == null
                            || !parameter.getValue().trim().equalsIgnoreCase("utf-8"))) {
                return "POST /graphql takes JSON in UTF-8 only";
            }
        }
        return null;
    }

    /**
     * The response type for an Accept header (its media ranges by preference, as Vert.x orders
     * them); empty when it accepts neither type (406). Without an Accept header, or for a wildcard,
     * the legacy type: what plain HTTP tools expect.
     */
    static Optional<ResponseType> negotiate(List<MIMEHeader> accept) {
        if (accept.isEmpty()) {
            return Optional.of(ResponseType.JSON);
        }
        for (MIMEHeader range : accept) {
            if (range.weight() <= 0) {
                continue;
            }
            String type = range.component().trim().toLowerCase(Locale.ROOT) + "/"
                    + range.subComponent().trim().toLowerCase(Locale.ROOT);
            if (type.equals(GRAPHQL_RESPONSE)) {
                return Optional.of(ResponseType.GRAPHQL_RESPONSE);
            }
            if (type.equals(JSON) || type.equals("application/*") || type.equals("*/*")) {
                return Optional.of(ResponseType.JSON);
            }
        }
        return Optional.empty();
    }
}
