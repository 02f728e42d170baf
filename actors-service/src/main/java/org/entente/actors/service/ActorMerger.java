package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.entente.actors.domain.MergeAction;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.ActorMergeEntity;
import org.entente.actors.repository.ActorMergeStepEntity;
import org.entente.actors.repository.DatedFact;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.security.EditorSubject;

/**
 * Merges an actor into another and undoes a merge, each in one transaction of this service: the
 * merged actor's aliases, memberships, positions and parts go to the kept actor (a fact equal to
 * one the kept actor has is folded into it, their sources together), the merged actor is marked
 * (its lookups answer with the kept actor), and the merge is recorded with every row it touched,
 * plus a step of the outbox that events-service follows to move what it holds (docs/MERGES.md).
 * Every row changed is recorded in the history with the merge's reason. A refused merge or unmerge
 * changes nothing.
 */
@ApplicationScoped
public class ActorMerger {
    static final String MERGE = "mergeActors";
    static final String UNMERGE = "unmergeActors";

    @Inject
    ChangeRecorder changes;

    @Inject
    EditorSubject editor;

    @Transactional
    public ActorMergeEntity merge(Long keepId, Long mergedId, String reason) {
        String why = ChangeRecorder.reason(reason);
        if (Objects.equals(keepId, mergedId)) {
            throw ClientException.badInput("an actor cannot be merged into itself");
        }
        ActorMergeEntity.lockAll();
        // in id order, as every write that locks two actors should, so that two merges cannot deadlock
        boolean keepFirst = keepId < mergedId;
        ActorEntity first = Actors.requireLocked(keepFirst ? keepId : mergedId, keepFirst ? "kept" : "merged");
        ActorEntity second = Actors.requireLocked(keepFirst ? mergedId : keepId, keepFirst ? "merged" : "kept");
        ActorEntity keep = keepFirst ? first : second;
        ActorEntity merged = keepFirst ? second : first;
        if (keep.kind != merged.kind) {
            throw ClientException.badInput("actor " + merged.id + " is a " + merged.kind + " and actor " + keep.id
                    + " a " + keep.kind + ": only actors of one kind are merged (correct the kind first)");
        }
        if (ActorEntity.isAncestorOrSelf(merged.id, keep.id)) {
            throw ClientException.conflict("actor " + keep.id + " is part of actor " + merged.id
                    + ": merged, it would be part of itself (change its parent first)");
        }
        MergeRecord record = MergeRecord.empty();
        moveMemberships(keep, merged, record, why);
        movePositions(keep, merged, record, why);
        moveActorReferences(keep, merged, record, why);
        addAliases(keep, merged, record, why);
        Snapshot before = merged.snapshotWithMerge();
        merged.mergedInto = keep.id;
        changes.record(MERGE, ChangedEntity.ACTOR, merged.id, before, merged.snapshotWithMerge(), why);

        ActorMergeEntity merge = new ActorMergeEntity();
        merge.keepId = keep.id;
        merge.mergedId = merged.id;
        merge.reason = why;
        merge.mergedBy = editor.subject();
        merge.mergedAt = OffsetDateTime.now(ZoneOffset.UTC);
        merge.moved = record.toJson();
        merge.persist();
        step(merge, MergeAction.MERGE);
        return merge;
    }

