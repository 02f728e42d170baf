package org.entente.relations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in an actor's merged history: how far each of the two subgraphs' lists has been read,
 * as the cursor each handed out for the last change taken from it (none: not read yet). Opaque to
 * clients; the subgraphs' cursors inside it are passed back to them as they came.
 */
record HistoryCursor(String actorsAfter, String eventsAfter) {
    private static final String PREFIX = "history:";
    /** Two subgraph cursors (URL-safe base64 without padding), each possibly empty. */
    private static final Pattern POSITIONS = Pattern.compile("([A-Za-z0-9_-]*)/([A-Za-z0-9_-]*)");

    static final HistoryCursor START = new HistoryCursor(null, null);

    String encode() {
        String text = PREFIX + orEmpty(actorsAfter) + "/" + orEmpty(eventsAfter);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client's {@code after} names; the start without one; BAD_USER_INPUT for anything else. */
    static HistoryCursor decode(String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Matcher positions = text.startsWith(PREFIX) ? POSITIONS.matcher(text.substring(PREFIX.length())) : null;
            if (positions != null && positions.matches()) {
                return new HistoryCursor(orNull(positions.group(1)), orNull(positions.group(2)));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below, like any other text that is not one of this list's cursors
        }
        throw RelationsException.badInput("after: '" + cursor + "' is not a cursor of this list");
    }

    HistoryCursor afterActors(String cursor) {
        return new HistoryCursor(cursor, eventsAfter);
    }

    HistoryCursor afterEvents(String cursor) {
        return new HistoryCursor(actorsAfter, cursor);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
