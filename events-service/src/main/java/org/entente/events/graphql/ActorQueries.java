package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.entente.subgraph.graphql.EntityIds;

/** The resolution of Actor entities, which actors-service owns. */
@GraphQLApi
public class ActorQueries {

    /** Any numeric id resolves to a stub without reading anything: an unknown actor simply has no events. */
    @Resolver
    public List<Actor> actorsById(List<String> id) {
        return EntityIds.parse(id).stream().map(Actor::of).toList();
    }
}
