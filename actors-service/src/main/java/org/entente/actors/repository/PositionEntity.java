package org.entente.actors.repository;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.history.Snapshot;
import org.hibernate.query.NativeQuery;

@Entity
@Table(name = "position")
public class PositionEntity extends DatedFact {
    @Column(name = "holder_id")
    public Long holderId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String title;

    /** The fields a client sets, as the history keeps them. */
    public Snapshot snapshot() {
        return Snapshot.builder()
                .put("holderId", holderId)
                .put("organizationId", organizationId)
                .put("title", title)
                .put("since", since)
                .put("until", until)
                .put("sourceIds", sourceIds)
                .build();
    }

    /** The positions that name this actor as holder or organization, locked until the transaction ends. */
    public static List<PositionEntity> naming(Long actorId) {
        return find("holderId = ?1 or organizationId = ?1 order by id", actorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Positions of the same holder, organization and title. */
    public static List<PositionEntity> samePairAndTitle(Long holderId, Long organizationId, String title) {
        return list("holderId = ?1 and organizationId = ?2 and title = ?3", holderId, organizationId, title);
    }

    /** Inserts a deleted position again, with its id and the values of its snapshot. */
    public static void restore(long id, Snapshot row) {
        Interval interval = intervalOf(row);
        getEntityManager()
                .createNativeQuery("INSERT INTO position (id, holder_id, organization_id, title, since, until,"
                        + " first_day, last_day, source_ids) VALUES (:id, :holder, :organization, :title, :since,"
                        + " :until, :firstDay, :lastDay, " + SOURCES_FROM_JSON + ")")
                .unwrap(NativeQuery.class)
                .setParameter("id", id, Long.class)
                .setParameter("holder", row.id("holderId"), Long.class)
                .setParameter("organization", row.id("organizationId"), Long.class)
                .setParameter("title", row.text("title"), String.class)
                .setParameter("since", row.text("since"), String.class)
                .setParameter("until", row.text("until"), String.class)
                .setParameter("firstDay", interval.firstDay(), LocalDate.class)
                .setParameter("lastDay", interval.lastDay(), LocalDate.class)
                .setParameter("sources", row.json().getJsonArray("sourceIds").toString(), String.class)
                .executeUpdate();
    }

    /** Positions held by the given actors, with their organizations (one statement for the whole batch). */
    public static List<FactWithActor<PositionEntity>> ofHolders(Collection<Long> holderIds, PartialDate asOf) {
        return FactsInForce.load(
                PositionEntity.class, "holderId", "organizationId", holderIds, asOf, "", new Parameters());
    }

    /** Positions inside the given organizations, with their holders (one statement for the whole batch). */
    public static List<FactWithActor<PositionEntity>> ofOrganizations(
            Collection<Long> organizationIds, PartialDate asOf) {
        return FactsInForce.load(
                PositionEntity.class, "organizationId", "holderId", organizationIds, asOf, "", new Parameters());
    }

    /**
     * Who the positions in force {@code asOf} (all when null) that name these actors on either side
     * link, narrowed to those towards {@code among} (null: anyone); one statement.
     */
    public static List<FactEnds> endsNaming(Collection<Long> actorIds, PartialDate asOf, Collection<Long> among) {
        return FactsInForce.ends("position", "holder_id", "organization_id", actorIds, asOf, among);
    }
}
