package org.entente.events.domain;

import org.entente.subgraph.errors.ClientException;

/** Trimming of free-text input: blank optional text is absent, blank required text is refused. */
public final class Text {
    private Text() {
    }

    /** The stripped text; BAD_USER_INPUT naming {@code field} when it is missing or blank. */
    public static String required(String value, String field) {
        String text = optional(value);
        if (text == null) {
            throw ClientException.badInput(field + " must not be empty");
        }
        return text;
    }

    /** The stripped text, or null when it is missing or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
