package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;
import org.entente.actors.repository.ActorEntity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key")})
public class ActorGraphQLApi {

    @Query
    public Actor actor(@Id Long id) {
        ActorEntity e = ActorEntity.findById(id);
        return e == null ? null : toGraph(e);
    }

    @Resolver
    public List<Actor> actorsById(@Id List<Long> id) {
        Map<Long, ActorEntity> byId = ActorEntity.<ActorEntity>list("id in ?1", id).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return id.stream().map(i -> byId.get(i)).map(e -> e == null ? null : toGraph(e)).toList();
    }

    private static Actor toGraph(ActorEntity e) {
        Actor a = new Actor();
        a.id = e.id; a.handle = e.handle; a.name = e.name;
        return a;
    }
}
