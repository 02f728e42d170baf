package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;

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
        Validity validity = new Validity(input.since, input.until);
        for (MembershipEntity existing : MembershipEntity.samePairAndRole(member.id, organization.id, input.role)) {
            if (validity(existing).overlaps(validity)) {
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
        setValidity(membership, validity);
        membership.persist();
        return membership;
    }

    /** Closes an open membership at {@code until}. */
    @Transactional
    public MembershipEntity end(Long id, PartialDate until) {
        MembershipEntity membership = id == null ? null : MembershipEntity.findById(id);
        if (membership == null) throw ClientException.notFound("membership " + id + " does not exist");
        if (membership.until != null) {
            throw ClientException.conflict("membership " + id + " already ended in " + membership.until);
        }
        setValidity(membership, new Validity(PartialDate.parseNullable(membership.since), until));
        return membership;
    }

    private static Validity validity(MembershipEntity membership) {
        return new Validity(PartialDate.parseNullable(membership.since), PartialDate.parseNullable(membership.until));
    }

    private static void setValidity(MembershipEntity membership, Validity validity) {
        membership.since = validity.since() == null ? null : validity.since().toString();
        membership.until = validity.until() == null ? null : validity.until().toString();
        membership.firstDay = validity.firstDay();
        membership.lastDay = validity.lastDay();
    }

    static String describe(String partialDate) {
        return partialDate == null ? "open end" : partialDate;
    }
}
