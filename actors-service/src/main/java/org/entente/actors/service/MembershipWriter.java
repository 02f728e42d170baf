package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.entente.actors.domain.MembershipDraft;
import org.entente.actors.domain.MembershipRole;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangeReverts;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;

/**
 * Adds and ends memberships, enforcing their rules; a refused write changes nothing. Each change
 * is recorded in the membership's history in the same transaction.
 */
@ApplicationScoped
public class MembershipWriter {

    @Inject
    ChangeRecorder changes;

    @Inject
    ChangeReverts reverts;

    @Transactional
    public MembershipEntity add(MembershipDraft draft, String reason) {
        // Lock the member so that two concurrent additions for it cannot both pass the overlap check.
        ActorEntity member = Actors.requireLocked(draft.memberId(), "member");
        ActorEntity organization = Actors.require(draft.organizationId(), "organization");
        if (member.id.equals(organization.id)) {
            throw ClientException.badInput("an actor cannot be a member of itself");
        }
        if (!organization.kind.hasMembers()) {
            throw ClientException.badInput("organization " + organization.handle + " is a " + organization.kind
                    + "; only INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE or GROUP actors have members");
        }
        if (draft.role() == null) {
            throw ClientException.badInput("role is required");
        }
        Interval interval = Intervals.of(draft.since(), draft.until());
        requireNoOverlap(member, organization, draft.role(), interval, null);
        MembershipEntity membership = new MembershipEntity();
        membership.memberId = member.id;
        membership.organizationId = organization.id;
        membership.role = draft.role();
        membership.sourceIds = Sources.require(draft.sourceIds());
        membership.setInterval(interval);
        membership.persist();
        changes.record("addMembership", ChangedEntity.MEMBERSHIP, membership.id, null, membership.snapshot(), reason);
        return membership;
    }

    /**
     * Closes an open membership at {@code until}. The membership is locked until the write commits:
     * of concurrent ends, the first wins and the others find it ended (CONFLICT).
     */
    @Transactional
    public MembershipEntity end(Long id, PartialDate until, String reason) {
        MembershipEntity membership = id == null ? null : MembershipEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            throw ClientException.notFound("membership " + id + " does not exist");
        }
        if (membership.hasEnded()) {
            throw ClientException.conflict("membership " + id + " already ended in " + membership.until);
        }
        Snapshot before = membership.snapshot();
        membership.setInterval(Intervals.of(membership.interval().since(), until));
        changes.record("endMembership", ChangedEntity.MEMBERSHIP, id, before, membership.snapshot(), reason);
        return membership;
    }

    /**
     * Sets the interval back to its value before {@code target} (re-opens an ended membership), as
     * a new change; returns that change's id. The member is locked as when a membership is added,
     * so that no concurrent addition overlaps the restored interval.
     */
    @Transactional
    public long revert(ChangeReverts.Target target, String reason) {
        MembershipEntity membership = MembershipEntity.findById(target.entityId(), LockModeType.PESSIMISTIC_WRITE);
        ActorEntity member = Actors.requireLocked(membership.memberId, "member");
        Snapshot before = membership.snapshot();
        Snapshot restored = reverts.restored(target, before);
        Interval interval = Intervals.of(
                PartialDate.parseNullable(restored.text("since")), PartialDate.parseNullable(restored.text("until")));
        requireNoOverlap(
                member,
                Actors.require(membership.organizationId, "organization"),
                membership.role,
                interval,
                membership.id);
        membership.setInterval(interval);
        return changes.record(
                Actors.REVERT, ChangedEntity.MEMBERSHIP, membership.id, before, membership.snapshot(), reason);
    }

    /** CONFLICT when another membership (not {@code except}) of the same member, organization and role overlaps. */
    private static void requireNoOverlap(
            ActorEntity member, ActorEntity organization, MembershipRole role, Interval interval, Long except) {
        for (MembershipEntity existing : MembershipEntity.samePairAndRole(member.id, organization.id, role)) {
            if (!existing.id.equals(except) && existing.interval().overlaps(interval)) {
                throw ClientException.conflict("membership " + existing.id + " already makes " + member.handle + " "
                        + role + " of " + organization.handle + " from " + describe(existing.since)
                        + " to " + describe(existing.until) + ", which overlaps");
            }
        }
    }

    private static String describe(String partialDate) {
        return partialDate == null ? "open end" : partialDate;
    }
}
