package org.entente.actors.service;

import org.entente.subgraph.errors.ClientException;

/** Text a client writes: stripped, blank counts as absent, and length-limited like its column. */
final class Text {
    private Text() {
    }

    /** The stripped text; BAD_USER_INPUT when it is blank or longer than {@code maxLength}. */
    static String require(String value, String field, int maxLength) {
        String cleaned = blankToNull(value);
        if (cleaned == null) {
            throw ClientException.badInput(field + " must not be blank");
        }
        if (cleaned.length() > maxLength) {
            throw ClientException.badInput(field + " is longer than " + maxLength + " characters");
        }
        return cleaned;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
