package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeReverts;

/**
 * Reverts a recorded change through the writer of the record it changed, with that writer's
 * rules. Sources are only ever created, and a creation is not reverted.
 */
@ApplicationScoped
public class ChangeReverter {

    @Inject
    ChangeReverts reverts;

    @Inject
    EventWriter events;

    @Inject
    StatementWriter statements;

    /** The id of the new change that restores the values before change {@code changeId}. */
    public long revert(String changeId, String reason) {
        ChangeReverts.Target target = reverts.target(changeId);
        if (MergeApplier.MERGE.equals(target.mutation()) || MergeApplier.UNMERGE.equals(target.mutation())) {
            throw ClientException.badInput("change " + changeId + " is part of a merge of actors (" + target.mutation()
                    + "): a merge is undone as a whole, with unmergeActors");
        }
        return switch (target.type()) {
            case EVENT -> events.revert(target, reason);
            case STATEMENT -> statements.revert(target, reason);
            case SOURCE ->
                throw ClientException.badInput("change " + changeId + " created source " + target.entityId()
                        + "; a creation cannot be reverted");
            // this log holds no other kind
            case ACTOR, MEMBERSHIP, POSITION -> throw ClientException.notFound("no change with id " + changeId);
        };
    }
}
