package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.service.MembershipRole;
import org.entente.actors.service.PartialDate;

import java.util.List;

@Description("A member belongs to an organization in a role from `since` to `until` (open ends unknown or ongoing).")
public class Membership {
    @Id @NonNull
    public Long id;
    @NonNull
    public MembershipRole role;
    public PartialDate since;
    public PartialDate until;
    @NonNull
    public List<@NonNull Source> sources;
    @Ignore
    public Long memberId;
    @Ignore
    public Long organizationId;
    private ReferencedActors actors;

    @NonNull
    public Actor getMember() {
        return actors.get(memberId);
    }

    @NonNull
    public Actor getOrganization() {
        return actors.get(organizationId);
    }

    static Membership from(MembershipEntity entity, ReferencedActors actors) {
        Membership membership = new Membership();
        membership.id = entity.id;
        membership.role = entity.role;
        membership.since = PartialDate.parseNullable(entity.since);
        membership.until = PartialDate.parseNullable(entity.until);
        membership.sources = Source.of(entity.sourceIds);
        membership.memberId = entity.memberId;
        membership.organizationId = entity.organizationId;
        membership.actors = actors;
        actors.announce(entity.memberId);
        actors.announce(entity.organizationId);
        return membership;
    }
}
