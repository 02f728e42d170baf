package org.entente.events.domain;

import org.entente.dates.PartialDate;

/**
 * Which statements a list shows. {@code from}/{@code to} keep dated statements whose date
 * overlaps the interval from the start of {@code from} to the end of {@code to}.
 */
public record StatementFilter(Long speakerId, Long aboutId, String search, PartialDate from, PartialDate to) {
    /** BAD_USER_INPUT for a search longer than {@link SearchTerms#MAX_LENGTH}. */
    public StatementFilter {
        SearchTerms.check(search);
    }
}
