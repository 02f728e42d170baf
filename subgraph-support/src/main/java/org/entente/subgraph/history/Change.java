package org.entente.subgraph.history;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One recorded change of a record: a value type both subgraphs define the same, hence shareable. */
@Shareable
@Description("One change of a record, recorded in the same transaction as the change itself: who made it, when, "
        + "with which mutation, and the record's values before and after it.")
public class Change {
    @Id
    @NonNull
    @Description("The change's id, unique within the subgraph that recorded it (actorChanges, eventChanges).")
    public String id;

    @NonNull
    @Description("When the transaction that made the change began, ISO-8601 in UTC, e.g. 2026-12-06T21:45:09.123456Z.")
    public String at;

    @Description("Who made it: the subject (`sub` claim) of the editor's token; null when the token had none.")
    public String by;

    @NonNull
    @Description("The mutation that made it, e.g. updateActor, addAlias, endMembership, removeParticipant.")
    public String mutation;

    @NonNull
    public ChangedEntity entityType;

    @Id
    @NonNull
    @Description("The id of the changed record.")
    public String entityId;

    @Description("The record's fields before the change as a JSON object; null when the change created it.")
    public String before;

    @NonNull
    @Description("The record's fields after the change as a JSON object.")
    public String after;

    @Description("Why, as the editor gave it in the mutation's `reason` argument.")
    public String reason;
}
