package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementKind;

@Key(fields = @FieldSet("id"))
@Description("Who said (or assessed) what, about whom, where it was reported, and the source that records it.")
public class Statement {
    @Id
    @NonNull
    public Long id;
    @Description("Optional client-chosen unique key; recording a statement with a key that exists returns the existing statement.")
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

    @Ignore
    public Long eventId;
    @Ignore
    public Long sourceId;
}
