package org.entente.events.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.entente.events.service.MergeReader;
import org.entente.subgraph.graphql.FieldBatches;

/** How far this subgraph has followed a merge, for all merges of a request in one statement. */
@GraphQLApi
public class ActorMergeFields {
    @Inject
    FieldBatches batches;

    @Inject
    MergeReader merges;

    @Description("When events-service moved the merged actor's participations in events, the statements it made or "
            + "reported, those about it and the sources it published to `keep` (ISO-8601 in UTC). Null while it has not "
            + "yet (it follows actors-service within seconds, and after an outage resumes where it stopped): until then "
            + "those still show under the merged actor's id, which answers as `keep`.")
    public CompletionStage<String> eventsMovedAt(@Source ActorMerge merge) {
        return batches.load("ActorMerge.eventsMovedAt", List.of(), merge.id, ids -> merges.movedAt(ids, true));
    }

    @Description("When events-service moved them back after unmergeActors (ISO-8601 in UTC); null before.")
    public CompletionStage<String> eventsRestoredAt(@Source ActorMerge merge) {
        return batches.load("ActorMerge.eventsRestoredAt", List.of(), merge.id, ids -> merges.movedAt(ids, false));
    }
}
