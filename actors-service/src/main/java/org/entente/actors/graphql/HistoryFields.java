package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.entente.actors.service.ActorChanges;
import org.entente.subgraph.graphql.FieldBatches;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;
import org.entente.subgraph.history.ChangedEntity;

/**
 * The {@code history} of memberships and positions, and the changes of an actor's facts in this
 * subgraph ({@code actorChanges}; the gateway's Actor.history merges them with events-service's):
 * each field is one statement for all the records of a level of the query that ask with the same
 * page ({@link FieldBatches}).
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

    @Inject
    ActorChanges actorChanges;

    @NonNull
    @Description("The changes of the actor and of its memberships and positions (as member or holder, and as "
            + "organization), newest first, as actorChanges records them. Actor.history merges them with the changes of "
            + "the actor's events and statements (eventChanges). `first` at most " + ChangePage.MAX_SIZE + " (default "
            + ChangePage.DEFAULT_SIZE + ").")
    public CompletionStage<ChangeConnection> actorChanges(@Source Actor actor, Integer first, String after) {
        ChangePage page = ChangePage.of(first, after);
        return batches.load("Actor.actorChanges", List.of(page), actor.id, ids -> actorChanges.of(ids, page));
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
