package org.entente.subgraph.graphql;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;
import org.entente.dates.InvalidPartialDateException;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;

/**
 * The {@code PartialDate} scalar of both subgraphs. It only carries the text the client sent; the
 * field that reads it parses it with {@link #toDate()}. A value refused while SmallRye coerces the
 * scalar would surface as an error without {@code extensions.code} and with this class's name in
 * its message; the field's refusal is BAD_USER_INPUT quoting only the client's text.
 */
@CustomScalar("PartialDate")
@Description(
        "ISO-8601 date with reduced precision: `2005`, `2007-05` or `2024-01-01` (a real calendar date, years 0001 to 9999). "
                + "It stands for the interval of days it covers: `2007-05` is 2007-05-01 to 2007-05-31. "
                + "Lists sort by the interval's start, coarser precision first. A malformed value is refused with BAD_USER_INPUT.")
public final class PartialDateScalar implements CustomStringScalar {
    private final String text;

    /** Called by SmallRye with the client's text; it is checked when it is read. */
    public PartialDateScalar(String text) {
        this.text = text;
    }

    /** The scalar of a stored text; null stays null. */
    public static PartialDateScalar of(String text) {
        return text == null ? null : new PartialDateScalar(text);
    }

    /** The scalar of a date; null stays null. */
    public static PartialDateScalar of(PartialDate date) {
        return date == null ? null : new PartialDateScalar(date.toString());
    }

    /** The date of an optional argument or input field; null stays null. BAD_USER_INPUT when malformed. */
    public static PartialDate toDate(PartialDateScalar value) {
        return value == null ? null : value.toDate();
    }

    /** The date this text names; BAD_USER_INPUT when it names none. */
    public PartialDate toDate() {
        try {
            return PartialDate.parse(text);
        } catch (InvalidPartialDateException e) {
            throw ClientException.badInput(e.getMessage());
        }
    }

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
