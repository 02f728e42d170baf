package org.entente.events.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.events.service.EventReader;
import org.entente.events.service.SourceReader;
import org.entente.events.service.StatementReader;

import java.util.List;
import java.util.Map;

/** The fields of Event that load more data: each is loaded for all events of a request at once. */
@GraphQLApi
public class EventFields {
    @Inject
    EventReader events;
    @Inject
    SourceReader sources;
    @Inject
    StatementReader statements;

    @NonNull
    public List<List<@NonNull Participation>> participants(@org.eclipse.microprofile.graphql.Source List<Event> parents) {
        Map<Long, List<ParticipantEntity>> byEvent = events.participantsOf(ids(parents));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(Participation::from).toList()).toList();
    }

    @NonNull
    @Description("The sources the event cites.")
    public List<List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<Event> parents) {
        Map<Long, List<SourceEntity>> byEvent = sources.citedBy(ids(parents));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(Source::from).toList()).toList();
    }

    @NonNull
    @Description("Statements made at the event, in date order.")
    public List<List<@NonNull Statement>> statements(@org.eclipse.microprofile.graphql.Source List<Event> parents) {
        Map<Long, List<StatementEntity>> byEvent = statements.atEvents(ids(parents));
        return parents.stream().map(e -> byEvent.getOrDefault(e.id, List.of()).stream().map(Statement::from).toList()).toList();
    }

    private static List<Long> ids(List<Event> events) {
        return events.stream().map(e -> e.id).distinct().toList();
    }
}
