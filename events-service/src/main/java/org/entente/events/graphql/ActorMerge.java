package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Stub of the merge owned by actors-service: this subgraph adds how far it has followed it. */
@Key(fields = @FieldSet("id"))
@Description("A merge of one actor into another, owned by actors-service. This subgraph adds when it moved the merged "
        + "actor's events and statements.")
public class ActorMerge {
    @Id
    @NonNull
    public Long id;

    static ActorMerge of(Long id) {
        if (id == null) {
            return null;
        }
        ActorMerge merge = new ActorMerge();
        merge.id = id;
        return merge;
    }
}
