package org.entente.events.domain;

import org.entente.subgraph.errors.ClientException;

/** The words of a full-text search, as a client writes them (web-search syntax). */
public final class SearchTerms {
    /** The longest search: longer texts are documents, not searches, and cost the database more to parse. */
    public static final int MAX_LENGTH = 500;

    private SearchTerms() {}

    /** The text; BAD_USER_INPUT when it is longer than {@link #MAX_LENGTH}. */
    public static String check(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw ClientException.badInput("search is longer than " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
