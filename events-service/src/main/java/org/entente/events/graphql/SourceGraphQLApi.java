package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.*;
import org.entente.events.repository.SourceEntity;
import org.entente.events.domain.SourceDraft;
import org.entente.events.service.SourceService;

import java.util.List;
import java.util.Map;

@GraphQLApi
public class SourceGraphQLApi {
    @Inject
    SourceService service;

    @Query
    @Description("The source with this id, or null.")
    public Source source(@Id @NonNull Long id) {
        return GraphMapper.source(service.byIds(List.of(id)).get(id));
    }

    @Mutation
    @NonNull
    @Description("Adds a source (editor role), or returns the existing source with the same URL unchanged. "
            + "BAD_USER_INPUT: empty title, a URL that is not absolute http(s), malformed publishedAt or retrievedAt, unknown publisher.")
    public Source addSource(@NonNull SourceInput input) {
        return GraphMapper.source(service.addSource(new SourceDraft(input.key, input.title, input.url, input.publisherId,
                PartialDateScalar.toDate(input.publishedAt), input.retrievedAt)));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Source> sourcesById(List<String> id) {
        List<Long> ids = EntityIds.parse(id);
        Map<Long, SourceEntity> sources = service.byIds(EntityIds.known(ids));
        return ids.stream().map(i -> i == null ? null : GraphMapper.source(sources.get(i))).toList();
    }
}
