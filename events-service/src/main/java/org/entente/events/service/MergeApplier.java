package org.entente.events.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.entente.events.client.MergeSteps;
import org.entente.events.domain.ParticipantRole;
import org.entente.events.repository.ActorMergeAppliedEntity;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.repository.StatementAboutEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;

/**
 * Applies a step of actors-service's merge outbox here, in one transaction with its record in
 * actor_merge_applied: a merge makes the merged actor's participations, the statements it made or
 * reported and those about it, and the sources it published name the kept actor (a participation or
 * statement-about the kept actor has already is folded: the merged actor's is dropped); an unmerge
 * moves back exactly what its merge moved. Each event, statement and source changed is recorded in
 * the history on behalf of the editor who merged, with the merge's reason, and its version raised.
 * A step applied already is not applied again; a failure rolls back everything of the step.
 */
@ApplicationScoped
public class MergeApplier {
    static final String MERGE = "mergeActors";
    static final String UNMERGE = "unmergeActors";

    @Inject
    ChangeRecorder changes;

    /** The last step of the outbox applied here; 0 before the first. */
    @Transactional
    public long lastStep() {
        return ActorMergeAppliedEntity.lastStep();
    }

    /** Applies the step unless it was applied before; true when it did now. */
    @Transactional
    public boolean apply(MergeSteps.Step step) {
        ActorMergeAppliedEntity.lockAll();
        if (ActorMergeAppliedEntity.findById(step.seq()) != null) {
            return false;
        }
        long mergeId = Long.parseLong(step.merge().id());
        long keep = Long.parseLong(step.merge().keep().id());
        long merged = Long.parseLong(step.merge().merged().id());
        boolean merging = step.action().equals("MERGE");
        Touched touched = new Touched();
        MovedRows rows;
        if (merging) {
            rows = move(keep, merged, touched);
        } else {
            ActorMergeAppliedEntity applied = ActorMergeAppliedEntity.merge(mergeId);
            // a merge applied before this service followed the outbox moved nothing here
            rows = applied == null
                    ? MovedRows.empty()
                    : moveBack(MovedRows.parse(applied.moved), keep, merged, touched);
        }
        touched.record(
                merging ? MERGE : UNMERGE,
                merging ? step.merge().mergedBy() : step.merge().unmergedBy(),
                merging ? step.merge().reason() : step.merge().unmergeReason());

        ActorMergeAppliedEntity applied = new ActorMergeAppliedEntity();
        applied.step = step.seq();
        applied.mergeId = mergeId;
        applied.action = step.action();
        applied.keepId = keep;
        applied.mergedId = merged;
        applied.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        applied.moved = rows.toJson();
        applied.persist();
        return true;
    }

    private MovedRows move(long keep, long merged, Touched touched) {
        MovedRows rows = MovedRows.empty();
        for (StatementEntity statement :
                touched.statements(StatementEntity.list("speakerId = ?1 order by id", merged))) {
            statement.speakerId = keep;
            rows.spoken().add(statement.id);
        }
        for (StatementEntity statement :
                touched.statements(StatementEntity.list("reportedById = ?1 order by id", merged))) {
            statement.reportedById = keep;
            rows.reported().add(statement.id);
        }
        for (SourceEntity source : touched.sources(SourceEntity.list("publisherId = ?1 order by id", merged))) {
            source.publisherId = keep;
            rows.published().add(source.id);
        }
        List<ParticipantEntity> participations = ParticipantEntity.list("actorId = ?1 order by id", merged);
        touched.events(participations.stream().map(p -> p.eventId).toList());
        for (ParticipantEntity participation : participations) {
            // link rows are deleted and inserted, never moved (migration V2's guard)
            participation.delete();
            boolean folded = participates(participation.eventId, keep, participation.role);
            if (!folded) {
                participate(participation.eventId, keep, participation.role);
            }
            rows.participations()
                    .add(new MovedRows.Participation(
                            participation.id, participation.eventId, participation.role.name(), folded));
        }
        List<StatementAboutEntity> abouts = StatementAboutEntity.list("actorId = ?1 order by id", merged);
        touched.statementIds(abouts.stream().map(a -> a.statementId).toList());
        for (StatementAboutEntity about : abouts) {
            about.delete();
            boolean folded = isAbout(about.statementId, keep);
            if (!folded) {
                about(about.statementId, keep);
            }
            rows.abouts().add(new MovedRows.About(about.id, about.statementId, folded));
        }
        return rows;
    }

