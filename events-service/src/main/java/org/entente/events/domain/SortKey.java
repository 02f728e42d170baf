package org.entente.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.entente.subgraph.errors.ClientException;

/**
 * Position of a row in a date-ordered list: interval start, precision, id (unique, so ties
 * never reorder), and the search rank when the list is ranked. Cursors are its opaque,
 * base64 form together with the list's direction, so a cursor cannot be used in the list of
 * the other direction.
 */
public record SortKey(float rank, LocalDate start, short precision, long id) {

    /**
     * The start stored for a row without a date: after every real date, so undated rows sort last
     * and an index on the start column orders them too. Such rows match no from/to filter.
     */
    public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    private static final String VERSION = "v2";

    public boolean undated() {
        return start.equals(UNDATED);
    }

    public String toCursor(ListOrder order) {
        String raw = String.join(
                "|",
                VERSION,
                order.name(),
                Float.toString(rank),
                start.toString(),
                Short.toString(precision),
                Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of a list in direction {@code order} stands for; BAD_USER_INPUT for any other string. */
    public static SortKey fromCursor(String cursor, ListOrder order) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 6 || !parts[0].equals(VERSION)) {
                throw invalid(cursor);
            }
            if (!parts[1].equals(order.name())) {
                throw ClientException.badInput(
                        "'" + cursor + "' is a cursor of the list in " + parts[1] + " order, not " + order);
            }
            return new SortKey(
                    Float.parseFloat(parts[2]),
                    LocalDate.parse(parts[3]),
                    Short.parseShort(parts[4]),
                    Long.parseLong(parts[5]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static ClientException invalid(String cursor) {
        return ClientException.badInput("'" + cursor + "' is not a cursor of this list");
    }
}
