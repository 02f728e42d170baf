package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;
import org.entente.subgraph.history.ChangedEntity;

/**
 * The reviewers' feed of this subgraph's changes. Named {@code actorChanges} (events-service has
 * {@code eventChanges}): root fields of one name in two subgraphs would have to be shareable and
 * answer the same, which two separate logs cannot.
 */
@GraphQLApi
public class ChangeQueries {

    @Inject
    ChangeHistory history;

    @Query
    @NonNull
    @Description("Every change of actors, memberships and positions, newest first. `since`: only changes made at or "
            + "after this ISO-8601 timestamp with offset (or date, from its first moment in UTC); `by`: only those of "
            + "this editor (a token subject); `types`: only these kinds (none: all). `first` at most "
            + ChangePage.MAX_SIZE + ".")
    public ChangeConnection actorChanges(
            String since, String by, List<ChangedEntity> types, Integer first, String after) {
        return history.feed(since, by, types, ChangePage.of(first, after));
    }
}
