package org.entente.events.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.EventType;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.Page;
import org.entente.events.domain.PageRequest;
import org.entente.events.service.EventReader;
import org.entente.events.service.StatementReader;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.graphql.Selections;

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
public class ActorFields {
    @Inject
    EventReader events;
    @Inject
    StatementReader statements;
    @Inject
    Context context;
    @Inject
    ThreadContext threadContext;

    @NonNull
    @Description("Events the actor took part in, in date order (`order`: NEWEST_FIRST for the latest first); `types`, `from`, `to` as in Query.events.")
    public CompletionStage<EventConnection> events(@org.eclipse.microprofile.graphql.Source Actor actor, List<EventType> types,
                                                   PartialDateScalar from, PartialDateScalar to, Integer first, String after,
                                                   @DefaultValue("OLDEST_FIRST") ListOrder order) {
        EventFilter filter = new EventFilter(null, types, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), null);
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.events", actor, ids -> events.eventsOfActors(ids, filter, request), EventConnection::from,
                types, filter.from(), filter.to(), first, after, request.order(), request.withTotal());
    }

    @NonNull
    @Description("Statements the actor made (as speaker), in date order (`order`: NEWEST_FIRST for the latest first).")
    public CompletionStage<StatementConnection> statements(@org.eclipse.microprofile.graphql.Source Actor actor, Integer first, String after,
                                                          @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.statements", actor, ids -> statements.bySpeakers(ids, request), StatementConnection::from,
                first, after, request.order(), request.withTotal());
    }

    @NonNull
    @Description("Statements about the actor, in date order (`order`: NEWEST_FIRST for the latest first).")
    public CompletionStage<StatementConnection> statementsAbout(@org.eclipse.microprofile.graphql.Source Actor actor, Integer first, String after,
                                                               @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return connections("Actor.statementsAbout", actor, ids -> statements.aboutActors(ids, request), StatementConnection::from,
                first, after, request.order(), request.withTotal());
    }

    private <E, C> CompletionStage<C> connections(String field, Actor actor, Function<List<Long>, Map<Long, Page<E>>> pages,
                                                  Function<Page<E>, C> toConnection, Object... arguments) {
        return BatchPerArguments.load(context, threadContext, field, Arrays.asList(arguments), actor.id, ids -> {
            Map<Long, Page<E>> byActor = pages.apply(ids);
            return ids.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> toConnection.apply(byActor.get(id))));
        });
    }
}
