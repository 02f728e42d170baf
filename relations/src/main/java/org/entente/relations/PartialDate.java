package org.entente.relations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date with reduced precision ({@code 2005}, {@code 2007-05}, {@code 2024-01-01}),
 * standing for the days it covers. Ordered by the start of that interval, coarser precision first.
 */
public record PartialDate(String text, LocalDate start, LocalDate end, Precision precision) implements Comparable<PartialDate> {

    /** Coarser first, so that {@code 2007} sorts before {@code 2007-01} and {@code 2007-01-01}. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    /** @throws IllegalArgumentException when the text is not a partial date of a real calendar day, month or year */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a PartialDate (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(text, month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(text, day, day, Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real calendar date", e);
        }
    }

    /** Null for null: subgraphs send null for unknown dates. */
    public static PartialDate parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /**
     * Whether the interval from the start of {@code from} to the end of {@code to} (null: unbounded)
     * shares at least one day with this date's interval extended to {@code until} (null: this date alone).
     */
    public boolean overlaps(PartialDate until, PartialDate from, PartialDate to) {
        LocalDate last = until == null ? end : until.end;
        return (from == null || !last.isBefore(from.start)) && (to == null || !start.isAfter(to.end));
    }

    /**
     * Whether a fact valid from {@code since} to {@code until} (open ends unbounded) is in force at
     * {@code asOf}: the two intervals share at least one day. Everything is in force at a null asOf.
     */
    public static boolean inForce(PartialDate since, PartialDate until, PartialDate asOf) {
        if (asOf == null) {
            return true;
        }
        return (since == null || !since.start.isAfter(asOf.end)) && (until == null || !until.end.isBefore(asOf.start));
    }

    /** Whether something dated {@code date} had happened by {@code asOf}: it begins no later than asOf ends. Undated: yes. */
    public static boolean notAfter(PartialDate date, PartialDate asOf) {
        return date == null || asOf == null || !date.start.isAfter(asOf.end);
    }

    @Override
    public String toString() {
        return text;
    }
}
