package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.events.domain.EventDraft;
import org.entente.events.domain.EventType;
import org.entente.events.domain.ParticipantDraft;
import org.entente.events.domain.ParticipantRole;
import org.entente.events.domain.SortKey;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.EventSourceEntity;
import org.entente.events.repository.ParticipantEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangeReverts;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.input.ClientText;

/**
 * Recording and editing events. Rules: an event cites at least one existing source, its
 * endDate does not end before its date begins, and every participant is an actor that
 * actors-service knows. A refused write changes nothing; each change is recorded in the event's
 * history in the same transaction.
 */
@ApplicationScoped
public class EventWriter {
    /** The longest texts, from the columns of migration V1 (the summary's is ours: it is indexed for search). */
    public static final int MAX_KEY = 200;

    public static final int MAX_TITLE = 500;
    public static final int MAX_SUMMARY = 10_000;
    public static final int MAX_LOCATION = 300;

    @Inject
    ActorReferences actors;

    @Inject
    SourceReader sources;

    @Inject
    ChangeRecorder changes;

    @Inject
    ChangeReverts reverts;

    @Inject
    Deletions deletions;

    /**
     * A draft whose key names an existing event returns that event unchanged (idempotent loads);
     * CONFLICT when that event is deleted (restore it rather than record it again).
     */
    @Transactional
    public EventEntity recordEvent(EventDraft draft, String reason) {
        String key = ClientText.optional(draft.key(), "key", MAX_KEY);
        if (key != null) {
            EventEntity existing = EventEntity.find("externalKey", key).firstResult();
            if (existing != null && existing.deleted) {
                throw ClientException.conflict(
                        "key '" + key + "' names event " + existing.id + ", which is deleted: restore it instead");
            }
            if (existing != null) {
                return existing;
            }
        }
        if (draft.sourceIds() == null || draft.sourceIds().isEmpty()) {
            throw ClientException.badInput("an event must cite at least one source (sourceIds)");
        }
        EventEntity event = new EventEntity();
        event.externalKey = key;
        apply(draft, event);
        List<ParticipantDraft> participants = draft.participants() == null ? List.of() : draft.participants();
        checkReferences(participants, draft.sourceIds());
        UniqueInsert.persist(event, "an event with key '" + key + "'");
        insertParticipants(event.id, participants);
        insertSources(event.id, draft.sourceIds());
        changes.record("recordEvent", ChangedEntity.EVENT, event.id, null, event.snapshot(), reason);
        return event;
    }

    /**
     * Replaces the event's fields; participants and sources are replaced only when given. CONFLICT
     * when the event is no longer at {@code expectedVersion}.
     */
    @Transactional
    public EventEntity updateEvent(long id, long expectedVersion, EventDraft draft, String reason) {
        EventEntity event = locked(id);
        long version = event.version;
        Versions.require("event", id, version, expectedVersion);
        Snapshot before = event.snapshot();
        replace(event, version, draft);
        changes.record("updateEvent", ChangedEntity.EVENT, id, before, event.snapshot(), reason);
        return event;
    }

    /**
     * Sets the fields that {@code target} changed (participants and sources included) back to their
     * values before it, as a new change under the rules of updateEvent; returns that change's id. A
     * deletion's revert restores the event, a restoration's deletes it again, as restoreEvent and
     * deleteEvent do; any other change of a deleted event is NOT_FOUND, as its updates are.
     */
    @Transactional
    public long revert(ChangeReverts.Target target, String reason) {
        EventEntity event = Versions.existing(
                EventEntity.<EventEntity>findById(target.entityId(), LockModeType.PESSIMISTIC_WRITE),
                "event",
                target.entityId());
        long version = event.version;
        Snapshot before = event.snapshot();
        Snapshot restored = reverts.restored(target, before);
        if (restored.flag("deleted") != event.deleted) {
            return deletions.setDeleted(event, restored.flag("deleted"), Versions.REVERT, reason);
        }
        if (event.deleted) {
            throw ClientException.notFound("no event with id " + event.id);
        }
        EventDraft draft = new EventDraft(
                restored.text("key"),
                EventType.valueOf(restored.text("type")),
                restored.text("title"),
                restored.text("summary"),
                PartialDate.parseNullable(restored.text("date")),
                PartialDate.parseNullable(restored.text("endDate")),
                restored.text("location"),
                restored.records("participants").stream()
                        .map(p -> new ParticipantDraft(p.id("actorId"), ParticipantRole.valueOf(p.text("role"))))
                        .toList(),
                restored.ids("sourceIds"));
        if (draft.key() == null) {
            // replace keeps a key it is not given; a revert may take it away again
            event.externalKey = null;
        }
        replace(event, version, draft);
        return changes.record(Versions.REVERT, ChangedEntity.EVENT, event.id, before, event.snapshot(), reason);
    }

