package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.events.config.EventsServiceConfig;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.LinksAmong;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.Page;
import org.entente.events.domain.PageRequest;
import org.entente.events.repository.ActorCounts;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.SortedQuery;
import org.entente.subgraph.sql.IdsCondition;

/** Reads of events: pages, batches by actor and by event. Every method costs a fixed number of SQL statements. */
@ApplicationScoped
public class EventReader {
    @Inject
    EntityManager em;

    @Inject
    ActorCounts counts;

    @Inject
    EventsServiceConfig config;

    /** Three statements: page keys, total count, the events. The events of one actor are that actor's group of the per-actor lists. */
    public Page<EventEntity> events(EventFilter filter, PageRequest request) {
        if (filter.actorId() != null) {
            return eventsOfActors(List.of(filter.actorId()), filter, request).get(filter.actorId());
        }
        SortedQuery query = new SortedQuery("event e", "NOT e.deleted", "e.id", "e.date_start", "e.date_precision");
        applyFilter(query, filter);
        return GroupedPages.loadUngrouped(query, em, request, this::byIds);
    }

    /**
     * The events each actor took part in; three statements for any number of actors. Sorted by
     * event_participant's copy of the event's key, so the index (actor, key) gives the order.
     */
    public Map<Long, Page<EventEntity>> eventsOfActors(List<Long> actorIds, EventFilter filter, PageRequest request) {
        SortedQuery query = actorsEvents(actorIds);
        applyFilter(query, filter);
        return GroupedPages.load(
                query, em, actorIds, request, this::byIds, ids -> counts.of(ActorCounts.ListKind.EVENTS, ids));
    }

    /**
     * The ids of the first {@code limit} events of each actor in date order, oldest first, as
     * {@link #eventsOfActors} pages them; one statement (the page's keys), no event read.
     */
    public Map<Long, List<Long>> eventIdsOfActors(List<Long> actorIds, EventFilter filter, int limit) {
        SortedQuery query = actorsEvents(actorIds);
        applyFilter(query, filter);
        return idsByGroup(query.page(em, null, limit, ListOrder.OLDEST_FIRST));
    }

    /** Each group's ids, in the order of the rows. */
    static Map<Long, List<Long>> idsByGroup(List<SortedQuery.Row> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        SortedQuery.Row::group,
                        Collectors.mapping(row -> row.key().id(), Collectors.toList())));
    }

    /** The events with these ids; one statement. An unknown or deleted id has no entry. */
    public Map<Long, EventEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        IdsCondition byId = IdsCondition.of("id", "ids", ids);
        return EventEntity.<EventEntity>list("deleted = false and " + byId.hql(), byId.parameters()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
    }

    /** The participations of each event, in the order they were recorded; one statement. */
    public Map<Long, List<ParticipantEntity>> participantsOf(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        IdsCondition condition = IdsCondition.of("eventId", "ids", eventIds);
        return ParticipantEntity.<ParticipantEntity>list(condition.hql() + " order by id", condition.parameters())
                .stream()
                .collect(Collectors.groupingBy(p -> p.eventId));
    }

    /** An actor's participation in an event beside another actor's: their roles (an actor may have several). */
    public record SharedEvent(long event, String role, long other, String otherRole) {}

    /**
     * The first {@code first} events of each actor in date order, oldest first, as
     * {@link #eventIdsOfActors} reads them (and whether it has more), with the participations in
     * them of the actors {@code others} (not the actor itself) beside each of the actor's own, in
     * the order they were recorded; one statement, no event or participation read as an entity. A
     * graph search that knows its actors need not load an assembly's hundreds of others.
     */
    public Map<Long, LinksAmong<SharedEvent>> eventsSharedWith(
            List<Long> actorIds, EventFilter filter, int first, Collection<Long> others) {
        SortedQuery query = actorsEvents(actorIds);
        applyFilter(query, filter);
        IdsCondition towards = IdsCondition.ofSql("o.actor_id", "others", others);
        return query.firstRowsLinking(
                em,
                first,
                "me.role, o.actor_id, o.role",
                "LEFT JOIN (event_participant me JOIN event_participant o ON o.event_id = me.event_id"
                        + " AND NOT o.deleted AND " + towards.hql() + " AND o.actor_id <> me.actor_id)"
                        + " ON me.event_id = b.id AND me.actor_id = grp.g AND NOT me.deleted",
                "me.id, o.id",
                towards.parameters(),
                row -> row[2] == null
                        ? null
                        : new SharedEvent(
                                LinksAmong.id(row[1]), (String) row[2], LinksAmong.id(row[3]), (String) row[4]));
    }

    private static SortedQuery actorsEvents(List<Long> actorIds) {
        // every filter is on the event; a participation is deleted with its event (V5's trigger)
        return new SortedQuery(
                        "event_participant ep", "NOT ep.deleted", "ep.event_id", "ep.date_start", "ep.date_precision")
                .joinedWhenFiltered("JOIN event e ON e.id = ep.event_id")
                .groupedBy("ep.actor_id", actorIds);
    }

    private void applyFilter(SortedQuery query, EventFilter filter) {
        if (filter.types() != null && !filter.types().isEmpty()) {
            query.where(
                    "e.type IN (:types)",
                    "types",
                    filter.types().stream().map(Enum::name).toList());
        }
        if (filter.from() != null || filter.to() != null) {
            query.where("e.date_text IS NOT NULL");
        }
        if (filter.from() != null) {
            query.where("e.span_end >= :fromStart", "fromStart", filter.from().start());
        }
        if (filter.to() != null) {
            query.where("e.date_start <= :toEnd", "toEnd", filter.to().end());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            query.search("e.search_vector", filter.search(), config.search());
        }
    }
}
