package org.entente.events.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.service.EventReader;
import org.entente.events.service.SourceReader;
import org.entente.events.service.StatementReader;
import org.entente.subgraph.graphql.FieldBatches;

/** The fields of Statement that load more data: each is loaded for all statements of a request with one SQL statement. */
@GraphQLApi
public class StatementFields {
    @Inject
    FieldBatches batches;

    @Inject
    EventReader events;

    @Inject
    SourceReader sources;

    @Inject
    StatementReader statements;

    @Description("The event the statement was made at.")
    public CompletionStage<Event> event(@org.eclipse.microprofile.graphql.Source Statement statement) {
        if (statement.eventId == null) {
            return CompletableFuture.completedFuture(null);
        }
        return batches.load(
                "Statement.event",
                List.of(),
                statement.eventId,
                ids -> PerParent.values(events.byIds(ids), Event::from));
    }

    @NonNull
    @Description("The actors the statement is about. Each is owned by actors-service: null when that service cannot "
            + "answer for it.")
    public CompletionStage<List<Actor>> about(@org.eclipse.microprofile.graphql.Source Statement statement) {
        return batches.load(
                "Statement.about",
                List.of(),
                statement.id,
                ids -> PerParent.lists(ids, statements.aboutOf(ids), Actor::of));
    }

    @NonNull
    @Description("The source that records the statement.")
    public CompletionStage<Source> source(@org.eclipse.microprofile.graphql.Source Statement statement) {
        return batches.load(
                "Statement.source",
                List.of(),
                statement.sourceId,
                ids -> PerParent.values(sources.byIds(ids), Source::from));
    }
}
