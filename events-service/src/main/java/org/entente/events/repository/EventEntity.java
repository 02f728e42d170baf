package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.events.domain.EventType;
import org.entente.subgraph.history.Snapshot;

@Entity
@Table(name = "event")
public class EventEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_key")
    public String externalKey;

    @Enumerated(EnumType.STRING)
    public EventType type;

    public String title;
    public String summary;

    @Column(name = "date_text")
    public String dateText;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_precision")
    public short datePrecision;

    @Column(name = "end_date_text")
    public String endDateText;

    @Column(name = "span_end")
    public LocalDate spanEnd;

    public String location;

    /** Deleted events stay in the table for their history; every read leaves them out. */
    public boolean deleted;

    @Version
    public long version;

    /**
     * The fields a client sets, as the history keeps them, with the participants and sources the
     * event has now (two more statements), each in a fixed order so that equal sets compare equal, and
     * whether it is deleted.
     */
    public Snapshot snapshot() {
        List<Snapshot> participants = ParticipantEntity.<ParticipantEntity>list("eventId", id).stream()
                .sorted(Comparator.<ParticipantEntity, Long>comparing(p -> p.actorId)
                        .thenComparing(p -> p.role))
                .map(p -> Snapshot.builder()
                        .put("actorId", p.actorId)
                        .put("role", p.role)
                        .build())
                .toList();
        List<Long> sourceIds = EventSourceEntity.<EventSourceEntity>list("eventId", id).stream()
                .map(link -> link.sourceId)
                .sorted()
                .toList();
        return Snapshot.builder()
                .put("key", externalKey)
                .put("type", type)
                .put("title", title)
                .put("summary", summary)
                .put("date", dateText)
                .put("endDate", endDateText)
                .put("location", location)
                .putRecords("participants", participants)
                .put("sourceIds", sourceIds)
                .put("deleted", deleted)
                .build();
    }
}
