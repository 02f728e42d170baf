package org.entente.subgraph.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.entente.subgraph.errors.ClientException;

/** A moment a client sends as text: an ISO-8601 timestamp with offset, or a date (its first moment in UTC). */
public final class ClientInstant {
    private ClientInstant() {}

    /** The moment {@code text} names, null for null; BAD_USER_INPUT naming {@code argument} for anything else. */
    public static OffsetDateTime parse(String text, String argument) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notATimestamp) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ClientException.badInput(
                        argument + " '" + text + "' is not an ISO-8601 date or timestamp with offset");
            }
        }
    }
}
