package org.entente.actors.service;

import org.entente.subgraph.errors.ClientException;
import org.entente.dates.PartialDate;

import java.time.LocalDate;

/**
 * The validity of a dated fact: from the start of {@code since} to the end of {@code until},
 * either end open (unbounded) when absent.
 */
public record Validity(PartialDate since, PartialDate until) {

    /** Refuses an interval whose {@code until} ends before its {@code since} starts. */
    public Validity {
        if (since != null && until != null && until.end().isBefore(since.start())) {
            throw ClientException.badInput("until (" + until + ") is before since (" + since + ")");
        }
    }

    /** First day in force, or null when open towards the past. */
    public LocalDate firstDay() {
        return since == null ? null : since.start();
    }

    /** Last day in force, or null when still open. */
    public LocalDate lastDay() {
        return until == null ? null : until.end();
    }

    /** True when both intervals share at least one day; open ends are unbounded. */
    public boolean overlaps(Validity other) {
        boolean startsBeforeOtherEnds = firstDay() == null || other.lastDay() == null || !firstDay().isAfter(other.lastDay());
        boolean otherStartsBeforeThisEnds = other.firstDay() == null || lastDay() == null || !other.firstDay().isAfter(lastDay());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