    /**
     * Restores what merge {@code mergeId} moved: its rows refer to the merged actor again, its folded
     * rows exist again with their ids and values, the kept actor loses the aliases and sources the
     * merge gave it. Merges undo last first: CONFLICT while a later merge in force names either actor.
     */
    @Transactional
    public ActorMergeEntity unmerge(Long mergeId, String reason) {
        String why = ChangeRecorder.reason(reason);
        ActorMergeEntity.lockAll();
        ActorMergeEntity merge = mergeId == null ? null : ActorMergeEntity.findById(mergeId);
        if (merge == null) {
            throw ClientException.notFound("merge " + mergeId + " does not exist");
        }
        if (!merge.inForce()) {
            throw ClientException.conflict("merge " + merge.id + " was already undone");
        }
        List<ActorMergeEntity> later = ActorMergeEntity.laterInForce(merge);
        if (!later.isEmpty()) {
            ActorMergeEntity next = later.get(0);
            throw ClientException.conflict("merge " + next.id + " (actor " + next.mergedId + " into actor "
                    + next.keepId + ") came later and names one of its actors: unmerge it first");
        }
        long keepId = merge.keepId;
        long mergedId = merge.mergedId;
        ActorEntity first = ActorEntity.findById(Math.min(keepId, mergedId), LockModeType.PESSIMISTIC_WRITE);
        ActorEntity second = ActorEntity.findById(Math.max(keepId, mergedId), LockModeType.PESSIMISTIC_WRITE);
        ActorEntity keep = first.id == keepId ? first : second;
        ActorEntity merged = first.id == keepId ? second : first;
        MergeRecord record = MergeRecord.parse(merge.moved);
        for (MergeRecord.Moved moved : record.moved()) {
            moveBack(moved, keepId, mergedId, why);
        }
        for (MergeRecord.Folded folded : record.folded()) {
            unfold(folded, why);
        }
        Snapshot keepBefore = keep.snapshot();
        keep.aliases = keep.aliases.stream()
                .filter(alias -> !record.addedAliases().contains(alias))
                .toList();
        changes.record(UNMERGE, ChangedEntity.ACTOR, keep.id, keepBefore, keep.snapshot(), why);
        Snapshot before = merged.snapshotWithMerge();
        merged.mergedInto = null;
        changes.record(UNMERGE, ChangedEntity.ACTOR, merged.id, before, merged.snapshotWithMerge(), why);

        merge.unmergedAt = OffsetDateTime.now(ZoneOffset.UTC);
        merge.unmergedBy = editor.subject();
        merge.unmergeReason = why;
        step(merge, MergeAction.UNMERGE);
        return merge;
    }

    /**
     * The merged actor's memberships, as member and as organization, become the kept actor's. One
     * equal to a membership of the kept actor (same other actor, role and interval) is folded into
     * it; one that would overlap another of the kept actor's, or make it a member of itself, is for an
     * editor to settle first (CONFLICT).
     */
    private void moveMemberships(ActorEntity keep, ActorEntity merged, MergeRecord record, String reason) {
        for (MembershipEntity membership : MembershipEntity.naming(merged.id)) {
            boolean asMember = membership.memberId.equals(merged.id);
            long member = asMember ? keep.id : membership.memberId;
            long organization = asMember ? membership.organizationId : keep.id;
            if (member == organization) {
                throw ClientException.conflict("membership " + membership.id + " links the two actors: merged, actor "
                        + keep.id + " would be a member of itself (end or correct it first)");
            }
            MembershipEntity twin = null;
            for (MembershipEntity existing : MembershipEntity.samePairAndRole(member, organization, membership.role)) {
                if (sameInterval(existing, membership)) {
                    twin = existing;
                } else if (existing.interval().overlaps(membership.interval())) {
                    throw ClientException.conflict("membership " + membership.id + " would overlap membership "
                            + existing.id + " of actor " + keep.id + " with the same role (correct one of them first)");
                }
            }
            if (twin != null) {
                foldInto(twin, membership, ChangedEntity.MEMBERSHIP, record, reason);
            } else {
                move(
                        membership,
                        ChangedEntity.MEMBERSHIP,
                        asMember ? "memberId" : "organizationId",
                        record,
                        reason,
                        () -> {
                            if (asMember) {
                                membership.memberId = keep.id;
                            } else {
                                membership.organizationId = keep.id;
                            }
                        });
            }
        }
    }

