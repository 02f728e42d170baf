package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.MembershipDraft;
import org.entente.actors.service.MembershipWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.security.EditorOnly;

import java.util.List;

/**
 * Writes of memberships. Each needs a bearer token with the editor role (UNAUTHENTICATED without
 * a valid token, FORBIDDEN without the role); a refused write changes nothing.
 */
@GraphQLApi
@EditorOnly
public class MembershipMutations {

    @Inject
    MembershipWriter writer;
    @Inject
    RequestLoader loader;

    @Mutation
    @Description("Records that a member belongs to an organization in a role during an interval, citing at least one source. "
            + "The organization must be INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE or GROUP (else BAD_USER_INPUT); "
            + "`until` must not end before `since` starts (BAD_USER_INPUT); an interval that overlaps another membership of "
            + "the same member, organization and role is CONFLICT (partial dates count as the whole interval they cover, "
            + "open ends as unbounded).")
    public @NonNull Membership addMembership(@NonNull MembershipInput input) {
        return loader.memberships(List.of(writer.add(draft(input)))).get(0);
    }

    @Mutation
    @Description("Ends an open membership at `until`. CONFLICT when it has already ended.")
    public @NonNull Membership endMembership(@Id @NonNull Long id, @NonNull PartialDateScalar until) {
        return loader.memberships(List.of(writer.end(id, until.toDate()))).get(0);
    }

    /** BAD_USER_INPUT for a malformed date. */
    private static MembershipDraft draft(MembershipInput input) {
        return new MembershipDraft(input.memberId, input.organizationId, input.role,
                PartialDateScalar.toDate(input.since), PartialDateScalar.toDate(input.until), input.sourceIds);
    }
}
