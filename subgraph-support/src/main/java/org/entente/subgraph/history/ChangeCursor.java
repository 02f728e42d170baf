package org.entente.subgraph.history;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.subgraph.errors.ClientException;

/**
 * Keyset cursors of change lists: a change's id, opaque to clients. Lists are newest first, so
 * the page after a cursor holds the changes with smaller ids; a change recorded meanwhile never
 * shifts a page the way an offset would.
 */
final class ChangeCursor {
    private static final String PREFIX = "change:";

    private ChangeCursor() {}

    static String of(long changeId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + changeId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id the cursor names; null without a cursor; BAD_USER_INPUT for anything this list did not hand out. */
    static Long idAfter(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            long id = Long.parseLong(text.substring(PREFIX.length()));
            if (id < 1) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput("after: '" + cursor + "' is not a cursor of this list");
        }
    }
}
