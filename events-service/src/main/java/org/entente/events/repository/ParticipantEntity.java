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
}
