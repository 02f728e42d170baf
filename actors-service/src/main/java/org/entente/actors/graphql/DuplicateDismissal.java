package org.entente.actors.graphql;

import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DuplicateCandidateSearch.Dismissal;

@Description("A reviewer's decision that two actors are not one: the pair is no longer a duplicate candidate.")
public class DuplicateDismissal {
    @NonNull
    @Description("The actor with the smaller id.")
    public Actor a;

    @NonNull
    public Actor b;

    public String reason;

    @Description("The subject (`sub`) of the editor token that dismissed the pair.")
    public String dismissedBy;

    @NonNull
    @Description("When the pair was first dismissed, ISO-8601 in UTC.")
    public String dismissedAt;

    static DuplicateDismissal from(Dismissal dismissal, Map<Long, ActorEntity> actors) {
        DuplicateDismissal result = new DuplicateDismissal();
        result.a = Actor.from(actors.get(dismissal.a()));
        result.b = Actor.from(actors.get(dismissal.b()));
        result.reason = dismissal.reason();
        result.dismissedBy = dismissal.dismissedBy();
        result.dismissedAt = dismissal.dismissedAt().toString();
        return result;
    }
}
