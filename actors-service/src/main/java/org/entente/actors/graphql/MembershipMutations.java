package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.MembershipDraft;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.service.ActorReader;
import org.entente.actors.service.MembershipWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

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
    ActorReader actors;

    @Mutation
    @Description(
            "Records that a member belongs to an organization in a role during an interval, citing at least one source. "
                    + "The organization must be INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE or GROUP (else BAD_USER_INPUT); "
                    + "`until` must not end before `since` starts (BAD_USER_INPUT); an interval that overlaps another membership of "
                    + "the same member, organization and role is CONFLICT (partial dates count as the whole interval they cover, "
                    + "open ends as unbounded).")
    public @NonNull Membership addMembership(
            @NonNull MembershipInput input, @Description(ChangeRecorder.REASON) String reason) {
        return membership(writer.add(draft(input), reason));
    }

    @Mutation
    @Description("Ends an open membership at `until`. CONFLICT when it has already ended.")
    public @NonNull Membership endMembership(
            @Id @NonNull Long id, @NonNull PartialDateScalar until, @Description(ChangeRecorder.REASON) String reason) {
        return membership(writer.end(id, until.toDate(), reason));
    }

    /** The written membership with both its actors, read afresh in one statement once the write has committed. */
    private Membership membership(MembershipEntity entity) {
        Map<Long, ActorEntity> named = actors.byIds(List.of(entity.memberId, entity.organizationId));
        return Membership.from(
                entity, Actor.from(named.get(entity.memberId)), Actor.from(named.get(entity.organizationId)));
    }

    /** BAD_USER_INPUT for a malformed date. */
    private static MembershipDraft draft(MembershipInput input) {
        return new MembershipDraft(
                input.memberId,
                input.organizationId,
                input.role,
                PartialDateScalar.toDate(input.since),
                PartialDateScalar.toDate(input.until),
                input.sourceIds);
    }
}
