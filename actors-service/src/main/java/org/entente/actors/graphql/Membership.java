package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.domain.MembershipRole;

@Description("A member belongs to an organization in a role from `since` to `until` (open ends unknown or ongoing).")
public class Membership extends OrganizationFact {
    @NonNull
    public MembershipRole role;
    @Ignore
    public Long memberId;

    @NonNull
    public Actor getMember() {
        return actors.get(memberId);
    }

    static Membership from(MembershipEntity entity, ReferencedActors actors) {
        Membership membership = new Membership();
        membership.fill(entity, entity.organizationId, entity.memberId, actors);
        membership.role = entity.role;
        membership.memberId = entity.memberId;
        return membership;
    }
}
