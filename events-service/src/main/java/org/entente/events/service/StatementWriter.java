package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.events.domain.SortKey;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementDraft;
import org.entente.events.domain.StatementKind;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.StatementAboutEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangeReverts;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.input.ClientText;

/**
 * Recording and editing statements. Rules: non-empty text, a cited existing source, an
 * existing event when one is named, a speaker unless the statement is an ASSESSMENT, and
 * every actor reference known to actors-service. A refused write changes nothing; each change is
 * recorded in the statement's history in the same transaction.
 */
@ApplicationScoped
public class StatementWriter {
    /** The longest texts, from the columns of migration V1 (the text's is ours: it is indexed for search). */
    public static final int MAX_KEY = 200;

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_SPEAKER_CAPACITY = 300;

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
     * A draft whose key names an existing statement returns that statement unchanged (idempotent
     * loads); CONFLICT when that statement is deleted (restore it rather than record it again).
     */
    @Transactional
    public StatementEntity recordStatement(StatementDraft draft, String reason) {
        String key = ClientText.optional(draft.key(), "key", MAX_KEY);
        if (key != null) {
            StatementEntity existing = StatementEntity.find("externalKey", key).firstResult();
            if (existing != null && existing.deleted) {
                throw ClientException.conflict(
                        "key '" + key + "' names statement " + existing.id + ", which is deleted: restore it instead");
            }
            if (existing != null) {
                return existing;
            }
        }
        StatementEntity statement = new StatementEntity();
        statement.externalKey = key;
        List<Long> about = draft.aboutIds() == null ? List.of() : draft.aboutIds();
        apply(draft, statement, about);
        UniqueInsert.persist(statement, "a statement with key '" + key + "'");
        insertAbout(statement.id, about);
        changes.record("recordStatement", ChangedEntity.STATEMENT, statement.id, null, statement.snapshot(), reason);
        return statement;
    }

    /**
     * Replaces the statement's fields; the actors it is about are replaced only when given. CONFLICT
     * when the statement is no longer at {@code expectedVersion}. The statement is locked until the
     * write commits, so concurrent writes of it take turns.
     */
    @Transactional
    public StatementEntity updateStatement(long id, long expectedVersion, StatementDraft draft, String reason) {
        StatementEntity statement = Versions.existing(
                StatementEntity.<StatementEntity>findById(id, LockModeType.PESSIMISTIC_WRITE), "statement", id);
        requireLive(statement);
        long version = statement.version;
        Versions.require("statement", id, version, expectedVersion);
        Snapshot before = statement.snapshot();
        replace(statement, version, draft);
        changes.record("updateStatement", ChangedEntity.STATEMENT, id, before, statement.snapshot(), reason);
        return statement;
    }

    /**
     * Sets the fields that {@code target} changed back to their values before it, as a new change
     * under the rules of updateStatement; returns that change's id. A deletion's revert restores the
     * statement (CONFLICT while its event is deleted), a restoration's deletes it again; any other
     * change of a deleted statement is NOT_FOUND, as its updates are.
     */
    @Transactional
    public long revert(ChangeReverts.Target target, String reason) {
        StatementEntity statement = Versions.existing(
                StatementEntity.<StatementEntity>findById(target.entityId(), LockModeType.PESSIMISTIC_WRITE),
                "statement",
                target.entityId());
        long version = statement.version;
        Snapshot before = statement.snapshot();
        Snapshot restored = reverts.restored(target, before);
        if (restored.flag("deleted") != statement.deleted) {
            if (statement.deleted) {
                Deletions.requireLiveEvent(statement);
            }
            return deletions.setDeleted(statement, restored.flag("deleted"), false, Versions.REVERT, reason);
        }
        requireLive(statement);
        String stance = restored.text("stance");
        StatementDraft draft = new StatementDraft(
                restored.text("key"),
                StatementKind.valueOf(restored.text("kind")),
                restored.text("text"),
                restored.id("speakerId"),
                restored.text("speakerCapacity"),
                PartialDate.parseNullable(restored.text("date")),
                restored.id("eventId"),
                restored.ids("aboutIds"),
                stance == null ? null : Stance.valueOf(stance),
                restored.id("reportedById"),
                restored.id("sourceId"));
        if (draft.key() == null) {
            // replace keeps a key it is not given; a revert may take it away again
            statement.externalKey = null;
        }
        replace(statement, version, draft);
        return changes.record(
                Versions.REVERT, ChangedEntity.STATEMENT, statement.id, before, statement.snapshot(), reason);
    }

