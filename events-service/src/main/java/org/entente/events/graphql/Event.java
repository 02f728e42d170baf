package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.EventType;
import org.entente.events.repository.EventEntity;
import org.entente.subgraph.graphql.PartialDateScalar;

@Key(fields = @FieldSet("id"))
@Description(
        "Something that happened, with its participants, the statements made at it and the sources that report it.")
public class Event {
    @Id
    @NonNull
    public Long id;

    @Description(
            "Optional client-chosen unique key; recording an event with a key that exists returns the existing event.")
    public String key;

    @NonNull
    public EventType type;

    @NonNull
    public String title;

    public String summary;

    @Description(
            "When it happened (or began); null when its sources do not date it. Undated events list after dated ones "
                    + "and match no `from`/`to` filter.")
    public PartialDateScalar date;

    @Description("When it ended, for events that lasted; never ends before `date` begins.")
    public PartialDateScalar endDate;

    public String location;

    @NonNull
    @Description("Optimistic-locking version: pass it to updateEvent; a stale one is refused with CONFLICT. "
            + "Every change of the event, its participants or its sources raises it.")
    public int version;

    /** The event as the schema shows it; null for none. */
    public static Event from(EventEntity entity) {
        if (entity == null) {
            return null;
        }
        Event event = new Event();
        event.id = entity.id;
        event.key = entity.externalKey;
        event.type = entity.type;
        event.title = entity.title;
        event.summary = entity.summary;
        event.date = PartialDateScalar.of(entity.dateText);
        event.endDate = PartialDateScalar.of(entity.endDateText);
        event.location = entity.location;
        event.version = Math.toIntExact(entity.version);
        return event;
    }
}
