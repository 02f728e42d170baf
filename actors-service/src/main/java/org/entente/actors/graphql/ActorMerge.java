package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.service.ActorMergeReader;

@Key(fields = @FieldSet("id"))
@Description("A merge of one actor into another (mergeActors): the two were one actor recorded twice. actors-service "
        + "moves what it holds at once; events-service follows (`eventsMovedAt`): until then the merged actor's events "
        + "and statements still show under its id, which redirects to `keep`. Undone by unmergeActors.")
public class ActorMerge {
    @Id
    @NonNull
    public Long id;

    @NonNull
    @Description("The actor kept: it now stands for both.")
    public Actor keep;

    @NonNull
    @Description("The actor merged into `keep`, as stored (its own id, handle and name); looked up by id or handle it "
            + "answers as `keep`.")
    public Actor merged;

    @Description("Why, as the editor said (`reason` of mergeActors).")
    public String reason;

    @Description("Who merged: the subject (`sub` claim) of the editor's token.")
    public String mergedBy;

    @NonNull
    @Description("When, ISO-8601 in UTC.")
    public String mergedAt;

    @NonNull
    @Description("The merged actor's name and aliases that became aliases of `keep` (it had the others).")
    public List<@NonNull String> addedAliases;

    @NonNull
    @Description("Memberships, positions and parts that now refer to `keep` instead of the merged actor.")
    public int movedRecords;

    @NonNull
    @Description("Memberships and positions equal to one of `keep`'s (same other actor, role or title, dates), folded "
            + "into it: it cites both facts' sources.")
    public int foldedRecords;

    @Description("When the merge was undone (unmergeActors), ISO-8601 in UTC; null while it is in force.")
    public String unmergedAt;

    @Description("Who undid it.")
    public String unmergedBy;

    @Description("Why it was undone (`reason` of unmergeActors).")
    public String unmergeReason;

    static ActorMerge from(ActorMergeReader.MergeView view) {
        if (view == null) {
            return null;
        }
        ActorMerge merge = new ActorMerge();
        merge.id = view.merge().id;
        merge.keep = Actor.from(view.keep());
        merge.merged = Actor.from(view.merged());
        merge.reason = view.merge().reason;
        merge.mergedBy = view.merge().mergedBy;
        merge.mergedAt = text(view.merge().mergedAt);
        merge.addedAliases = view.summary().addedAliases();
        merge.movedRecords = view.summary().moved();
        merge.foldedRecords = view.summary().folded();
        merge.unmergedAt = text(view.merge().unmergedAt);
        merge.unmergedBy = view.merge().unmergedBy;
        merge.unmergeReason = view.merge().unmergeReason;
        return merge;
    }

    static String text(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }
}
