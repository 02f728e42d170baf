package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.ActorMergeEntity;
import org.entente.actors.service.ActorMergeReader;
import org.entente.actors.service.ActorMerger;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/** Merging an actor into another and undoing it: editors only; a refused merge or unmerge changes nothing. */
@GraphQLApi
@EditorOnly
public class ActorMergeMutations {

    @Inject
    ActorMerger merger;

    @Mutation
    @NonNull
    @Description("Merges actor `merge` into actor `keep`: they are one actor recorded twice. The merged actor's "
            + "aliases (and name), memberships, positions and parts become `keep`'s, a fact equal to one of `keep`'s is "
            + "folded into it with both facts' sources; its events and statements follow in events-service "
            + "(`eventsMovedAt`). Its id and handle then answer as `keep` (`redirectedFrom`). BAD_USER_INPUT for the same "
            + "actor twice or actors of different kinds; NOT_FOUND for an unknown actor; CONFLICT when either actor is "
            + "merged already, `keep` is part of `merge`, or a moved membership would overlap or link the two.")
    public ActorMerge mergeActors(
            @Id @NonNull Long keep,
            @Name("merge") @Id @NonNull Long merge,
            @Description(ChangeRecorder.REASON) String reason) {
        return view(merger.merge(keep, merge, reason));
    }

    @Mutation
    @NonNull
    @Description("Undoes a merge: everything it moved refers to the merged actor again, rows it folded exist again, "
            + "`keep` loses the aliases and sources it gained; events-service follows (`eventsRestoredAt`). NOT_FOUND for "
            + "an unknown merge; CONFLICT when it was undone already or a later merge in force names either actor "
            + "(undo that one first).")
    public ActorMerge unmergeActors(
            @Name("merge") @Id @NonNull Long merge, @Description(ChangeRecorder.REASON) String reason) {
        return view(merger.unmerge(merge, reason));
    }

    private static ActorMerge view(ActorMergeEntity merge) {
        return ActorMerge.from(ActorMergeReader.views(List.of(merge)).get(merge.id));
    }
}
