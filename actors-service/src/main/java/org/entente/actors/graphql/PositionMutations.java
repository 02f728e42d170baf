package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.PositionDraft;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.actors.service.ActorReader;
import org.entente.actors.service.PositionWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/**
 * Writes of positions. Each needs a bearer token with the editor role (UNAUTHENTICATED without a
 * valid token, FORBIDDEN without the role); a refused write changes nothing.
 */
@GraphQLApi
@EditorOnly
public class PositionMutations {

    @Inject
    PositionWriter writer;

    @Inject
    ActorReader actors;

    @Mutation
    @Description(
            "Records that a PERSON holds a title in a non-person actor during an interval, citing at least one source.")
    public @NonNull Position addPosition(
            @NonNull PositionInput input, @Description(ChangeRecorder.REASON) String reason) {
        return position(writer.add(draft(input), reason));
    }

    @Mutation
    @Description("Ends an open position at `until`. CONFLICT when it has already ended.")
    public @NonNull Position endPosition(
            @Id @NonNull Long id, @NonNull PartialDateScalar until, @Description(ChangeRecorder.REASON) String reason) {
        return position(writer.end(id, until.toDate(), reason));
    }

    /** The written position with both its actors, read afresh in one statement once the write has committed. */
    private Position position(PositionEntity entity) {
        Map<Long, ActorEntity> named = actors.byIds(List.of(entity.holderId, entity.organizationId));
        return Position.from(
                entity, Actor.from(named.get(entity.holderId)), Actor.from(named.get(entity.organizationId)));
    }

    /** BAD_USER_INPUT for a malformed date. */
    private static PositionDraft draft(PositionInput input) {
        return new PositionDraft(
                input.holderId,
                input.organizationId,
                input.title,
                PartialDateScalar.toDate(input.since),
                PartialDateScalar.toDate(input.until),
                input.sourceIds);
    }
}
