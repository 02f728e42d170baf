package org.entente.events.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.EventDraft;
import org.entente.events.domain.ParticipantDraft;
import org.entente.events.domain.ParticipantRole;
import org.entente.events.service.Deletions;
import org.entente.events.service.EventWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.history.Change;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/** The writes of events: editors only. */
@GraphQLApi
@EditorOnly
public class EventMutations {
    @Inject
    EventWriter writer;

    @Inject
    Deletions deletions;

    @Inject
    ChangeHistory history;

    @Mutation
    @NonNull
    @Description(
            "Records an event (editor role). Refused with BAD_USER_INPUT: no or unknown sourceIds, endDate before date, "
                    + "malformed PartialDate, empty title, unknown participant actor. SUBGRAPH_UNAVAILABLE when actors-service cannot "
                    + "confirm the participants. A `key` that exists returns the existing event unchanged (CONFLICT when "
                    + "that event is deleted).")
    public Event recordEvent(@NonNull EventInput input, @Description(ChangeRecorder.REASON) String reason) {
        return Event.from(writer.recordEvent(draft(input), reason));
    }

    @Mutation
    @NonNull
    @Description(
            "Replaces an event's fields (editor role); participants and sourceIds only when given. `version` is the "
                    + "version the change was based on: CONFLICT when the event has changed since (reload it and apply the "
                    + "change again) or for a key used by another event; NOT_FOUND for an unknown or deleted id, otherwise the rules of "
                    + "recordEvent.")
    public Event updateEvent(
            @Id @NonNull Long id,
            @NonNull int version,
            @NonNull EventInput input,
            @Description(ChangeRecorder.REASON) String reason) {
        return Event.from(writer.updateEvent(id, version, draft(input), reason));
    }

    @Mutation
    @NonNull
    @Description(
            "Adds a participant to an event (editor role) and raises its version; adding an existing participation "
                    + "changes nothing. NOT_FOUND for an unknown or deleted event, BAD_USER_INPUT for an unknown actor.")
    public Event addParticipant(
            @Id @NonNull Long eventId,
            @Id @NonNull Long actorId,
            @NonNull ParticipantRole role,
            @Description(ChangeRecorder.REASON) String reason) {
        return Event.from(writer.addParticipant(eventId, actorId, role, reason));
    }

    @Mutation
    @NonNull
    @Description(
            "Removes a participant from an event (editor role) and raises its version. NOT_FOUND for an unknown or deleted "
                    + "event or participation.")
    public Event removeParticipant(
            @Id @NonNull Long eventId,
            @Id @NonNull Long actorId,
            @NonNull ParticipantRole role,
            @Description(ChangeRecorder.REASON) String reason) {
        return Event.from(writer.removeParticipant(eventId, actorId, role, reason));
    }

    @Mutation
    @NonNull
    @Description("Deletes an event (editor role), with the statements made at it: every read leaves them out "
            + "(`event` and `_entities` answer null), their histories keep them, and restoreEvent brings them back. "
            + "Returns the event's change; each statement's deletion is a change of its own. NOT_FOUND for an unknown "
            + "or already deleted event.")
    public Change deleteEvent(@Id @NonNull Long id, @Description(ChangeRecorder.REASON) String reason) {
        return history.change(deletions.deleteEvent(id, reason));
    }

    @Mutation
    @NonNull
    @Description(
            "Restores a deleted event (editor role) with the statements that were deleted with it (not those "
                    + "deleted on their own before). Returns the event's change. NOT_FOUND unless the id names a deleted event.")
    public Change restoreEvent(@Id @NonNull Long id, @Description(ChangeRecorder.REASON) String reason) {
        return history.change(deletions.restoreEvent(id, reason));
    }

    /** The input as the writer takes it; a malformed date is refused here (BAD_USER_INPUT). */
    private static EventDraft draft(EventInput input) {
        List<ParticipantDraft> participants = input.participants == null
                ? null
                : input.participants.stream()
                        .map(p -> new ParticipantDraft(p.actorId, p.role))
                        .toList();
        return new EventDraft(
                input.key,
                input.type,
                input.title,
                input.summary,
                PartialDateScalar.toDate(input.date),
                PartialDateScalar.toDate(input.endDate),
                input.location,
                participants,
                input.sourceIds);
    }
}
