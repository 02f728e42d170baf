package org.entente.events.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.events.service.SourceReader;
import org.entente.subgraph.graphql.EntityIds;

/** Query.source and the resolution of Source entities. */
@GraphQLApi
public class SourceQueries {
    @Inject
    SourceReader sources;

    @Query
    @Description("The source with this id, or null.")
    public Source source(@Id @NonNull Long id) {
        return Source.from(sources.byIds(List.of(id)).get(id));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Source> sourcesById(List<String> id) {
        return EntityIds.resolve(id, sources::byIds, Source::from);
    }
}
