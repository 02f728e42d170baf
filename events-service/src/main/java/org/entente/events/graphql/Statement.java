package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementKind;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.graphql.PartialDateScalar;

@Key(fields = @FieldSet("id"))
@Description("Who said (or assessed) what, about whom, where it was reported, and the source that records it.")
public class Statement {
    @Id
    @NonNull
    public Long id;

    @Description(
            "Optional client-chosen unique key; recording a statement with a key that exists returns the existing statement.")
    public String key;

    @NonNull
    public StatementKind kind;

    @NonNull
    public String text;

    @Description("Who said it; absent only for an unattributed ASSESSMENT.")
    public Actor speaker;

    @Description("The capacity the speaker spoke in, e.g. 'Chairman of the State Duma Defence Committee'.")
    public String speakerCapacity;

    public PartialDateScalar date;
    public Stance stance;

    @Description("The outlet that reported the statement.")
    public Actor reportedBy;

    @NonNull
    @Description("Optimistic-locking version: pass it to updateStatement; a stale one is refused with CONFLICT. "
            + "Every change of the statement or of the actors it is about raises it.")
    public int version;

    /** What StatementFields loads {@code event} and {@code source} by. */
    @Ignore
    public Long eventId;

    @Ignore
    public Long sourceId;

    /** The statement as the schema shows it; null for none. Actors are stubs: the gateway asks actors-service for the rest. */
    public static Statement from(StatementEntity entity) {
        if (entity == null) {
            return null;
        }
        Statement statement = new Statement();
        statement.id = entity.id;
        statement.key = entity.externalKey;
        statement.kind = entity.kind;
        statement.text = entity.text;
        statement.speaker = Actor.of(entity.speakerId);
        statement.speakerCapacity = entity.speakerCapacity;
        statement.date = PartialDateScalar.of(entity.dateText);
        statement.stance = entity.stance;
        statement.reportedBy = Actor.of(entity.reportedById);
        statement.version = Math.toIntExact(entity.version);
        statement.eventId = entity.eventId;
        statement.sourceId = entity.sourceId;
        return statement;
    }
}
