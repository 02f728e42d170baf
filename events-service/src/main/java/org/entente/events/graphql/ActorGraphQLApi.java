package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.*;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.events.service.*;

import java.util.List;
import java.util.Map;

/** The fields this subgraph contributes to actors-service's Actor, each resolved for a whole batch of actors. */
@GraphQLApi
public class ActorGraphQLApi {
    @Inject
    EventQueries events;
    @Inject
    StatementQueries statements;

    /** Actors live in actors-service: any numeric id resolves to a stub; unknown actors simply have no events. */
    @Resolver
    public List<Actor> actorsById(List<String> id) {
        return EntityIds.parse(id).stream().map(Actor::of).toList();
    }

    @NonNull
    @Description("Events the actor took part in, in date order; `types`, `from`, `to` as in Query.events.")
    public List<@NonNull EventConnection> events(@org.eclipse.microprofile.graphql.Source List<Actor> actors, List<EventType> types,
                                                 PartialDateScalar from, PartialDateScalar to, Integer first, String after) {
        EventFilter filter = new EventFilter(null, types, EventGraphQLApi.date(from), EventGraphQLApi.date(to), null);
        Map<Long, Page<EventEntity>> pages = events.eventsOfActors(ids(actors), filter, PageRequest.of(first, after));
        return actors.stream().map(a -> EventConnection.of(pages.get(a.id), GraphMapper::event)).toList();
    }

    @NonNull
    @Description("Statements the actor made (as speaker), in date order.")
    public List<@NonNull StatementConnection> statements(@org.eclipse.microprofile.graphql.Source List<Actor> actors, Integer first, String after) {
        Map<Long, Page<StatementEntity>> pages = statements.bySpeakers(ids(actors), PageRequest.of(first, after));
        return actors.stream().map(a -> StatementConnection.of(pages.get(a.id), GraphMapper::statement)).toList();
    }

    @NonNull
    @Description("Statements about the actor, in date order.")
    public List<@NonNull StatementConnection> statementsAbout(@org.eclipse.microprofile.graphql.Source List<Actor> actors, Integer first, String after) {
        Map<Long, Page<StatementEntity>> pages = statements.aboutActors(ids(actors), PageRequest.of(first, after));
        return actors.stream().map(a -> StatementConnection.of(pages.get(a.id), GraphMapper::statement)).toList();
    }

    private static List<Long> ids(List<Actor> actors) {
        return actors.stream().map(a -> a.id).distinct().toList();
    }
}
