package org.entente.events.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.service.ChangeReverter;
import org.entente.subgraph.history.Change;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/** Reverting a change of events or statements: editors only. */
@GraphQLApi
@EditorOnly
public class ChangeMutations {

    @Inject
    ChangeReverter reverter;

    @Inject
    ChangeHistory history;

    @Mutation
    @NonNull
    @Description(
            "Sets the fields that a change of `eventChanges` changed back to their values before it, as a new change "
                    + "(returned, and revertible in turn) under the rules of the record's other writes. NOT_FOUND for an unknown "
                    + "change; BAD_USER_INPUT for a change that created its record (delete it instead); CONFLICT with extensions.reason "
                    + "LATER_CHANGE when a later change of the record changed any of the same fields (revert that one first). "
                    + "Reverting a deletion restores the record, reverting a restoration deletes it, as restoreEvent, "
                    + "deleteEvent and their statement counterparts do; other changes of a deleted record are NOT_FOUND.")
    public Change revertEventChange(@Id @NonNull String changeId, @Description(ChangeRecorder.REASON) String reason) {
        return history.change(reverter.revert(changeId, reason));
    }
}