    /** Replaces the event's fields with the draft's; its participants and sources only when it names them. */
    private void replace(EventEntity event, long version, EventDraft draft) {
        long id = event.id;
        String key = ClientText.optional(draft.key(), "key", MAX_KEY);
        if (key != null && !key.equals(event.externalKey)) {
            if (EventEntity.count("externalKey", key) > 0) {
                throw ClientException.conflict("key '" + key + "' is used by another event");
            }
            event.externalKey = key;
        }
        if (draft.sourceIds() != null && draft.sourceIds().isEmpty()) {
            throw ClientException.badInput("an event must cite at least one source (sourceIds)");
        }
        apply(draft, event);
        checkReferences(
                draft.participants() == null ? List.of() : draft.participants(),
                draft.sourceIds() == null ? List.of() : draft.sourceIds());
        if (draft.participants() != null) {
            ParticipantEntity.delete("eventId", id);
            insertParticipants(id, draft.participants());
        }
        if (draft.sourceIds() != null) {
            EventSourceEntity.delete("eventId", id);
            insertSources(id, draft.sourceIds());
        }
        Versions.bump(event, version, e -> e.version);
    }

    /** Adding a participation that already exists changes nothing; adding one raises the event's version. */
    @Transactional
    public EventEntity addParticipant(long eventId, long actorId, ParticipantRole role, String reason) {
        EventEntity event = locked(eventId);
        long version = event.version;
        if (ParticipantEntity.count("eventId = ?1 and actorId = ?2 and role = ?3", eventId, actorId, role) == 0) {
            actors.requireExisting(List.of(actorId));
            Snapshot before = event.snapshot();
            insertParticipants(eventId, List.of(new ParticipantDraft(actorId, role)));
            Versions.bump(event, version, e -> e.version);
            changes.record("addParticipant", ChangedEntity.EVENT, eventId, before, event.snapshot(), reason);
        }
        return event;
    }

    /** Removing a participation raises the event's version; NOT_FOUND when there is none to remove. */
    @Transactional
    public EventEntity removeParticipant(long eventId, long actorId, ParticipantRole role, String reason) {
        EventEntity event = locked(eventId);
        long version = event.version;
        Snapshot before = event.snapshot();
        if (ParticipantEntity.delete("eventId = ?1 and actorId = ?2 and role = ?3", eventId, actorId, role) == 0) {
            throw ClientException.notFound("actor " + actorId + " is not a " + role + " of event " + eventId);
        }
        Versions.bump(event, version, e -> e.version);
        changes.record("removeParticipant", ChangedEntity.EVENT, eventId, before, event.snapshot(), reason);
        return event;
    }

    /**
     * The event, locked until the write commits: concurrent writes of one event take turns (the
     * lock is held while actors-service confirms the actors, which its client's timeout bounds).
     * NOT_FOUND for a deleted event, as for an unknown one.
     */
    private static EventEntity locked(long id) {
        EventEntity event =
                Versions.existing(EventEntity.<EventEntity>findById(id, LockModeType.PESSIMISTIC_WRITE), "event", id);
        if (event.deleted) {
            throw ClientException.notFound("no event with id " + id);
        }
        return event;
    }

    private static void apply(EventDraft draft, EventEntity event) {
        if (draft.type() == null) {
            throw ClientException.badInput("type is required");
        }
        PartialDate date = draft.date();
        PartialDate endDate = draft.endDate();
        if (endDate != null && date == null) {
            throw ClientException.badInput("endDate needs a date");
        }
        if (endDate != null && endDate.end().isBefore(date.start())) {
            throw ClientException.badInput("endDate " + endDate + " is before date " + date);
        }
        event.type = draft.type();
        event.title = ClientText.required(draft.title(), "title", MAX_TITLE);
        event.summary = ClientText.optional(draft.summary(), "summary", MAX_SUMMARY);
        event.location = ClientText.optional(draft.location(), "location", MAX_LOCATION);
        event.dateText = date == null ? null : date.toString();
        event.dateStart = date == null ? SortKey.UNDATED : date.start();
        event.datePrecision = date == null ? 0 : date.precision().code();
        event.endDateText = endDate == null ? null : endDate.toString();
        event.spanEnd = endDate != null ? endDate.end() : date != null ? date.end() : SortKey.UNDATED;
    }

    /** Local references first (cheap), then one request to actors-service for all actors. */
    private void checkReferences(List<ParticipantDraft> participants, List<Long> sourceIds) {
        for (ParticipantDraft p : participants) {
            if (p.actorId() == null || p.role() == null) {
                throw ClientException.badInput("a participant needs an actorId and a role");
            }
        }
        if (!sourceIds.isEmpty()) {
            sources.requireExisting(sourceIds);
        }
        actors.requireExisting(
                participants.stream().map(ParticipantDraft::actorId).toList());
    }

    private static void insertParticipants(long eventId, List<ParticipantDraft> participants) {
        new LinkedHashSet<>(participants).forEach(p -> {
            ParticipantEntity participant = new ParticipantEntity();
            participant.eventId = eventId;
            participant.actorId = p.actorId();
            participant.role = p.role();
            participant.persist();
        });
    }

    private static void insertSources(long eventId, List<Long> sourceIds) {
        new LinkedHashSet<>(sourceIds).forEach(sourceId -> {
            EventSourceEntity link = new EventSourceEntity();
            link.eventId = eventId;
            link.sourceId = sourceId;
            link.persist();
        });
    }
}
