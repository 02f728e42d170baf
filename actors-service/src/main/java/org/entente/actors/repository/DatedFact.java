package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.List;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.subgraph.history.Snapshot;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A fact true during an interval and citing sources (a membership, a position). The interval is
 * kept as the partial dates the client gave plus the days they cover, so {@code asOf} and
 * overlap checks are indexed range comparisons.
 */
@MappedSuperclass
public abstract class DatedFact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String since;
    public String until;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "source_ids")
    public List<String> sourceIds;

    /** The fact's fields as its history records them. */
    public abstract Snapshot snapshot();

    /** The interval as stored; the texts were valid partial dates when they were stored. */
    public Interval interval() {
        return new Interval(PartialDate.parseNullable(since), PartialDate.parseNullable(until));
    }

    /** Sets the interval and the days it covers together, so they never disagree. */
    public void setInterval(Interval interval) {
        since = interval.since() == null ? null : interval.since().toString();
        until = interval.until() == null ? null : interval.until().toString();
        firstDay = interval.firstDay();
        lastDay = interval.lastDay();
    }

    /** The days covered by the interval of a stored row's since and until, for inserting it again. */
    static Interval intervalOf(Snapshot row) {
        return new Interval(PartialDate.parseNullable(row.text("since")), PartialDate.parseNullable(row.text("until")));
    }

    /** The sources of a stored row as a SQL text array, from their JSON. */
    static final String SOURCES_FROM_JSON = "ARRAY(SELECT jsonb_array_elements_text(CAST(:sources AS jsonb)))";

    public boolean hasEnded() {
        return until != null;
    }
}
