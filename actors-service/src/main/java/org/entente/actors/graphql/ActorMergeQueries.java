package org.entente.actors.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.actors.service.ActorMergeReader;
import org.entente.subgraph.graphql.EntityIds;

/** Query.actorMerge, the merge outbox Query.actorMergeSteps, and the resolution of ActorMerge entities. */
@GraphQLApi
public class ActorMergeQueries {

    @Inject
    ActorMergeReader reader;

    @Query
    @Description("One merge by id; null when there is none.")
    public ActorMerge actorMerge(@Id @NonNull Long id) {
        return ActorMerge.from(reader.byIds(List.of(id)).get(id));
    }

    @Query
    @NonNull
    @Description("The merges and unmerges of actors in the order they were made: the first `first` (1…"
            + ActorMergeReader.MAX_STEPS + ") steps after step `after` (0: from the first). A service that holds "
            + "references to actors follows it to move them (events-service does).")
    public List<@NonNull ActorMergeStep> actorMergeSteps(@DefaultValue("0") int after, @DefaultValue("50") int first) {
        return reader.steps(after, first).stream().map(ActorMergeStep::from).toList();
    }

    /** Federation entity resolution of merges: one statement for the batch (and one for their actors). */
    @Resolver
    @Blocking
    public List<ActorMerge> actorMergesById(List<String> id) {
        return EntityIds.resolve(id, reader::byIds, ActorMerge::from);
    }
}
