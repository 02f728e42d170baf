package org.entente.cli.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a PartialDate as the services define it ({@code 2005}, {@code 2007-05},
 * {@code 2024-01-01}) and gives the interval it covers, so a file can be validated
 * before anything is written.
 */
final class PartialDateText {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDateText() {
    }

    /** The first day covered, or null when the text is not a valid partial date. */
    static LocalDate start(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) return null;
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return LocalDate.of(year, 1, 1);
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return LocalDate.of(year, month, 1);
            return LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last day covered; call only for valid text. */
    static LocalDate end(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException(text);
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return LocalDate.of(year, 12, 31);
        if (m.group(3) == null) return YearMonth.of(year, Integer.parseInt(m.group(2))).atEndOfMonth();
        return start(text);
    }
}