    /** As memberships: a position equal to one of the kept actor's (same other actor, title and interval) is folded into it. */
    private void movePositions(ActorEntity keep, ActorEntity merged, MergeRecord record, String reason) {
        for (PositionEntity position : PositionEntity.naming(merged.id)) {
            boolean asHolder = position.holderId.equals(merged.id);
            long holder = asHolder ? keep.id : position.holderId;
            long organization = asHolder ? position.organizationId : keep.id;
            PositionEntity twin = PositionEntity.samePairAndTitle(holder, organization, position.title).stream()
                    .filter(existing -> sameInterval(existing, position))
                    .findFirst()
                    .orElse(null);
            if (twin != null) {
                foldInto(twin, position, ChangedEntity.POSITION, record, reason);
            } else {
                move(position, ChangedEntity.POSITION, asHolder ? "holderId" : "organizationId", record, reason, () -> {
                    if (asHolder) {
                        position.holderId = keep.id;
                    } else {
                        position.organizationId = keep.id;
                    }
                });
            }
        }
    }

    /**
     * The merged actor's parts become the kept actor's, and actors merged into it earlier now
     * redirect to the kept actor (a redirect is always one step).
     */
    private void moveActorReferences(ActorEntity keep, ActorEntity merged, MergeRecord record, String reason) {
        for (ActorEntity part : ActorEntity.partsOf(merged.id)) {
            Snapshot before = part.snapshotWithMerge();
            part.parentId = keep.id;
            moved(record, ChangedEntity.ACTOR, part.id, "parentId");
            changes.record(MERGE, ChangedEntity.ACTOR, part.id, before, part.snapshotWithMerge(), reason);
        }
        for (ActorEntity earlier : ActorEntity.mergedInto(merged.id)) {
            Snapshot before = earlier.snapshotWithMerge();
            earlier.mergedInto = keep.id;
            moved(record, ChangedEntity.ACTOR, earlier.id, "mergedInto");
            changes.record(MERGE, ChangedEntity.ACTOR, earlier.id, before, earlier.snapshotWithMerge(), reason);
        }
    }

    /** The merged actor's name and aliases become aliases of the kept actor, but for those it has. */
    private void addAliases(ActorEntity keep, ActorEntity merged, MergeRecord record, String reason) {
        Snapshot before = keep.snapshot();
        List<String> aliases = new ArrayList<>(keep.aliases);
        Stream.concat(Stream.of(merged.name), merged.aliases.stream())
                .distinct()
                .filter(name -> !name.equals(keep.name) && !aliases.contains(name))
                .forEach(name -> {
                    aliases.add(name);
                    record.addedAliases().add(name);
                });
        keep.aliases = aliases;
        changes.record(MERGE, ChangedEntity.ACTOR, keep.id, before, keep.snapshot(), reason);
    }

    private void moveBack(MergeRecord.Moved moved, long keepId, long mergedId, String reason) {
        switch (moved.type()) {
            case MEMBERSHIP -> {
                MembershipEntity membership = MembershipEntity.findById(moved.id(), LockModeType.PESSIMISTIC_WRITE);
                Snapshot before = membership.snapshot();
                if (moved.field().equals("memberId")) {
                    membership.memberId = mergedId;
                } else {
                    membership.organizationId = mergedId;
                }
                changes.record(UNMERGE, ChangedEntity.MEMBERSHIP, membership.id, before, membership.snapshot(), reason);
            }
            case POSITION -> {
                PositionEntity position = PositionEntity.findById(moved.id(), LockModeType.PESSIMISTIC_WRITE);
                Snapshot before = position.snapshot();
                if (moved.field().equals("holderId")) {
                    position.holderId = mergedId;
                } else {
                    position.organizationId = mergedId;
                }
                changes.record(UNMERGE, ChangedEntity.POSITION, position.id, before, position.snapshot(), reason);
            }
            case ACTOR -> {
                ActorEntity actor = ActorEntity.findById(moved.id(), LockModeType.PESSIMISTIC_WRITE);
                Snapshot before = actor.snapshotWithMerge();
                // a part an editor has given another parent since stays where the editor put it
                if (moved.field().equals("parentId") && Objects.equals(actor.parentId, keepId)) {
                    actor.parentId = mergedId;
                } else if (moved.field().equals("mergedInto")) {
                    actor.mergedInto = mergedId;
                }
                changes.record(UNMERGE, ChangedEntity.ACTOR, actor.id, before, actor.snapshotWithMerge(), reason);
            }
            default -> throw new IllegalStateException("a merge moves no " + moved.type());
        }
    }

