package org.entente.events.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.EventType;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.PageRequest;
import org.entente.events.domain.SearchTerms;
import org.entente.events.service.EventReader;
import org.entente.subgraph.graphql.EntityIds;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.graphql.Selections;

/** Query.event, Query.events and the resolution of Event entities; the subgraph's federation link. */
@GraphQLApi
@Link(
        url = "https://specs.apollo.dev/federation/v2.9",
        _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class EventQueries {
    @Inject
    Context context;

    @Inject
    EventReader events;

    @Query
    @Description("The event with this id, or null (none, or deleted).")
    public Event event(@Id @NonNull Long id) {
        return Event.from(events.byIds(List.of(id)).get(id));
    }

    @Query
    @NonNull
    @Description(
            "Events in date order (start of the date's interval, coarser precision first, then id). "
                    + "`actor`: only events the actor took part in. `from`/`to`: only events whose interval (date to endDate) "
                    + "overlaps the interval from the start of `from` to the end of `to`. `search` (at most "
                    + SearchTerms.MAX_LENGTH + " characters): full-text search over title "
                    + "and summary (English stemming, web-search syntax: quotes, OR, -word), ranked by relevance first; only the "
                    + "newest matches are ranked and listed (1,000; server setting entente.search.candidates), `totalCount` counts "
                    + "them all: narrow with `from`/`to` to reach older ones. "
                    + "`first`: page size, 0..100, default 20; `after`: a cursor of this list; `order`: NEWEST_FIRST for the latest first.")
    public EventConnection events(
            @Id Long actor,
            List<EventType> types,
            PartialDateScalar from,
            PartialDateScalar to,
            String search,
            Integer first,
            String after,
            @DefaultValue("OLDEST_FIRST") ListOrder order) {
        EventFilter filter =
                new EventFilter(actor, types, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to), search);
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return EventConnection.from(events.events(filter, request));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Event> eventsById(List<String> id) {
        return EntityIds.resolve(id, events::byIds, Event::from);
    }
}
