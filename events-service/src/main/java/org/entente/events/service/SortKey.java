package org.entente.events.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position of a row in a date-ordered list: interval start, precision, id (unique, so ties
 * never reorder), and the search rank when the list is ranked. Cursors are its opaque,
 * base64 form.
 */
public record SortKey(float rank, LocalDate start, short precision, long id) {

    private static final String VERSION = "v1";

    public String toCursor() {
        String raw = String.join("|", VERSION, Float.toString(rank), start.toString(), Short.toString(precision), Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static SortKey fromCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 5 || !parts[0].equals(VERSION)) throw invalid(cursor);
            return new SortKey(Float.parseFloat(parts[1]), LocalDate.parse(parts[2]), Short.parseShort(parts[3]), Long.parseLong(parts[4]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static BadUserInputException invalid(String cursor) {
        return new BadUserInputException("'" + cursor + "' is not a cursor of this list");
    }
}
