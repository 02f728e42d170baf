package org.entente.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;

/**
 * Position of a row in a date-ordered list: interval start, precision, id (unique, so ties
 * never reorder), and the search rank when the list is ranked. Cursors are its opaque,
 * base64 form together with the list's direction, so a cursor cannot be used in the list of
 * the other direction.
 */
public record SortKey(float rank, LocalDate start, short precision, long id) {

    /**
     * The start stored for a row without a date: the day after the last day a partial date can
     * cover (+10000-01-01, which PostgreSQL stores like any date), so undated rows sort after every
     * dated one, an index on the start column orders them too, and no real date is taken for
     * "undated". Such rows match no from/to filter.
     */
    public static final LocalDate UNDATED = PartialDate.LAST_DAY.plusDays(1);

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
            SortKey key = new SortKey(
                    Float.parseFloat(parts[2]),
                    LocalDate.parse(parts[3]),
                    Short.parseShort(parts[4]),
                    Long.parseLong(parts[5]));
            if (!key.isPossible()) {
                throw invalid(cursor);
            }
            return key;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    /**
     * Whether a row can have this key: a finite rank, and a start that a partial date covers or
     * {@link #UNDATED}. A forged start like +999999999-01-01 is a LocalDate but no PostgreSQL date.
     */
    private boolean isPossible() {
        return Float.isFinite(rank)
                && (undated() || !start.isBefore(PartialDate.FIRST_DAY) && !start.isAfter(PartialDate.LAST_DAY));
    }

    private static ClientException invalid(String cursor) {
        return ClientException.badInput("'" + cursor + "' is not a cursor of this list");
    }
}
