package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.actors.domain.MembershipRole;
import org.entente.actors.repository.FactWithActor;
import org.entente.actors.repository.MembershipEntity;
import org.entente.dates.PartialDate;

/**
 * Reads the memberships of a batch of actors in one statement, each with the actor on its other
 * side. {@code asOf}: only those in force at that date (all when null); {@code roles}: only those
 * in these roles (all when empty). Each actor's list is oldest first; an actor without any has
 * none in the map.
 */
@ApplicationScoped
public class MembershipReader {

    /** By member, each with its organization. */
    public Map<Long, List<FactWithActor<MembershipEntity>>> ofMembers(
            Collection<Long> memberIds, PartialDate asOf, Set<MembershipRole> roles) {
        return MembershipEntity.ofMembers(memberIds, asOf, roles).stream()
                .collect(Collectors.groupingBy(row -> row.fact().memberId));
    }

    /** By organization, each with its member. */
    public Map<Long, List<FactWithActor<MembershipEntity>>> ofOrganizations(
            Collection<Long> organizationIds, PartialDate asOf, Set<MembershipRole> roles) {
        return MembershipEntity.ofOrganizations(organizationIds, asOf, roles).stream()
                .collect(Collectors.groupingBy(row -> row.fact().organizationId));
    }
}
