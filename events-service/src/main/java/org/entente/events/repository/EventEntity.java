package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import org.entente.events.domain.EventType;

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

    @Version
    public long version;
}