    private MovedRows moveBack(MovedRows moved, long keep, long merged, Touched touched) {
        for (StatementEntity statement : touched.statements(StatementEntity.list("id in ?1", ids(moved.spoken())))) {
            if (Objects.equals(statement.speakerId, keep)) {
                statement.speakerId = merged;
            }
        }
        for (StatementEntity statement : touched.statements(StatementEntity.list("id in ?1", ids(moved.reported())))) {
            if (Objects.equals(statement.reportedById, keep)) {
                statement.reportedById = merged;
            }
        }
        for (SourceEntity source : touched.sources(SourceEntity.list("id in ?1", ids(moved.published())))) {
            if (Objects.equals(source.publisherId, keep)) {
                source.publisherId = merged;
            }
        }
        touched.events(moved.participations().stream().map(p -> p.eventId()).toList());
        for (MovedRows.Participation participation : moved.participations()) {
            ParticipantRole role = ParticipantRole.valueOf(participation.role());
            if (!participation.folded()) {
                ParticipantEntity.delete(
                        "eventId = ?1 and actorId = ?2 and role = ?3", participation.eventId(), keep, role);
            }
            // with its own id again, so that it lists where it did
            if (!participates(participation.eventId(), merged, role)) {
                ParticipantEntity.restore(participation.id(), participation.eventId(), merged, role);
            }
        }
        touched.statementIds(moved.abouts().stream().map(a -> a.statementId()).toList());
        for (MovedRows.About about : moved.abouts()) {
            if (!about.folded()) {
                StatementAboutEntity.delete("statementId = ?1 and actorId = ?2", about.statementId(), keep);
            }
            if (!isAbout(about.statementId(), merged)) {
                StatementAboutEntity.restore(about.id(), about.statementId(), merged);
            }
        }
        return moved;
    }

    /** An id list that HQL's {@code in} accepts even when empty (no row has id 0). */
    private static List<Long> ids(List<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }

    private static boolean participates(long eventId, long actorId, ParticipantRole role) {
        return ParticipantEntity.count("eventId = ?1 and actorId = ?2 and role = ?3", eventId, actorId, role) > 0;
    }

    private static void participate(long eventId, long actorId, ParticipantRole role) {
        ParticipantEntity participation = new ParticipantEntity();
        participation.eventId = eventId;
        participation.actorId = actorId;
        participation.role = role;
        participation.persist();
    }

    private static boolean isAbout(long statementId, long actorId) {
        return StatementAboutEntity.count("statementId = ?1 and actorId = ?2", statementId, actorId) > 0;
    }

    private static void about(long statementId, long actorId) {
        StatementAboutEntity about = new StatementAboutEntity();
        about.statementId = statementId;
        about.actorId = actorId;
        about.persist();
    }

    /**
     * The events, statements and sources a step changes, each locked (as their writers lock them) and
     * its snapshot and version taken before the first change, to record the change afterwards.
     */
    private final class Touched {
        private final Map<Long, Before<EventEntity>> events = new LinkedHashMap<>();
        private final Map<Long, Before<StatementEntity>> statements = new LinkedHashMap<>();
        private final Map<Long, Before<SourceEntity>> sources = new LinkedHashMap<>();

        void events(List<Long> ids) {
            for (long id : new TreeSet<>(ids)) {
                events.computeIfAbsent(
                        id,
                        key -> before(
                                EventEntity.findById(key, LockModeType.PESSIMISTIC_WRITE),
                                EventEntity::snapshot,
                                e -> e.version));
            }
        }

        List<StatementEntity> statements(List<StatementEntity> found) {
            statementIds(found.stream().map(s -> s.id).toList());
            return found;
        }

        void statementIds(List<Long> ids) {
            for (long id : new TreeSet<>(ids)) {
                statements.computeIfAbsent(
                        id,
                        key -> before(
                                StatementEntity.findById(key, LockModeType.PESSIMISTIC_WRITE),
                                StatementEntity::snapshot,
                                s -> s.version));
            }
        }

        List<SourceEntity> sources(List<SourceEntity> found) {
            for (SourceEntity source : found) {
                sources.computeIfAbsent(
                        source.id,
                        key -> before(
                                SourceEntity.findById(key, LockModeType.PESSIMISTIC_WRITE),
                                SourceEntity::snapshot,
                                s -> s.version));
            }
            return found;
        }

        void record(String mutation, String editor, String reason) {
            record(
                    events,
                    ChangedEntity.EVENT,
                    mutation,
                    editor,
                    reason,
                    e -> e.id,
                    EventEntity::snapshot,
                    e -> e.version);
            record(
                    statements,
                    ChangedEntity.STATEMENT,
                    mutation,
                    editor,
                    reason,
                    s -> s.id,
                    StatementEntity::snapshot,
                    s -> s.version);
            record(
                    sources,
                    ChangedEntity.SOURCE,
                    mutation,
                    editor,
                    reason,
                    s -> s.id,
                    SourceEntity::snapshot,
                    s -> s.version);
        }

        private <E extends PanacheEntityBase> void record(
                Map<Long, Before<E>> rows,
                ChangedEntity type,
                String mutation,
                String editor,
                String reason,
                ToLongFunction<E> id,
                Function<E, Snapshot> snapshot,
                ToLongFunction<E> version) {
            for (Before<E> row : rows.values()) {
                Snapshot after = snapshot.apply(row.entity());
                if (!after.equals(row.snapshot())) {
                    Versions.bump(row.entity(), row.version(), version);
                    changes.recordAs(
                            editor, mutation, type, id.applyAsLong(row.entity()), row.snapshot(), after, reason);
                }
            }
        }

        private <E> Before<E> before(E entity, Function<E, Snapshot> snapshot, ToLongFunction<E> version) {
            return new Before<>(entity, snapshot.apply(entity), version.applyAsLong(entity));
        }
    }

    private record Before<E>(E entity, Snapshot snapshot, long version) {}
}
