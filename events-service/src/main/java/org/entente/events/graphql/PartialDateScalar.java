package org.entente.events.graphql;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

/**
 * The {@code PartialDate} scalar. It only carries the text: the service parses it with
 * {@link org.entente.events.service.PartialDate}, because a failure raised while the scalar is
 * coerced surfaces as a GraphQL validation error without {@code extensions.code}, whereas the
 * service's refusal carries BAD_USER_INPUT.
 */
@CustomScalar("PartialDate")
@Description("ISO-8601 date with reduced precision: `2005`, `2007-05` or `2024-01-01` (a real calendar date). "
        + "It stands for the interval of days it covers: `2007-05` is 2007-05-01 to 2007-05-31. "
        + "Lists sort by the interval's start, coarser precision first. A malformed value is refused with BAD_USER_INPUT.")
public class PartialDateScalar implements CustomStringScalar {
    private final String text;

    public PartialDateScalar(String text) {
        this.text = text;
    }

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    static PartialDateScalar of(String text) {
        return text == null ? null : new PartialDateScalar(text);
    }

    static String textOf(PartialDateScalar value) {
        return value == null ? null : value.text;
    }
}
