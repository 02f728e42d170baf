package org.entente.events.domain;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * Which events a list shows. {@code from}/{@code to} keep events whose interval
 * (date .. endDate) overlaps the interval from the start of {@code from} to the end of {@code to}.
 */
public record EventFilter(Long actorId, List<EventType> types, PartialDate from, PartialDate to, String search) {
    /** BAD_USER_INPUT for a search longer than {@link SearchTerms#MAX_LENGTH}. */
    public EventFilter {
        SearchTerms.check(search);
    }
}
