package org.entente.actors.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.entente.actors.service.MembershipRole;

import io.quarkus.panache.common.Parameters;
import org.entente.actors.service.PartialDate;
import org.entente.subgraph.IdsCondition;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "membership")
public class MembershipEntity extends DatedFact {
    @Column(name = "member_id")
    public Long memberId;
    @Column(name = "organization_id")
    public Long organizationId;
    @Enumerated(EnumType.STRING)
    public MembershipRole role;

    /** Memberships of the given members (one statement for the whole batch). */
    public static List<MembershipEntity> ofMembers(Collection<Long> memberIds, PartialDate asOf, Collection<MembershipRole> roles) {
        return inForce("memberId", memberIds, asOf, roles);
    }

    /** Memberships in the given organizations (one statement for the whole batch). */
    public static List<MembershipEntity> ofOrganizations(Collection<Long> organizationIds, PartialDate asOf, Collection<MembershipRole> roles) {
        return inForce("organizationId", organizationIds, asOf, roles);
    }

    /** Memberships of the same member, organization and role: candidates for an overlap. */
    public static List<MembershipEntity> samePairAndRole(Long memberId, Long organizationId, MembershipRole role) {
        return list("memberId = ?1 and organizationId = ?2 and role = ?3", memberId, organizationId, role);
    }

    private static List<MembershipEntity> inForce(String side, Collection<Long> ids, PartialDate asOf, Collection<MembershipRole> roles) {
        if (ids.isEmpty()) return List.of();
        boolean byRole = roles != null && !roles.isEmpty();
        String query = IdsCondition.of(side, ":ids", ids) + DatedFactFilter.condition(asOf)
                + (byRole ? " and role in :roles" : "")
                + " order by firstDay nulls first, id";
        Parameters parameters = DatedFactFilter.bind(Parameters.with("ids", IdsCondition.value(ids)), asOf);
        return list(query, byRole ? parameters.and("roles", roles) : parameters);
    }
}
