package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.entente.events.domain.ParticipantRole;

@Entity
@Table(name = "event_participant")
public class ParticipantEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    /** Inserts a deleted participation again with its own id (an unmerge); its sort key comes from migration V2's trigger. */
    public static void restore(long id, long eventId, long actorId, ParticipantRole role) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO event_participant (id, event_id, actor_id, role) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id)
                .setParameter(2, eventId)
                .setParameter(3, actorId)
                .setParameter(4, role.name())
                .executeUpdate();
    }
}
