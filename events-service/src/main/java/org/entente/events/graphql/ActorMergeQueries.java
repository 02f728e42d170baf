package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.entente.subgraph.graphql.EntityIds;

/** The resolution of ActorMerge entities, which actors-service owns. */
@GraphQLApi
public class ActorMergeQueries {

    /** Any numeric id resolves to a stub without reading anything: a merge not followed yet has no times here. */
    @Resolver
    public List<ActorMerge> actorMergesById(List<String> id) {
        return EntityIds.parse(id).stream().map(ActorMerge::of).toList();
    }
}
