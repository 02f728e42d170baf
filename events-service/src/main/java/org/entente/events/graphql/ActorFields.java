package org.entente.events.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.EventType;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.PageRequest;
import org.entente.events.service.ActorChanges;
import org.entente.events.service.EventReader;
import org.entente.events.service.LinkKeyReader;
import org.entente.events.service.StatementReader;
import org.entente.subgraph.graphql.FieldBatches;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.graphql.Selections;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangePage;
import org.entente.subgraph.input.ActorIdFilter;

/**
 * The fields this subgraph contributes to actors-service's Actor. Each is a page per actor, loaded
 * for all actors of a request that ask with the same arguments in a fixed number of SQL statements
 * (keys, counts when asked for, rows).
 *
 * <p>Each is nullable, as every field that crosses from one subgraph to the other: when this
 * service cannot answer, the gateway nulls just that field, and the rest of the actor (its name,
 * its memberships from actors-service) still reaches the client. Non-null, the null would spread
 * up to the nearest nullable parent: a list of actors, or the whole answer.
 */
@GraphQLApi
public class ActorFields {
    @Inject
    FieldBatches batches;

    @Inject
    EventReader events;

    @Inject
    StatementReader statements;

    @Inject
    ActorChanges changes;

    @Inject
    LinkKeyReader linkKeys;

    @Inject
    Context context;

    @Description("Events the actor took part in, in date order (`order`: NEWEST_FIRST for the latest first); `types`, "
            + "`from`, `to` as in Query.events. Null when events-service cannot answer.")
    public CompletionStage<EventConnection> events(
            @org.eclipse.microprofile.graphql.Source Actor actor,
            List<EventType> types,
            PartialDateScalar from,
            PartialDateScalar to,
            Integer first,
            String after,
            @DefaultValue("OLDEST_FIRST") ListOrder order) {
        EventFilter filter =
                new EventFilter(null, types, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), null);
        PageRequest request = pageRequest(first, after, order);
        return batches.load(
                "Actor.events",
                Arrays.asList(types, filter.from(), filter.to(), first, after, request.order(), request.withTotal()),
                actor.id,
                ids -> PerParent.values(events.eventsOfActors(ids, filter, request), EventConnection::from));
    }

    @Description("Statements the actor made (as speaker), in date order (`order`: NEWEST_FIRST for the latest first). "
            + "Null when events-service cannot answer.")
    public CompletionStage<StatementConnection> statements(
            @org.eclipse.microprofile.graphql.Source Actor actor,
            Integer first,
            String after,
            @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = pageRequest(first, after, order);
        return batches.load(
                "Actor.statements",
                Arrays.asList(first, after, request.order(), request.withTotal()),
                actor.id,
                ids -> PerParent.values(statements.bySpeakers(ids, request), StatementConnection::from));
    }

    @Description("Statements about the actor, in date order (`order`: NEWEST_FIRST for the latest first). "
            + "Null when events-service cannot answer.")
    public CompletionStage<StatementConnection> statementsAbout(
            @org.eclipse.microprofile.graphql.Source Actor actor,
            Integer first,
            String after,
            @DefaultValue("OLDEST_FIRST") ListOrder order) {
        PageRequest request = pageRequest(first, after, order);
        return batches.load(
                "Actor.statementsAbout",
                Arrays.asList(first, after, request.order(), request.withTotal()),
                actor.id,
                ids -> PerParent.values(statements.aboutActors(ids, request), StatementConnection::from));
    }

    @Description("The actor's links through events and statements as compact keys (see LinkKeys.keys), meant for graph "
            + "searches (the relations of the gateway), which need only who is linked to whom by which fact: the first "
            + "`first` (0-100, default 100) of its events as `events(from, to, first)` lists them, and of its statements "
            + "and statements about it as `statements(first)` and `statementsAbout(first)` list them (deleted ones "
            + "left out). The events and statements themselves are entities, read by id. Null when events-service "
            + "cannot answer.")
    public CompletionStage<LinkKeys> linkKeysOfEvents(
            @org.eclipse.microprofile.graphql.Source Actor actor,
            PartialDateScalar from,
            PartialDateScalar to,
            @DefaultValue("100") int first,
            @Description("Only the links whose other actor is one of these, by id (at most "
                            + ActorIdFilter.MAX_IDS
                            + "), of the same events and statements: a graph search that knows its actors asks for "
                            + "the links among them. All links when absent.")
                    List<String> among) {
        EventFilter filter =
                new EventFilter(null, null, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), null);
        int size = PageRequest.of(first, null, ListOrder.OLDEST_FIRST, false).first();
        // among is [String], not [ID]: SmallRye turns @Id on a list argument into an unknown scalar
        ActorIdFilter.check(among, "among");
        return batches.load(
                "Actor.linkKeysOfEvents",
                Arrays.asList(filter.from(), filter.to(), size, among),
                actor.id,
                ids -> PerParent.values(
                        linkKeys.of(ids, filter, size, ActorIdFilter.of(among, "among")), LinkKeys::from));
    }

    @Description("The changes of the events the actor took part in and of the statements it made or that are about it "
            + "(before or after the change: an actor removed from an event keeps the change that removed it), newest "
            + "first, as eventChanges records them; deletions and restorations included. Actor.history merges them with "
            + "the changes of actorChanges. `first` at most " + ChangePage.MAX_SIZE + " (default "
            + ChangePage.DEFAULT_SIZE + "). Null when events-service cannot answer.")
    public CompletionStage<ChangeConnection> eventChanges(
            @org.eclipse.microprofile.graphql.Source Actor actor, Integer first, String after) {
        ChangePage page = ChangePage.of(first, after);
        return batches.load("Actor.eventChanges", List.of(page), actor.id, ids -> changes.of(ids, page));
    }

    /** Counting a list costs more than reading a page of it: only when the client selected totalCount. */
    private PageRequest pageRequest(Integer first, String after, ListOrder order) {
        return PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
    }
}
