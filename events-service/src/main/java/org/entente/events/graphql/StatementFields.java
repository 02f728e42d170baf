package org.entente.events.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.service.EventReader;
import org.entente.events.service.SourceReader;
import org.entente.events.service.StatementReader;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields of Statement that load more data: each is loaded for all statements of a request at once. */
@GraphQLApi
public class StatementFields {
    @Inject
    EventReader events;
    @Inject
    SourceReader sources;
    @Inject
    StatementReader statements;

    @Description("The event the statement was made at.")
    public List<Event> event(@org.eclipse.microprofile.graphql.Source List<Statement> parents) {
        Map<Long, EventEntity> byId = events.byIds(parents.stream().map(s -> s.eventId).filter(Objects::nonNull).distinct().toList());
        return parents.stream().map(s -> s.eventId == null ? null : Event.from(byId.get(s.eventId))).toList();
    }

    @NonNull
    @Description("The actors the statement is about.")
    public List<List<@NonNull Actor>> about(@org.eclipse.microprofile.graphql.Source List<Statement> parents) {
        Map<Long, List<Long>> about = statements.aboutOf(parents.stream().map(s -> s.id).distinct().toList());
        return parents.stream().map(s -> about.getOrDefault(s.id, List.of()).stream().map(Actor::of).toList()).toList();
    }

    @NonNull
    @Description("The source that records the statement.")
    public List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<Statement> parents) {
        Map<Long, SourceEntity> byId = sources.byIds(parents.stream().map(s -> s.sourceId).distinct().toList());
        return parents.stream().map(s -> Source.from(byId.get(s.sourceId))).toList();
    }
}
