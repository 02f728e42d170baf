package org.entente.actors.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.subgraph.errors.ClientException;

/** Opaque cursors that encode a position in a ranked or ordered result list. */
final class OffsetCursor {
    private static final String PREFIX = "offset:";

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
            if (offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset + 1;
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput("after: '" + cursor + "' is not a cursor of this list");
        }
    }
}
