package org.entente.actors.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.actors.service.ActorReader;
import org.entente.subgraph.errors.ClientException;

/** Opaque cursors that encode a position in a ranked or ordered result list. */
final class OffsetCursor {
    private static final String PREFIX = "offset:";

    /**
     * The largest position a cursor may name: a page's positions (up to {@link ActorReader#MAX_PAGE}
     * after it) must still be ints, and the SQL OFFSET not negative. This service never hands out
     * a cursor anywhere near it.
     */
    static final int MAX_OFFSET = Integer.MAX_VALUE - ActorReader.MAX_PAGE - 1;

    private OffsetCursor() {}

    static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the first item after {@code cursor}; 0 without a cursor. */
    static int after(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(text.substring(PREFIX.length()));
            if (offset < 0 || offset > MAX_OFFSET) {
                throw new IllegalArgumentException();
            }
            return offset + 1;
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput("after: '" + cursor + "' is not a cursor of this list");
        }
    }
}
