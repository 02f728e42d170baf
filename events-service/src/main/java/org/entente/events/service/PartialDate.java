package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date with reduced precision ({@code 2005}, {@code 2007-05}, {@code 2024-01-01}),
 * understood as the interval of days it covers. Ordering: by the start of the interval, then
 * coarser precision first.
 */
public final class PartialDate implements Comparable<PartialDate> {
    /** Where a missing date sorts: after every real date. Such rows match no from/to filter. */
    public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);


    /** Declared from coarse to fine: the ordinal order is the "coarser first" tie-break. */
    public enum Precision {
        YEAR, MONTH, DAY;

        /** Stored code (1 = year, 2 = month, 3 = day), see V1__events.sql. */
        public short code() {
            return (short) (ordinal() + 1);
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    private final LocalDate start;
    private final LocalDate end;
    private final Precision precision;

    private PartialDate(LocalDate start, LocalDate end, Precision precision) {
        this.start = start;
        this.end = end;
        this.precision = precision;
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is refused. */
    public static PartialDate parse(String text) {
        if (text == null) throw invalid(null);
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) throw invalid(text);
        try {
            int year = Integer.parseInt(m.group(1));
            if (year == 0) throw invalid(text);
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(day, day, Precision.DAY);
        } catch (DateTimeException e) {
            throw invalid(text);
        }
    }

    private static ClientException invalid(String text) {
        return ClientException.badInput("'" + text + "' is not a PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date");
    }

    /** First day of the interval. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the interval (inclusive). */
    public LocalDate end() {
        return end;
    }

    public Precision precision() {
        return precision;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && start.equals(p.start) && precision == p.precision;
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + precision.hashCode();
    }

    /** The canonical text, as it was parsed. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }
}
