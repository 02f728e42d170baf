package org.entente.events.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.SourceDraft;
import org.entente.events.service.SourceWriter;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.security.EditorOnly;

/** The writes of sources: editors only. */
@GraphQLApi
@EditorOnly
public class SourceMutations {
    @Inject
    SourceWriter writer;

    @Mutation
    @NonNull
    @Description(
            "Adds a source (editor role), or returns the existing source with the same key or URL unchanged. "
                    + "CONFLICT: the key names a source of another URL. BAD_USER_INPUT: empty title, a URL that is not absolute http(s), malformed publishedAt or retrievedAt, unknown publisher.")
    public Source addSource(@NonNull SourceInput input, @Description(ChangeRecorder.REASON) String reason) {
        return Source.from(writer.addSource(draft(input), reason));
    }

    /** The input as the writer takes it; a malformed publishedAt is refused here (BAD_USER_INPUT). */
    private static SourceDraft draft(SourceInput input) {
        return new SourceDraft(
                input.key,
                input.title,
                input.url,
                input.publisherId,
                PartialDateScalar.toDate(input.publishedAt),
                input.retrievedAt);
    }
}
