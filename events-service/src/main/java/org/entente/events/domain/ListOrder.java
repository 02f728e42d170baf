package org.entente.events.domain;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The direction of a date-ordered list. Undated items come last either way. */
@Enum("ListOrder")
@Description("The direction of a date-ordered list: OLDEST_FIRST (the default) or NEWEST_FIRST. "
        + "Partial dates compare as the start of the interval they cover, coarser first on equal starts (reversed when newest first). "
        + "Undated items come last in both directions; ranked search results stay ranked first.")
public enum ListOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
}
