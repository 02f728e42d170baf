package org.entente.actors.service;

import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;
import org.entente.subgraph.graphql.PartialDateScalar;

/** Adds and ends memberships, enforcing their rules. */
@ApplicationScoped
public class MembershipService {

    @Transactional
    public MembershipEntity add(MembershipInput input) {
        // Lock the member so that two concurrent additions for it cannot both pass the overlap check.
        ActorEntity member = Actors.requireLocked(input.memberId, "member");
        ActorEntity organization = Actors.require(input.organizationId, "organization");
        if (member.id.equals(organization.id)) throw ClientException.badInput("an actor cannot be a member of itself");
        if (!organization.kind.hasMembers()) {
            throw ClientException.badInput("organization " + organization.handle + " is a " + organization.kind
                    + "; only INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE or GROUP actors have members");
        }
        if (input.role == null) throw ClientException.badInput("role is required");
        Interval interval = Intervals.of(PartialDateScalar.toDate(input.since), PartialDateScalar.toDate(input.until));
        for (MembershipEntity existing : MembershipEntity.samePairAndRole(member.id, organization.id, input.role)) {
            if (existing.interval().overlaps(interval)) {
                throw ClientException.conflict("membership " + existing.id + " already makes " + member.handle + " "
                        + input.role + " of " + organization.handle + " from " + describe(existing.since)
                        + " to " + describe(existing.until) + ", which overlaps");
            }
        }
        MembershipEntity membership = new MembershipEntity();
        membership.memberId = member.id;
        membership.organizationId = organization.id;
        membership.role = input.role;
        membership.sourceIds = Sources.require(input.sourceIds);
        membership.setInterval(interval);
        membership.persist();
        return membership;
    }

    /** Closes an open membership at {@code until}. */
    @Transactional
    public MembershipEntity end(Long id, PartialDate until) {
        MembershipEntity membership = id == null ? null : MembershipEntity.findById(id);
        if (membership == null) throw ClientException.notFound("membership " + id + " does not exist");
        if (membership.hasEnded()) {
            throw ClientException.conflict("membership " + id + " already ended in " + membership.until);
        }
        membership.setInterval(Intervals.of(membership.interval().since(), until));
        return membership;
    }

    static String describe(String partialDate) {
        return partialDate == null ? "open end" : partialDate;
    }
}
