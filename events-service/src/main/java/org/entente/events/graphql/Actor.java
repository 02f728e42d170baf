package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Stub of the entity owned by actors-service: only its key lives here. */
@Key(fields = @FieldSet("id"))
@Description("An actor (state, organization, body, person, outlet), owned by actors-service. "
        + "This subgraph adds what happened to it and what was said by and about it.")
public class Actor {
    @Id
    @NonNull
    public Long id;

    /** The stub of the actor with this id; null for none. */
    public static Actor of(Long id) {
        if (id == null) {
            return null;
        }
        Actor actor = new Actor();
        actor.id = id;
        return actor;
    }
}
