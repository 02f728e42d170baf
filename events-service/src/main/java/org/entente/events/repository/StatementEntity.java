package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementKind;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.sql.IdsCondition;

@Entity
@Table(name = "statement")
public class StatementEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_key")
    public String externalKey;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    public String text;

    @Column(name = "speaker_id")
    public Long speakerId;

    @Column(name = "speaker_capacity")
    public String speakerCapacity;

    @Column(name = "date_text")
    public String dateText;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    @Column(name = "sort_start")
    public LocalDate sortStart;

    @Column(name = "sort_precision")
    public short sortPrecision;

    @Column(name = "event_id")
    public Long eventId;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Column(name = "reported_by_id")
    public Long reportedById;

    @Column(name = "source_id")
    public Long sourceId;

    /** Deleted statements stay in the table for their history; every read leaves them out. */
    public boolean deleted;

    /** Deleted by the deletion of its event, and so restored with it. */
    @Column(name = "deleted_with_event")
    public boolean deletedWithEvent;

    @Version
    public long version;

    /**
     * The fields a client sets, as the history keeps them, with the actors it is about now (one more
     * statement) and whether it is deleted.
     */
    public Snapshot snapshot() {
        List<Long> aboutIds = StatementAboutEntity.<StatementAboutEntity>list("statementId", id).stream()
                .map(about -> about.actorId)
                .sorted()
                .toList();
        return Snapshot.builder()
                .put("key", externalKey)
                .put("kind", kind)
                .put("text", text)
                .put("speakerId", speakerId)
                .put("speakerCapacity", speakerCapacity)
                .put("date", dateText)
                .put("eventId", eventId)
                .put("aboutIds", aboutIds)
                .put("stance", stance)
                .put("reportedById", reportedById)
                .put("sourceId", sourceId)
                .put("deleted", deleted)
                .build();
    }

    /** Who made a statement ({@code speakerId} null for an unattributed one) and its date as written (null: undated). */
    public record Speaker(Long speakerId, String dateText) {}

    /** The speaker and date of each of these statements (not empty), deleted ones left out; one statement, no entity read. */
    public static Map<Long, Speaker> speakersOf(Collection<Long> ids) {
        IdsCondition byId = IdsCondition.of("s.id", "ids", ids);
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery(
                        "select s.id, s.speakerId, s.dateText from StatementEntity s where s.deleted = false and "
                                + byId.hql(),
                        Object[].class);
        byId.parameters().forEach(query::setParameter);
        Map<Long, Speaker> speakers = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            speakers.put((Long) row[0], new Speaker((Long) row[1], (String) row[2]));
        }
        return speakers;
    }
}
