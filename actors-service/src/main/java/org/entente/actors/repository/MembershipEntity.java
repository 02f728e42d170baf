package org.entente.actors.repository;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.entente.actors.domain.MembershipRole;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.history.Snapshot;
import org.hibernate.query.NativeQuery;

@Entity
@Table(name = "membership")
public class MembershipEntity extends DatedFact {
    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "organization_id")
    public Long organizationId;

    @Enumerated(EnumType.STRING)
    public MembershipRole role;

    /** The fields a client sets, as the history keeps them. */
    public Snapshot snapshot() {
        return Snapshot.builder()
                .put("memberId", memberId)
                .put("organizationId", organizationId)
                .put("role", role)
                .put("since", since)
                .put("until", until)
                .put("sourceIds", sourceIds)
                .build();
    }

    /** Memberships of the given members, with their organizations (one statement for the whole batch). */
    public static List<FactWithActor<MembershipEntity>> ofMembers(
            Collection<Long> memberIds, PartialDate asOf, Collection<MembershipRole> roles) {
        return inForce("memberId", "organizationId", memberIds, asOf, roles);
    }

    /** Memberships in the given organizations, with their members (one statement for the whole batch). */
    public static List<FactWithActor<MembershipEntity>> ofOrganizations(
            Collection<Long> organizationIds, PartialDate asOf, Collection<MembershipRole> roles) {
        return inForce("organizationId", "memberId", organizationIds, asOf, roles);
    }

    /** Whether any membership names this actor as its organization. */
    public static boolean hasMembers(Long organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    /** Memberships of the same member, organization and role: candidates for an overlap. */
    public static List<MembershipEntity> samePairAndRole(Long memberId, Long organizationId, MembershipRole role) {
        return list("memberId = ?1 and organizationId = ?2 and role = ?3", memberId, organizationId, role);
    }

    /** The memberships that name this actor as member or organization, locked until the transaction ends. */
    public static List<MembershipEntity> naming(Long actorId) {
        return find("memberId = ?1 or organizationId = ?1 order by id", actorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Inserts a deleted membership again, with its id and the values of its snapshot. */
    public static void restore(long id, Snapshot row) {
        Interval interval = intervalOf(row);
        getEntityManager()
                .createNativeQuery("INSERT INTO membership (id, member_id, organization_id, role, since, until,"
                        + " first_day, last_day, source_ids) VALUES (:id, :member, :organization, :role, :since,"
                        + " :until, :firstDay, :lastDay, " + SOURCES_FROM_JSON + ")")
                .unwrap(NativeQuery.class)
                .setParameter("id", id, Long.class)
                .setParameter("member", row.id("memberId"), Long.class)
                .setParameter("organization", row.id("organizationId"), Long.class)
                .setParameter("role", row.text("role"), String.class)
                .setParameter("since", row.text("since"), String.class)
                .setParameter("until", row.text("until"), String.class)
                .setParameter("firstDay", interval.firstDay(), LocalDate.class)
                .setParameter("lastDay", interval.lastDay(), LocalDate.class)
                .setParameter("sources", row.json().getJsonArray("sourceIds").toString(), String.class)
                .executeUpdate();
    }

    private static List<FactWithActor<MembershipEntity>> inForce(
            String side, String otherSide, Collection<Long> ids, PartialDate asOf, Collection<MembershipRole> roles) {
        boolean byRole = roles != null && !roles.isEmpty();
        return FactsInForce.load(
                MembershipEntity.class,
                side,
                otherSide,
                ids,
                asOf,
                byRole ? " and f.role in :roles" : "",
                byRole ? Parameters.with("roles", roles) : new Parameters());
    }

    /**
     * Who the memberships in force {@code asOf} (all when null) that name these actors on either side
     * link, narrowed to those towards {@code among} (null: anyone); one statement.
     */
    public static List<FactEnds> endsNaming(Collection<Long> actorIds, PartialDate asOf, Collection<Long> among) {
        return FactsInForce.ends("membership", "member_id", "organization_id", actorIds, asOf, among);
    }
}
