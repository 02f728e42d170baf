package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;

/** Trimming of free-text input: blank optional text is absent, blank required text is refused. */
final class Text {
    private Text() {
    }

    static String required(String value, String field) {
        String text = optional(value);
        if (text == null) throw ClientException.badInput(field + " must not be empty");
        return text;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
