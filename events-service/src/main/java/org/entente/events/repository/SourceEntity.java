package org.entente.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import org.entente.subgraph.history.Snapshot;

@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String url;

    @Column(name = "url_key")
    public String urlKey;

    @Column(name = "external_key")
    public String externalKey;

    @Column(name = "publisher_id")
    public Long publisherId;

    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "retrieved_at")
    public OffsetDateTime retrievedAt;

    @Version
    public long version;

    /** The fields a client sets, as the history keeps them. */
    public Snapshot snapshot() {
        return Snapshot.builder()
                .put("key", externalKey)
                .put("title", title)
                .put("url", url)
                .put("publisherId", publisherId)
                .put("publishedAt", publishedAt)
                .put("retrievedAt", retrievedAt == null ? null : retrievedAt.toString())
                .build();
    }
}
