package org.entente.actors.graphql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.actors.repository.DuplicateCandidateSearch.After;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;
import org.entente.subgraph.errors.ClientException;

/**
 * Opaque cursors of duplicate candidates: the pair's score and ids, so that the next page starts
 * after that pair even when pairs before it were dismissed or actors added meanwhile.
 */
final class DuplicateCursor {
    private static final String PREFIX = "pair:";

    private DuplicateCursor() {}

    static String encode(Row row) {
        String text = PREFIX + row.score().toPlainString() + ":" + row.a() + ":" + row.b();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the page after {@code cursor} starts; null without a cursor. */
    static After after(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            if (cursor.length() > 100) {
                throw new IllegalArgumentException();
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            String[] parts = text.substring(PREFIX.length()).split(":", -1);
            if (parts.length != 3 || parts[0].length() > 20) {
                throw new IllegalArgumentException();
            }
            BigDecimal score = new BigDecimal(parts[0]);
            if (score.scale() > 4 || score.abs().compareTo(BigDecimal.TEN) > 0) {
                throw new IllegalArgumentException();
            }
            return new After(score, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput("after: '" + cursor + "' is not a cursor of this list");
        }
    }
}
