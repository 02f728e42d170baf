package org.entente.actors.service;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 calendar date with reduced precision: a year ({@code 2005}), a month
 * ({@code 2007-05}) or a day ({@code 2024-01-01}). It stands for the whole interval it covers.
 */
@CustomScalar("PartialDate")
@Description("ISO-8601 date with reduced precision: `2005`, `2007-05` or `2024-01-01`. "
        + "A partial date stands for the interval it covers (`2007-05` = 2007-05-01 … 2007-05-31).")
public final class PartialDate implements CustomStringScalar, Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Ordering rule of the conventions: by start of the interval, then coarser first. */
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    private final String text;
    private final Precision precision;
    private final LocalDate start;
    private final LocalDate end;

    /** Parses {@code text}; throws {@link IllegalArgumentException} when it is not a real partial date. */
    public PartialDate(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                precision = Precision.YEAR;
                start = LocalDate.of(year, 1, 1);
                end = LocalDate.of(year, 12, 31);
            } else if (m.group(3) == null) {
                precision = Precision.MONTH;
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                start = month.atDay(1);
                end = month.atEndOfMonth();
            } else {
                precision = Precision.DAY;
                start = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                end = start;
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real calendar date", e);
        }
        this.text = text;
    }

    public static PartialDate parse(String text) {
        return new PartialDate(text);
    }

    /** Like {@link #parse} but for optional input: null stays null. */
    public static PartialDate parseNullable(String text) {
        return text == null ? null : new PartialDate(text);
    }

    public LocalDate start() {
        return start;
    }

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

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
