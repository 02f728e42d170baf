package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.*;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.events.domain.*;
import org.entente.events.service.*;

import java.util.List;
import java.util.Map;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class EventGraphQLApi {
    @Inject
    Context context;
    @Inject
    EventQueries queries;
    @Inject
    StatementQueries statementQueries;
    @Inject
    EventService service;

    @Query
    @Description("The event with this id, or null.")
    public Event event(@Id @NonNull Long id) {
        return GraphMapper.event(queries.byIds(List.of(id)).get(id));
    }

    @Query
    @NonNull
    @Description("Events in date order (start of the date's interval, coarser precision first, then id). "
            + "`actor`: only events the actor took part in. `from`/`to`: only events whose interval (date to endDate) "
            + "overlaps the interval from the start of `from` to the end of `to`. `search`: full-text search over title "
            + "and summary (English stemming, web-search syntax: quotes, OR, -word), ranked by relevance first; only the "
            + "newest matches are ranked and listed (1,000; server setting entente.search.candidates), `totalCount` counts "
            + "them all: narrow with `from`/`to` to reach older ones. "
            + "`first`: page size, 0..100, default 20; `after`: a cursor of this list; `order`: NEWEST_FIRST for the latest first.")
    public EventConnection events(@Id Long actor, List<EventType> types, PartialDateScalar from, PartialDateScalar to,
                                  String search, Integer first, String after, @DefaultValue("OLDEST_FIRST") ListOrder order) {
        EventFilter filter = new EventFilter(actor, types, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), search);
        return EventConnection.of(queries.events(filter, PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"))), GraphMapper::event);
    }

    @Mutation
    @NonNull
    @Description("Records an event (editor role). Refused with BAD_USER_INPUT: no or unknown sourceIds, endDate before date, "
            + "malformed PartialDate, empty title, unknown participant actor. SUBGRAPH_UNAVAILABLE when actors-service cannot "
            + "confirm the participants. A `key` that exists returns the existing event unchanged.")
    public Event recordEvent(@NonNull EventInput input) {
        return GraphMapper.event(service.recordEvent(draft(input)));
    }

    @Mutation
    @NonNull
    @Description("Replaces an event's fields (editor role); participants and sourceIds only when given. NOT_FOUND for an "
            + "unknown id, CONFLICT for a key used by another event, otherwise the rules of recordEvent.")
    public Event updateEvent(@Id @NonNull Long id, @NonNull EventInput input) {
        return GraphMapper.event(service.updateEvent(id, draft(input)));
    }

    @Mutation
    @NonNull
    @Description("Adds a participant to an event (editor role); adding an existing participation changes nothing. "
            + "NOT_FOUND for an unknown event, BAD_USER_INPUT for an unknown actor.")
    public Event addParticipant(@Id @NonNull Long eventId, @Id @NonNull Long actorId, @NonNull ParticipantRole role) {
        return GraphMapper.event(service.addParticipant(eventId, actorId, role));
    }

    @Mutation
    @NonNull
    @Description("Removes a participant from an event (editor role). NOT_FOUND for an unknown event or participation.")
    public Event removeParticipant(@Id @NonNull Long eventId, @Id @NonNull Long actorId, @NonNull ParticipantRole role) {
        return GraphMapper.event(service.removeParticipant(eventId, actorId, role));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Event> eventsById(List<String> id) {
        List<Long> ids = EntityIds.parse(id);
        Map<Long, EventEntity> events = queries.byIds(EntityIds.known(ids));
        return ids.stream().map(i -> i == null ? null : GraphMapper.event(events.get(i))).toList();
    }

    @NonNull
    public List<List<@NonNull Participation>> participants(@org.eclipse.microprofile.graphql.Source List<Event> events) {
        Map<Long, List<ParticipantEntity>> byEvent = queries.participantsOf(ids(events));
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(GraphMapper::participation).toList()).toList();
    }

    @NonNull
    @Description("The sources the event cites.")
    public List<List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<Event> events) {
        Map<Long, List<SourceEntity>> byEvent = queries.sourcesOf(ids(events));
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(GraphMapper::source).toList()).toList();
    }

    @NonNull
    @Description("Statements made at the event, in date order.")
    public List<List<@NonNull Statement>> statements(@org.eclipse.microprofile.graphql.Source List<Event> events) {
        Map<Long, List<StatementEntity>> byEvent = statementQueries.atEvents(ids(events));
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(GraphMapper::statement).toList()).toList();
    }

    private static List<Long> ids(List<Event> events) {
        return events.stream().map(e -> e.id).distinct().toList();
    }

    private static EventDraft draft(EventInput in) {
        List<ParticipantDraft> participants = in.participants == null ? null
                : in.participants.stream().map(p -> new ParticipantDraft(p.actorId, p.role)).toList();
        return new EventDraft(in.key, in.type, in.title, in.summary, PartialDateScalar.toDate(in.date),
                PartialDateScalar.toDate(in.endDate), in.location, participants, in.sourceIds);
    }
}
