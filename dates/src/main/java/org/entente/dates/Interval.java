package org.entente.dates;

import java.time.LocalDate;

/**
 * The days from the start of {@code since} to the end of {@code until}; a missing end is open
 * (unknown or ongoing) and unbounded. A dated fact (a membership, an office) is in force during
 * its interval, an event lasts through its own.
 */
public record Interval(PartialDate since, PartialDate until) {

    /** Every day: both ends open. */
    public static final Interval ALWAYS = new Interval(null, null);

    /**
     * Refuses an interval whose {@code until} ends before its {@code since} starts. A coarser
     * {@code until} that still covers {@code since} is fine: from May 2007 until (some time in) 2007.
     *
     * @throws IllegalArgumentException for such an interval
     */
    public Interval {
        if (since != null && until != null && until.end().isBefore(since.start())) {
            throw new IllegalArgumentException("until (" + until + ") is before since (" + since + ")");
        }
    }

    /** The days {@code date} covers; every day for a null date. */
    public static Interval of(PartialDate date) {
        return new Interval(date, date);
    }

    /** First day, or null when open towards the past. */
    public LocalDate firstDay() {
        return since == null ? null : since.start();
    }

    /** Last day, or null when open towards the future. */
    public LocalDate lastDay() {
        return until == null ? null : until.end();
    }

    /** True when both intervals share at least one day. */
    public boolean overlaps(Interval other) {
        boolean startsBeforeOtherEnds =
                firstDay() == null || other.lastDay() == null || !firstDay().isAfter(other.lastDay());
        boolean otherStartsBeforeThisEnds = other.firstDay() == null
                || lastDay() == null
                || !other.firstDay().isAfter(lastDay());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whether the interval shares a day with {@code asOf}'s; everything is in force at a null asOf. */
    public boolean inForceAt(PartialDate asOf) {
        return asOf == null || overlaps(of(asOf));
    }
}
