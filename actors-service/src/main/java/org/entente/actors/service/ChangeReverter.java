package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeReverts;

/** Reverts a recorded change through the writer of the record it changed, with that writer's rules. */
@ApplicationScoped
public class ChangeReverter {

    @Inject
    ChangeReverts reverts;

    @Inject
    ActorWriter actors;

    @Inject
    MembershipWriter memberships;

    @Inject
    PositionWriter positions;

    /** The id of the new change that restores the values before change {@code changeId}. */
    public long revert(String changeId, String reason) {
        ChangeReverts.Target target = reverts.target(changeId);
        if (ActorMerger.MERGE.equals(target.mutation()) || ActorMerger.UNMERGE.equals(target.mutation())) {
            throw ClientException.badInput("change " + changeId + " is part of a merge (" + target.mutation()
                    + "): a merge is undone as a whole, with unmergeActors");
        }
        return switch (target.type()) {
            case ACTOR -> actors.revert(target, reason);
            case MEMBERSHIP -> memberships.revert(target, reason);
            case POSITION -> positions.revert(target, reason);
            // this log holds no other kind
            case EVENT, STATEMENT, SOURCE -> throw ClientException.notFound("no change with id " + changeId);
        };
    }
}
