package org.entente.events.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.subgraph.graphql.FieldBatches;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;
import org.entente.subgraph.history.ChangedEntity;

/**
 * The {@code history} of events, statements and sources: each field is one statement for all
 * the records of a level of the query that ask with the same page ({@link FieldBatches}).
 */
@GraphQLApi
public class HistoryFields {
    static final String HISTORY = "Every change of this record, newest first: who made it, when, with which "
            + "mutation and why, with its values before and after. `first` at most " + ChangePage.MAX_SIZE
            + " (default " + ChangePage.DEFAULT_SIZE + ").";

    @Inject
    FieldBatches batches;

    @Inject
    ChangeHistory history;

    @Name("history")
    @NonNull
    @Description(HISTORY)
    public CompletionStage<ChangeConnection> eventHistory(
            @org.eclipse.microprofile.graphql.Source Event event, Integer first, String after) {
        return load(ChangedEntity.EVENT, "Event.history", event.id, ChangePage.of(first, after));
    }

    @Name("history")
    @NonNull
    @Description(HISTORY)
    public CompletionStage<ChangeConnection> statementHistory(
            @org.eclipse.microprofile.graphql.Source Statement statement, Integer first, String after) {
        return load(ChangedEntity.STATEMENT, "Statement.history", statement.id, ChangePage.of(first, after));
    }

    @Name("history")
    @NonNull
    @Description(HISTORY)
    public CompletionStage<ChangeConnection> sourceHistory(
            @org.eclipse.microprofile.graphql.Source Source source, Integer first, String after) {
        return load(ChangedEntity.SOURCE, "Source.history", source.id, ChangePage.of(first, after));
    }

    private CompletionStage<ChangeConnection> load(ChangedEntity type, String field, Long id, ChangePage page) {
        return batches.load(field, List.of(page), id, ids -> history.ofRecords(type, ids, page));
    }
}
