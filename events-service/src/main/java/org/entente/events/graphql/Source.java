package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.repository.SourceEntity;
import org.entente.subgraph.graphql.PartialDateScalar;

@Key(fields = @FieldSet("id"))
@Description("A document (article, report, transcript) that facts cite. One source per URL.")
public class Source {
    @Id
    @NonNull
    public Long id;

    @Description("The client-chosen key it was added with, if any.")
    public String key;

    @NonNull
    public String title;

    public String url;

    @Description("The outlet or body that published it.")
    public Actor publisher;

    public PartialDateScalar publishedAt;

    @Description("When it was retrieved, ISO-8601 timestamp in UTC.")
    public String retrievedAt;

    /** The source as the schema shows it; null for none. */
    public static Source from(SourceEntity entity) {
        if (entity == null) {
            return null;
        }
        Source source = new Source();
        source.id = entity.id;
        source.key = entity.externalKey;
        source.title = entity.title;
        source.url = entity.url;
        source.publisher = Actor.of(entity.publisherId);
        source.publishedAt = PartialDateScalar.of(entity.publishedAt);
        source.retrievedAt = DateTimeFormatter.ISO_INSTANT.format(entity.retrievedAt);
        return source;
    }
}
