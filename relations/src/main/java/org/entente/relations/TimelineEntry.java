package org.entente.relations;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * One entry of an actor's timeline, shaped as the {@code TimelineEntry} type of the relations schema.
 *
 * @param factId the membership, position, event or statement it comes from (the last tiebreak of the order)
 */
public record TimelineEntry(
        PartialDate date,
        PartialDate endDate,
        Kind kind,
        String title,
        Ref actor,
        String role,
        List<Ref> counterparts,
        Ref event,
        Ref statement,
        List<Ref> sources,
        String factId) {

    /** In the order entries of the same date are listed. */
    public enum Kind {
        MEMBERSHIP_BEGINS,
        MEMBERSHIP_ENDS,
        POSITION_BEGINS,
        POSITION_ENDS,
        EVENT,
        STATEMENT_BY,
        STATEMENT_ABOUT
    }
}
