package org.entente.cli.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The actor.search_text column as actors-service maintains it: name and aliases, each lower-cased,
 * accents removed and punctuation collapsed to single spaces, distinct, one per line. Generated
 * names use Latin letters only, so the service's Cyrillic transliteration is not needed here.
 */
final class SearchKey {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKey() {}

    static String of(String name, List<String> aliases) {
        return String.join(
                "\n",
                Stream.concat(Stream.of(name), aliases.stream())
                        .map(SearchKey::normalize)
                        .distinct()
                        .toList());
    }

    static String normalize(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String plain = COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
