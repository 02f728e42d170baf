package org.entente.relations;

import java.util.LinkedHashMap;
import java.util.Map;

/** A relationship query that cannot be answered (fully), with the error's {@code extensions}. */
public final class RelationsException extends RuntimeException {

    private final Map<String, Object> extensions;

    public RelationsException(String message, String code, Map<String, Object> more) {
        super(message);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(more);
        this.extensions = Map.copyOf(extensions);
    }

    static RelationsException badInput(String message) {
        return new RelationsException(message, "BAD_USER_INPUT", Map.of());
    }

    static RelationsException notFound(String message) {
        return new RelationsException(message, "NOT_FOUND", Map.of());
    }

    /** A documented limit was reached: the answer is what was found within it. */
    static RelationsException limit(String message, String limit, int maximum) {
        return new RelationsException(message, "BAD_USER_INPUT", Map.of("limit", limit, "maximum", maximum));
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public String code() {
        return (String) extensions.get("code");
    }
}
