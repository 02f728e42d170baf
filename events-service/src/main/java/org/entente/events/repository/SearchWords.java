package org.entente.events.repository;

import java.util.Arrays;
import java.util.Locale;

/** What a web-search style query is made of, as far as planning its search needs to know. */
final class SearchWords {
    private SearchWords() {}

    /**
     * The words of the query: blank-separated pieces with a letter or digit, without the
     * operator {@code or}. Quotes and a leading {@code -} stay part of their word; a stop word
     * counts too (harmless: it only makes a search look among the newest rows first).
     */
    static int count(String query) {
        return (int) Arrays.stream(query.strip().split("\\s+"))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .filter(word -> !word.toLowerCase(Locale.ROOT).equals("or"))
                .count();
    }
}