    /** The folded row exists again as it was; the row it was folded into loses the sources it gave it. */
    private void unfold(MergeRecord.Folded folded, String reason) {
        DatedFact kept;
        if (folded.type() == ChangedEntity.MEMBERSHIP) {
            MembershipEntity.restore(folded.id(), folded.row());
            kept = MembershipEntity.findById(folded.into(), LockModeType.PESSIMISTIC_WRITE);
        } else {
            PositionEntity.restore(folded.id(), folded.row());
            kept = PositionEntity.findById(folded.into(), LockModeType.PESSIMISTIC_WRITE);
        }
        Snapshot intoBefore = kept.snapshot();
        kept.sourceIds = withoutSources(kept.sourceIds, folded.addedSourceIds());
        changes.record(UNMERGE, folded.type(), kept.id, intoBefore, kept.snapshot(), reason);
        changes.record(
                UNMERGE,
                folded.type(),
                folded.id(),
                folded.row().with("foldedInto", folded.into()),
                folded.row(),
                reason);
    }

    /**
     * Folds {@code fact} into its twin among the kept actor's facts: the twin cites both facts'
     * sources, the fact is deleted, and both changes are recorded.
     */
    private void foldInto(DatedFact twin, DatedFact fact, ChangedEntity type, MergeRecord record, String reason) {
        Snapshot row = fact.snapshot();
        Snapshot twinBefore = twin.snapshot();
        List<String> added = addSources(twin, fact);
        fact.delete();
        record.folded().add(new MergeRecord.Folded(type, fact.id, row, twin.id, added));
        changes.record(MERGE, type, fact.id, row, row.with("foldedInto", twin.id), reason);
        changes.record(MERGE, type, twin.id, twinBefore, twin.snapshot(), reason);
    }

    /** Points {@code fact}'s {@code field} at the kept actor ({@code reassign}), recorded for unmerge and in history. */
    private void move(
            DatedFact fact, ChangedEntity type, String field, MergeRecord record, String reason, Runnable reassign) {
        Snapshot before = fact.snapshot();
        reassign.run();
        moved(record, type, fact.id, field);
        changes.record(MERGE, type, fact.id, before, fact.snapshot(), reason);
    }

    private static void moved(MergeRecord record, ChangedEntity type, long id, String field) {
        record.moved().add(new MergeRecord.Moved(type, id, field));
    }

    /** Adds the sources {@code folded} cites and {@code into} does not to {@code into}; returns them. */
    private static List<String> addSources(DatedFact into, DatedFact folded) {
        List<String> added = folded.sourceIds.stream()
                .filter(source -> !into.sourceIds.contains(source))
                .toList();
        List<String> sources = new ArrayList<>(into.sourceIds);
        sources.addAll(added);
        into.sourceIds = sources;
        return added;
    }

    private static List<String> withoutSources(List<String> sources, List<String> removed) {
        return sources.stream().filter(source -> !removed.contains(source)).toList();
    }

    private static boolean sameInterval(DatedFact a, DatedFact b) {
        return Objects.equals(a.since, b.since) && Objects.equals(a.until, b.until);
    }

    private static void step(ActorMergeEntity merge, MergeAction action) {
        ActorMergeStepEntity step = new ActorMergeStepEntity();
        step.mergeId = merge.id;
        step.action = action;
        step.takenAt = OffsetDateTime.now(ZoneOffset.UTC);
        step.persist();
    }
}
