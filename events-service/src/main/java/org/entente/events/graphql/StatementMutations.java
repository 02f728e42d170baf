package org.entente.events.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.StatementDraft;
import org.entente.events.service.Deletions;
import org.entente.events.service.StatementWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.history.Change;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/** The writes of statements: editors only. */
@GraphQLApi
@EditorOnly
public class StatementMutations {
    @Inject
    StatementWriter writer;

    @Inject
    Deletions deletions;

    @Inject
    ChangeHistory history;

    @Mutation
    @NonNull
    @Description(
            "Records a statement (editor role). Refused with BAD_USER_INPUT: empty text, missing or unknown sourceId, "
                    + "unknown eventId, no speakerId unless kind is ASSESSMENT, malformed PartialDate, unknown actor. "
                    + "SUBGRAPH_UNAVAILABLE when actors-service cannot confirm the actors. A `key` that exists returns the existing statement unchanged "
                    + "(CONFLICT when that statement is deleted).")
    public Statement recordStatement(@NonNull StatementInput input, @Description(ChangeRecorder.REASON) String reason) {
        return Statement.from(writer.recordStatement(draft(input), reason));
    }

    @Mutation
    @NonNull
    @Description("Replaces a statement's fields (editor role); aboutIds only when given. `version` is the version the "
            + "change was based on: CONFLICT when the statement has changed since (reload it and apply the change again) "
            + "or for a key used by another statement; NOT_FOUND for an unknown or deleted id, otherwise the rules of "
            + "recordStatement.")
    public Statement updateStatement(
            @Id @NonNull Long id,
            @NonNull int version,
            @NonNull StatementInput input,
            @Description(ChangeRecorder.REASON) String reason) {
        return Statement.from(writer.updateStatement(id, version, draft(input), reason));
    }

    @Mutation
    @NonNull
    @Description("Deletes a statement (editor role): every read leaves it out (lists, counts, search, `_entities` "
            + "answers null), its history keeps it, and restoreStatement brings it back. Returns the change. NOT_FOUND "
            + "for an unknown or already deleted statement.")
    public Change deleteStatement(@Id @NonNull Long id, @Description(ChangeRecorder.REASON) String reason) {
        return history.change(deletions.deleteStatement(id, reason));
    }

    @Mutation
    @NonNull
    @Description("Restores a deleted statement (editor role). Returns the change. NOT_FOUND unless the id names a "
            + "deleted statement; CONFLICT while the event it was made at is deleted (restoreEvent restores the "
            + "statements deleted with it).")
    public Change restoreStatement(@Id @NonNull Long id, @Description(ChangeRecorder.REASON) String reason) {
        return history.change(deletions.restoreStatement(id, reason));
    }

    /** The input as the writer takes it; a malformed date is refused here (BAD_USER_INPUT). */
    private static StatementDraft draft(StatementInput input) {
        return new StatementDraft(
                input.key,
                input.kind,
                input.text,
                input.speakerId,
                input.speakerCapacity,
                PartialDateScalar.toDate(input.date),
                input.eventId,
                input.aboutIds,
                input.stance,
                input.reportedById,
                input.sourceId);
    }
}
