package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.actors.domain.MergeAction;

/** A step of the merge outbox (migration V5): a merge or an unmerge, numbered in commit order. */
@Entity
@Table(name = "actor_merge_step")
public class ActorMergeStepEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "merge_id")
    public Long mergeId;

    @Enumerated(EnumType.STRING)
    public MergeAction action;

    @Column(name = "taken_at")
    public OffsetDateTime takenAt;

    /** The first {@code limit} steps after step {@code after}, in order. */
    public static List<ActorMergeStepEntity> after(long after, int limit) {
        return find("seq > ?1 order by seq", after).range(0, limit - 1).list();
    }
}
