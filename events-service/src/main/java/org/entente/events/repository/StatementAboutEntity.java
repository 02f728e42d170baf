package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** An actor a statement is about. */
@Entity
@Table(name = "statement_about")
public class StatementAboutEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "statement_id")
    public Long statementId;

    @Column(name = "actor_id")
    public Long actorId;
}
