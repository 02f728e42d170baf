package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.service.ActorInput;
import org.entente.actors.service.ActorService;
import org.entente.subgraph.security.EditorOnly;
import org.entente.actors.service.MembershipInput;
import org.entente.actors.service.MembershipService;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.actors.service.PositionInput;
import org.entente.actors.service.PositionService;

import java.util.List;

/**
 * Writes. Each needs a bearer token with the editor role (UNAUTHENTICATED without a valid
 * token, FORBIDDEN without the role); a refused write changes nothing.
 */
@GraphQLApi
@EditorOnly
public class ActorMutations {

    @Inject
    ActorService actors;
    @Inject
    MembershipService memberships;
    @Inject
    PositionService positions;
    @Inject
    RequestLoader loader;

    @Mutation
    @Description("Creates an actor. CONFLICT when the handle is taken; BAD_USER_INPUT for an invalid handle, "
            + "countryCode or wikidataId; NOT_FOUND for an unknown parentId.")
    public @NonNull Actor createActor(@NonNull ActorInput input) {
        return loader.actor(actors.create(input));
    }

    @Mutation
    @Description("Replaces all fields of an actor. `version` is the version the change was based on: CONFLICT when "
            + "the actor has changed since (or the handle is taken), BAD_USER_INPUT when the parent would make a cycle.")
    public @NonNull Actor updateActor(@Id @NonNull Long id, @NonNull int version, @NonNull ActorInput input) {
        return loader.actor(actors.update(id, version, input));
    }

    @Mutation
    @Description("Adds a spelling or transliteration variant (no change when it is already there).")
    public @NonNull Actor addAlias(@Id @NonNull Long actorId, @NonNull String alias) {
        return loader.actor(actors.addAlias(actorId, alias));
    }

    @Mutation
    @Description("Removes an alias; NOT_FOUND when the actor has no such alias.")
    public @NonNull Actor removeAlias(@Id @NonNull Long actorId, @NonNull String alias) {
        return loader.actor(actors.removeAlias(actorId, alias));
    }

    @Mutation
    @Description("Records that a member belongs to an organization in a role during an interval, citing at least one source. "
            + "The organization must be INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE or GROUP (else BAD_USER_INPUT); "
            + "`until` must not end before `since` starts (BAD_USER_INPUT); an interval that overlaps another membership of "
            + "the same member, organization and role is CONFLICT (partial dates count as the whole interval they cover, "
            + "open ends as unbounded).")
    public @NonNull Membership addMembership(@NonNull MembershipInput input) {
        return loader.memberships(List.of(memberships.add(input))).get(0);
    }

    @Mutation
    @Description("Ends an open membership at `until`. CONFLICT when it has already ended.")
    public @NonNull Membership endMembership(@Id @NonNull Long id, @NonNull PartialDateScalar until) {
        return loader.memberships(List.of(memberships.end(id, until.toDate()))).get(0);
    }

    @Mutation
    @Description("Records that a PERSON holds a title in a non-person actor during an interval, citing at least one source.")
    public @NonNull Position addPosition(@NonNull PositionInput input) {
        return loader.positions(List.of(positions.add(input))).get(0);
    }

    @Mutation
    @Description("Ends an open position at `until`. CONFLICT when it has already ended.")
    public @NonNull Position endPosition(@Id @NonNull Long id, @NonNull PartialDateScalar until) {
        return loader.positions(List.of(positions.end(id, until.toDate()))).get(0);
    }
}