    /** Replaces the statement's fields with the draft's; the actors it is about only when it names them. */
    private void replace(StatementEntity statement, long version, StatementDraft draft) {
        long id = statement.id;
        String key = ClientText.optional(draft.key(), "key", MAX_KEY);
        if (key != null && !key.equals(statement.externalKey)) {
            if (StatementEntity.count("externalKey", key) > 0) {
                throw ClientException.conflict("key '" + key + "' is used by another statement");
            }
            statement.externalKey = key;
        }
        apply(draft, statement, draft.aboutIds() == null ? List.of() : draft.aboutIds());
        if (draft.aboutIds() != null) {
            StatementAboutEntity.delete("statementId", id);
            insertAbout(id, draft.aboutIds());
        }
        Versions.bump(statement, version, s -> s.version);
    }

    /** Checks the draft (local references first, then one request to actors-service) and copies it onto the row. */
    private void apply(StatementDraft draft, StatementEntity statement, List<Long> about) {
        if (draft.kind() == null) {
            throw ClientException.badInput("kind is required");
        }
        String text = ClientText.required(draft.text(), "text", MAX_TEXT);
        if (draft.speakerId() == null && draft.kind() != StatementKind.ASSESSMENT) {
            throw ClientException.badInput(
                    "a " + draft.kind() + " needs a speakerId; only an ASSESSMENT may be unattributed");
        }
        if (draft.sourceId() == null) {
            throw ClientException.badInput("a statement must cite a source (sourceId)");
        }
        if (draft.eventId() != null && EventEntity.count("id = ?1 and deleted = false", draft.eventId()) == 0) {
            throw ClientException.badInput("unknown event id " + draft.eventId());
        }
        sources.requireExisting(List.of(draft.sourceId()));
        List<Long> actorIds = new ArrayList<>(about);
        actorIds.add(draft.speakerId());
        actorIds.add(draft.reportedById());
        actors.requireExisting(actorIds);

        PartialDate date = draft.date();
        statement.kind = draft.kind();
        statement.text = text;
        statement.speakerId = draft.speakerId();
        statement.speakerCapacity =
                ClientText.optional(draft.speakerCapacity(), "speakerCapacity", MAX_SPEAKER_CAPACITY);
        statement.dateText = date == null ? null : date.toString();
        statement.dateStart = date == null ? null : date.start();
        statement.dateEnd = date == null ? null : date.end();
        statement.sortStart = date == null ? SortKey.UNDATED : date.start();
        statement.sortPrecision = date == null ? 0 : date.precision().code();
        statement.eventId = draft.eventId();
        statement.stance = draft.stance();
        statement.reportedById = draft.reportedById();
        statement.sourceId = draft.sourceId();
    }

    /** NOT_FOUND for a deleted statement, as for an unknown one. */
    private static void requireLive(StatementEntity statement) {
        if (statement.deleted) {
            throw ClientException.notFound("no statement with id " + statement.id);
        }
    }

    private static void insertAbout(long statementId, List<Long> actorIds) {
        new LinkedHashSet<>(actorIds).forEach(actorId -> {
            StatementAboutEntity about = new StatementAboutEntity();
            about.statementId = statementId;
            about.actorId = actorId;
            about.persist();
        });
    }
}
