package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Stub of the Source entity owned by events-service: this subgraph only knows its id. */
@Key(fields = @FieldSet("id"), resolvable = false)
@Description("A cited document; its fields are resolved by events-service.")
public class Source {
    @Id
    @NonNull
    public String id;

    static Source from(String id) {
        Source source = new Source();
        source.id = id;
        return source;
    }
}
