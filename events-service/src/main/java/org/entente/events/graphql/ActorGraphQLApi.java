package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.graphql.*;
import org.entente.events.domain.*;
import org.entente.events.service.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields this subgraph contributes to actors-service's Actor. Each is resolved for all actors
 * of a request at once (per distinct arguments), with a fixed number of SQL statements.
 */
@GraphQLApi
public class ActorGraphQLApi {
    @Inject
    EventQueries events;
    @Inject
    StatementQueries statements;
    @Inject
    Context context;
    @Inject
    ThreadContext threadContext;

    /** Actors live in actors-service: any numeric id resolves to a stub; unknown actors simply have no events. */
    @Resolver
    public List<Actor> actorsById(List<String> id) {
        return EntityIds.parse(id).stream().map(Actor::of).toList();
    }

    @NonNull
    @Description("Events the actor took part in, in date order (`order`: NEWEST_FIRST for the latest first); `types`, `from`, `to` as in Query.events.")
    public CompletionStage<EventConnection> events(@org.eclipse.microprofile.graphql.Source Actor actor, List<EventType> types,
                                                   PartialDateScalar from, PartialDateScalar to, Integer first, String after,
                                                   @DefaultValue("OLDEST_FIRST") ListOrder order) {
        EventFilter filter = new EventFilter(null, types, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), null);
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.events", actor, ids -> events.eventsOfActors(ids, filter, request), EventConnection::of,
                GraphMapper::event, types, filter.from(), filter.to(), first, after, request.order(), request.withTotal());
    }

    @NonNull
    @Description("Statements the actor made (as speaker), in date order (`order`: NEWEST_FIRST for the latest first).")
    public CompletionStage<StatementConnection> statements(@org.eclipse.microprofile.graphql.Source Actor actor, Integer first, String after,
                                                          @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.statements", actor, ids -> statements.bySpeakers(ids, request), StatementConnection::of,
                GraphMapper::statement, first, after, request.order(), request.withTotal());
    }

    @NonNull
    @Description("Statements about the actor, in date order (`order`: NEWEST_FIRST for the latest first).")
    public CompletionStage<StatementConnection> statementsAbout(@org.eclipse.microprofile.graphql.Source Actor actor, Integer first, String after,
                                                          @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.statementsAbout", actor, ids -> statements.aboutActors(ids, request), StatementConnection::of,
                GraphMapper::statement, first, after, request.order(), request.withTotal());
    }

    private <E, N, C> CompletionStage<C> connections(String field, Actor actor, Function<List<Long>, Map<Long, Page<E>>> pages,
                                                     ConnectionFactory<E, N, C> toConnection, Function<E, N> toNode,
                                                     Object... arguments) {
        return BatchPerArguments.load(context, threadContext, field, Arrays.asList(arguments), actor.id, ids -> {
            Map<Long, Page<E>> byActor = pages.apply(ids);
            return ids.stream().distinct().collect(Collectors.toMap(Function.identity(),
                    id -> toConnection.of(byActor.get(id), toNode)));
        });
    }

    @FunctionalInterface
    private interface ConnectionFactory<E, N, C> {
        C of(Page<E> page, Function<E, N> toNode);
    }
}
