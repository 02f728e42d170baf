package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.MembershipRole;
import org.entente.actors.repository.MembershipEntity;

@Description("A member belongs to an organization in a role from `since` to `until` (open ends unknown or ongoing).")
public class Membership extends OrganizationFact {
    @NonNull
    public MembershipRole role;

    @NonNull
    public Actor member;

    static Membership from(MembershipEntity entity, Actor member, Actor organization) {
        Membership membership = new Membership();
        membership.fill(entity, organization);
        membership.role = entity.role;
        membership.member = member;
        return membership;
    }
}
