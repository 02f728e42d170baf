package org.entente.relations;

import java.util.Comparator;
import java.util.List;
import org.entente.dates.PartialDate;

/** One fact connecting two actors, shaped as the {@code Link} type of the relations schema. */
public record Link(
        String id,
        LinkKind kind,
        Ref from,
        Ref to,
        String label,
        String fromRole,
        String toRole,
        PartialDate since,
        PartialDate until,
        PartialDate date,
        Ref event,
        Ref statement,
        List<Ref> sources) {

    static final Comparator<Link> ORDER = Comparator.comparing(Link::kind).thenComparing(Link::id);

    /** The end of this link that is not {@code actorId}. */
    String other(String actorId) {
        return from.id().equals(actorId) ? to.id() : from.id();
    }
}
