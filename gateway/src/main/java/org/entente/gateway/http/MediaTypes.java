package org.entente.gateway.http;

import io.vertx.ext.web.MIMEHeader;
import java.util.Map;

/**
 * The request media type GraphQL over HTTP asks for: {@code application/json}, in UTF-8. Checked on
 * the parsed media type, not on the header's text: a browser sends {@code text/plain} and form
 * bodies across origins without asking first (no CORS preflight), so any other type, or a charset
 * parameter that merely mentions json, would let another site's page post operations with its
 * visitors' credentials.
 */
final class MediaTypes {

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
}
