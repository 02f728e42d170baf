package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.entente.subgraph.sql.IdsCondition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A merge of one actor into another (migration V5), with what it moved, and its unmerge once there is one. */
@Entity
@Table(name = "actor_merge")
public class ActorMergeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "keep_id")
    public Long keepId;

    @Column(name = "merged_id")
    public Long mergedId;

    public String reason;

    @Column(name = "merged_by")
    public String mergedBy;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;

    /** Every row the merge moved or folded (the service's MergeRecord as JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String moved;

    @Column(name = "unmerged_at")
    public OffsetDateTime unmergedAt;

    @Column(name = "unmerged_by")
    public String unmergedBy;

    @Column(name = "unmerge_reason")
    public String unmergeReason;

    public boolean inForce() {
        return unmergedAt == null;
    }

    /** The merges with these ids, in one statement (none for no ids). */
    public static List<ActorMergeEntity> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdsCondition byId = IdsCondition.of("id", "ids", ids);
        return list(byId.hql(), byId.parameters());
    }

    /** Merges in force after {@code merge} that name one of its two actors: they must be unmerged first. */
    public static List<ActorMergeEntity> laterInForce(ActorMergeEntity merge) {
        return list(
                "id > ?1 and unmergedAt is null and (keepId in (?2, ?3) or mergedId in (?2, ?3)) order by id",
                merge.id,
                merge.keepId,
                merge.mergedId);
    }

    /**
     * Serializes merges and unmerges (a transaction-scoped advisory lock): their steps then commit in
     * the order of their numbers, and two merges of overlapping actors cannot interleave.
     */
    public static void lockAll() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('actor_merge'))")
                .getSingleResult();
    }
}
