package org.entente.relations;

import java.util.Locale;
import org.entente.dates.PartialDate;

/** Readable captions for links and timeline entries. */
final class Labels {

    /** The longest label of a link (a statement's text is shortened to it). */
    static final int LINK_LABEL_LENGTH = 120;

    private Labels() {}

    /** {@code FOUNDING_MEMBER} → {@code founding member}. */
    static String words(String enumValue) {
        return enumValue.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code 2005–2023-07}, {@code since 2005}, {@code until 2023-07}, or null when both ends are unknown. */
    static String interval(PartialDate since, PartialDate until) {
        if (since != null && until != null) {
            return since + "–" + until;
        }
        if (since != null) {
            return "since " + since;
        }
        return until == null ? null : "until " + until;
    }

    /** The text, cut at a word boundary to at most {@code max} characters with an ellipsis when it was longer. */
    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
