package org.entente.events.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.service.EventReader;
import org.entente.events.service.SourceReader;
import org.entente.events.service.StatementReader;
import org.entente.subgraph.graphql.FieldBatches;

/** The fields of Event that load more data: each is loaded for all events of a request with one SQL statement. */
@GraphQLApi
public class EventFields {
    @Inject
    FieldBatches batches;

    @Inject
    EventReader events;

    @Inject
    SourceReader sources;

    @Inject
    StatementReader statements;

    @NonNull
    public CompletionStage<List<@NonNull Participation>> participants(
            @org.eclipse.microprofile.graphql.Source Event event) {
        return batches.load(
                "Event.participants",
                List.of(),
                event.id,
                ids -> PerParent.lists(ids, events.participantsOf(ids), Participation::from));
    }

    @NonNull
    @Description("The sources the event cites.")
    public CompletionStage<List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source Event event) {
        return batches.load(
                "Event.sources", List.of(), event.id, ids -> PerParent.lists(ids, sources.citedBy(ids), Source::from));
    }

    @NonNull
    @Description("Statements made at the event, in date order.")
    public CompletionStage<List<@NonNull Statement>> statements(@org.eclipse.microprofile.graphql.Source Event event) {
        return batches.load(
                "Event.statements",
                List.of(),
                event.id,
                ids -> PerParent.lists(ids, statements.atEvents(ids), Statement::from));
    }
}
