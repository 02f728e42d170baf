package org.entente.events.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.PageRequest;
import org.entente.events.domain.SearchTerms;
import org.entente.events.domain.StatementFilter;
import org.entente.events.service.StatementReader;
import org.entente.subgraph.graphql.EntityIds;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.graphql.Selections;

/** Query.statements and the resolution of Statement entities. */
@GraphQLApi
public class StatementQueries {
    @Inject
    Context context;

    @Inject
    StatementReader statements;

    @Query
    @NonNull
    @Description(
            "Statements in date order (undated last). `speaker`/`about`: by or about that actor. `from`/`to`: only "
                    + "dated statements whose date overlaps the interval from the start of `from` to the end of `to`. `search` (at most "
                    + SearchTerms.MAX_LENGTH + " characters): "
                    + "full-text search over the text (English stemming, web-search syntax), ranked by relevance first; only the "
                    + "newest matches are ranked and listed (1,000; server setting entente.search.candidates), `totalCount` counts "
                    + "them all: narrow with `from`/`to` to reach older ones. "
                    + "`first`: page size, 0..100, default 20; `after`: a cursor of this list; `order`: NEWEST_FIRST for the latest first.")
    public StatementConnection statements(
            @Id Long speaker,
            @Id Long about,
            String search,
            PartialDateScalar from,
            PartialDateScalar to,
            Integer first,
            String after,
            @DefaultValue("OLDEST_FIRST") ListOrder order) {
        StatementFilter filter = new StatementFilter(
                speaker, about, search, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to));
        PageRequest request = PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"));
        return StatementConnection.from(statements.statements(filter, request));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Statement> statementsById(List<String> id) {
        return EntityIds.resolve(id, statements::byIds, Statement::from);
    }
}
