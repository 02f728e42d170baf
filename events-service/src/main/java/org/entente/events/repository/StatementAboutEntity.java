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

    /** Inserts a deleted statement-about again with its own id (an unmerge); its sort key comes from migration V2's trigger. */
    public static void restore(long id, long statementId, long actorId) {
        getEntityManager()
                .createNativeQuery("INSERT INTO statement_about (id, statement_id, actor_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, id)
                .setParameter(2, statementId)
                .setParameter(3, actorId)
                .executeUpdate();
    }
}
