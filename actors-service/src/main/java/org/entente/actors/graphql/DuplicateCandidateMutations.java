package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.DuplicateCandidateSearch.Dismissal;
import org.entente.actors.service.ActorReader;
import org.entente.actors.service.DuplicateCandidateWriter;
import org.entente.subgraph.security.EditorOnly;
import org.entente.subgraph.security.EditorSubject;

/** Reviewers' decisions about duplicate candidates; editor-only like every write. */
@GraphQLApi
@EditorOnly
public class DuplicateCandidateMutations {

    @Inject
    DuplicateCandidateWriter writer;

    @Inject
    ActorReader actors;

    @Inject
    EditorSubject editor;

    @Mutation
    @Description("Records that actors `a` and `b` (either order) are not one actor, with an optional `reason` of at "
            + "most " + DuplicateCandidateWriter.MAX_REASON + " characters, who (the token's subject) and when: the "
            + "pair no longer appears in duplicateCandidates. Dismissing a dismissed pair again changes nothing and "
            + "returns the first dismissal. NOT_FOUND for an unknown actor; BAD_USER_INPUT when `a` and `b` are the "
            + "same actor or the reason is too long.")
    public @NonNull DuplicateDismissal dismissDuplicateCandidate(
            @Id @NonNull Long a, @Id @NonNull Long b, String reason) {
        Dismissal dismissal = writer.dismiss(a, b, reason, editor.subject());
        return DuplicateDismissal.from(dismissal, actors.byIds(List.of(dismissal.a(), dismissal.b())));
    }
}
