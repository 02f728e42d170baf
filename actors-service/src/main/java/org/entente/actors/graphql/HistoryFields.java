package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.entente.subgraph.graphql.FieldBatches;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;
import org.entente.subgraph.history.ChangedEntity;

/**
 * The {@code history} of actors, memberships and positions: each field is one statement for all
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
    public CompletionStage<ChangeConnection> actorHistory(@Source Actor actor, Integer first, String after) {
        return load(ChangedEntity.ACTOR, "Actor.history", actor.id, ChangePage.of(first, after));
    }

    @Name("history")
    @NonNull
    @Description(HISTORY)
    public CompletionStage<ChangeConnection> membershipHistory(
            @Source Membership membership, Integer first, String after) {
        return load(ChangedEntity.MEMBERSHIP, "Membership.history", membership.id, ChangePage.of(first, after));
    }

    @Name("history")
    @NonNull
    @Description(HISTORY)
    public CompletionStage<ChangeConnection> positionHistory(@Source Position position, Integer first, String after) {
        return load(ChangedEntity.POSITION, "Position.history", position.id, ChangePage.of(first, after));
    }

    private CompletionStage<ChangeConnection> load(ChangedEntity type, String field, Long id, ChangePage page) {
        return batches.load(field, List.of(page), id, ids -> history.ofRecords(type, ids, page));
    }
}
