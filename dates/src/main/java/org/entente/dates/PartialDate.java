package org.entente.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 calendar date with reduced precision: a year ({@code 2005}), a month
 * ({@code 2007-05}) or a day ({@code 2024-01-01}), standing for the whole interval of days it
 * covers. Ordered by the start of that interval, coarser precision first, so {@code 2007} sorts
 * before {@code 2007-01} and {@code 2007-01-01} (docs/CONVENTIONS.md).
 *
 * <p>Years run from 0001 to 9999: four digits, as ISO-8601 writes them without an agreement
 * between the parties, and no year 0, which the proleptic calendar would read as 1 BC.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** Declared from coarse to fine: the ordinal order is the "coarser first" tie-break. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY;

        /** The stored code: 1 year, 2 month, 3 day. */
        public short code() {
            return (short) (ordinal() + 1);
        }
    }

    /** The first day a partial date can cover: 0001-01-01. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    /** The last day a partial date can cover: 9999-12-31. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

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

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} naming a real year, month or day.
     *
     * @throws InvalidPartialDateException for anything else, null included
     */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidPartialDateException(text);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year == 0) {
                throw new InvalidPartialDateException(text);
            }
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
            throw new InvalidPartialDateException(text);
        }
    }

    /** Like {@link #parse}, for optional values: null stays null (an unknown or open date). */
    public static PartialDate parseNullable(String text) {
        return text == null ? null : parse(text);
    }

    /** Whether {@code text} is a partial date that {@link #parse} accepts. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidPartialDateException e) {
            return false;
        }
    }

    /** First day of the interval. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the interval, inclusive. */
    public LocalDate end() {
        return end;
    }

    public Precision precision() {
        return precision;
    }

    /** True when the intervals of both dates share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** Whether this date begins no later than {@code other} ends: what had begun by then. */
    public boolean beginsBy(PartialDate other) {
        return !start.isAfter(other.end);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && start.equals(other.start) && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + precision.hashCode();
    }

    /** The canonical text, the same that was parsed. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }
}
