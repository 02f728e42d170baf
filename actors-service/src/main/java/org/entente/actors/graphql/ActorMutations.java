package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.ActorDraft;
import org.entente.actors.service.ActorWriter;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/**
 * Writes of actors. Each needs a bearer token with the editor role (UNAUTHENTICATED without a
 * valid token, FORBIDDEN without the role); a refused write changes nothing.
 */
@GraphQLApi
@EditorOnly
public class ActorMutations {

    @Inject
    ActorWriter writer;

    @Mutation
    @Description("Creates an actor. CONFLICT when the handle is taken; BAD_USER_INPUT for an invalid handle, "
            + "countryCode or wikidataId; NOT_FOUND for an unknown parentId.")
    public @NonNull Actor createActor(@NonNull ActorInput input, @Description(ChangeRecorder.REASON) String reason) {
        return Actor.from(writer.create(draft(input), reason));
    }

    @Mutation
    @Description(
            "Replaces all fields of an actor. `version` is the version the change was based on: CONFLICT when "
                    + "the actor has changed since (or the handle is taken), BAD_USER_INPUT when the parent would make a cycle.")
    public @NonNull Actor updateActor(
            @Id @NonNull Long id,
            @NonNull int version,
            @NonNull ActorInput input,
            @Description(ChangeRecorder.REASON) String reason) {
        return Actor.from(writer.update(id, version, draft(input), reason));
    }

    @Mutation
    @Description("Adds a spelling or transliteration variant of at most " + ActorWriter.MAX_ALIAS
            + " characters (no change when it is already there).")
    public @NonNull Actor addAlias(
            @Id @NonNull Long actorId, @NonNull String alias, @Description(ChangeRecorder.REASON) String reason) {
        return Actor.from(writer.addAlias(actorId, alias, reason));
    }

    @Mutation
    @Description("Removes an alias; NOT_FOUND when the actor has no such alias.")
    public @NonNull Actor removeAlias(
            @Id @NonNull Long actorId, @NonNull String alias, @Description(ChangeRecorder.REASON) String reason) {
        return Actor.from(writer.removeAlias(actorId, alias, reason));
    }

    private static ActorDraft draft(ActorInput input) {
        return new ActorDraft(
                input.handle,
                input.kind,
                input.name,
                input.aliases,
                input.description,
                input.countryCode,
                input.wikidataId,
                input.parentId);
    }
}
