package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.entente.actors.domain.MembershipDraft;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;

/** Adds and ends memberships, enforcing their rules; a refused write changes nothing. */
@ApplicationScoped
public class MembershipWriter {

    @Transactional
    public MembershipEntity add(MembershipDraft draft) {
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
        for (MembershipEntity existing : MembershipEntity.samePairAndRole(member.id, organization.id, draft.role())) {
            if (existing.interval().overlaps(interval)) {
                throw ClientException.conflict("membership " + existing.id + " already makes " + member.handle + " "
                        + draft.role() + " of " + organization.handle + " from " + describe(existing.since)
                        + " to " + describe(existing.until) + ", which overlaps");
            }
        }
        MembershipEntity membership = new MembershipEntity();
        membership.memberId = member.id;
        membership.organizationId = organization.id;
        membership.role = draft.role();
        membership.sourceIds = Sources.require(draft.sourceIds());
        membership.setInterval(interval);
        membership.persist();
        return membership;
    }

    /** Closes an open membership at {@code until}. */
    /**
     * Closes an open membership at {@code until}. The membership is locked until the write commits:
     * of concurrent ends, the first wins and the others find it ended (CONFLICT).
     */
    @Transactional
    public MembershipEntity end(Long id, PartialDate until) {
        MembershipEntity membership = id == null ? null : MembershipEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            throw ClientException.notFound("membership " + id + " does not exist");
        }
        if (membership.hasEnded()) {
            throw ClientException.conflict("membership " + id + " already ended in " + membership.until);
        }
        membership.setInterval(Intervals.of(membership.interval().since(), until));
        return membership;
    }

    private static String describe(String partialDate) {
        return partialDate == null ? "open end" : partialDate;
    }
}
