package org.entente.subgraph.input;

import org.entente.subgraph.errors.ClientException;

/**
 * Free text a client writes (names, titles, keys, aliases): stripped of surrounding blanks, blank
 * counts as absent, and no longer than its column, so that an over-long value is refused as the
 * client's mistake (BAD_USER_INPUT) rather than failing in the database. Every caller names the
 * limit of the column the text goes to (or, for a column without one, the limit the service sets
 * and documents). U+0000, which PostgreSQL cannot store, never gets this far: the request guard
 * (org.entente.subgraph.http) refuses it in any string of a request.
 */
public final class ClientText {
    private ClientText() {}

    /** The stripped text; BAD_USER_INPUT when it is missing, blank or longer than {@code maxLength}. */
    public static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw ClientException.badInput(field + " must not be blank");
        }
        return text;
    }

    /** The stripped text, or null when it is missing or blank; BAD_USER_INPUT when longer than {@code maxLength}. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw ClientException.badInput(field + " is longer than " + maxLength + " characters");
        }
        return text;
    }
}
