package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.entente.subgraph.sql.IdsCondition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A step of actors-service's merge outbox that this service applied (migration V6), with what it changed. */
@Entity
@Table(name = "actor_merge_applied")
public class ActorMergeAppliedEntity extends PanacheEntityBase {
    /** The step's number in actors-service's outbox. */
    @Id
    public Long step;

    @Column(name = "merge_id")
    public Long mergeId;

    /** MERGE or UNMERGE. */
    public String action;

    @Column(name = "keep_id")
    public Long keepId;

    @Column(name = "merged_id")
    public Long mergedId;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    /** The participations, statements and sources the step changed (the service's MovedRows as JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String moved;

    /** The last step applied; 0 before the first. */
    public static long lastStep() {
        Long last = find("select max(step) from ActorMergeAppliedEntity")
                .project(Long.class)
                .firstResult();
        return last == null ? 0 : last;
    }

    /** The steps applied for these merges, in one statement. */
    public static List<ActorMergeAppliedEntity> ofMerges(Collection<Long> mergeIds) {
        if (mergeIds.isEmpty()) {
            return List.of();
        }
        IdsCondition byMerge = IdsCondition.of("mergeId", "ids", mergeIds);
        return list(byMerge.hql(), byMerge.parameters());
    }

    /** The step that applied merge {@code mergeId} here, or null. */
    public static ActorMergeAppliedEntity merge(long mergeId) {
        return find("mergeId = ?1 and action = 'MERGE'", mergeId).firstResult();
    }

    /**
     * Makes appliers take turns (a transaction-scoped advisory lock): two replicas following the
     * outbox at once apply each step once, in order.
     */
    public static void lockAll() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('actor_merge_applied'))")
                .getSingleResult();
    }
}
