package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementKind;

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

    @Version
    public long version;
}
