package org.entente.cli.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Handles for actors that come without one (FollowTheMoney entities): the name's letters and
 * digits, accents dropped, lower case, joined by '-' ("Nikolai Bordyuzha" → nikolai-bordyuzha),
 * with "-2", "-3" … after a handle already taken; a long name is cut after a word. A name with no
 * Latin letter or digit ("中国") gives "actor".
 */
final class Handles {
    /** Short enough to read; the API takes 100 characters. */
    static final int MAX = 60;

    private Handles() {}

    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            String cut = slug.substring(0, MAX);
            // at the end of a word, unless the first word alone is longer
            slug = cut.lastIndexOf('-') > 0 ? cut.substring(0, cut.lastIndexOf('-')) : cut;
        }
        return slug.isEmpty() ? "actor" : slug;
    }

    /** The slug itself, or with the smallest suffix that makes it free. */
    static String free(String slug, Set<String> taken) {
        if (!taken.contains(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String candidate = slug + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
