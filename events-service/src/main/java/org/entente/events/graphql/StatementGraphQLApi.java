package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.*;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.events.domain.*;
import org.entente.events.service.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;

@GraphQLApi
public class StatementGraphQLApi {
    @Inject
    Context context;
    @Inject
    StatementQueries queries;
    @Inject
    EventQueries eventQueries;
    @Inject
    SourceService sources;
    @Inject
    StatementService service;

    @Query
    @NonNull
    @Description("Statements in date order (undated last). `speaker`/`about`: by or about that actor. `from`/`to`: only "
            + "dated statements whose date overlaps the interval from the start of `from` to the end of `to`. `search`: "
            + "full-text search over the text (English stemming, web-search syntax), ranked by relevance first; only the "
            + "newest matches are ranked and listed (1,000; server setting entente.search.candidates), `totalCount` counts "
            + "them all: narrow with `from`/`to` to reach older ones. "
            + "`first`: page size, 0..100, default 20; `after`: a cursor of this list; `order`: NEWEST_FIRST for the latest first.")
    public StatementConnection statements(@Id Long speaker, @Id Long about, String search, PartialDateScalar from,
                                          PartialDateScalar to, Integer first, String after,
                                          @DefaultValue("OLDEST_FIRST") ListOrder order) {
        StatementFilter filter = new StatementFilter(speaker, about, search, PartialDateScalar.toDate(from), PartialDateScalar.toDate(to));
        return StatementConnection.of(queries.statements(filter, PageRequest.of(first, after, order, Selections.asksFor(context, "totalCount"))), GraphMapper::statement);
    }

    @Mutation
    @NonNull
    @Description("Records a statement (editor role). Refused with BAD_USER_INPUT: empty text, missing or unknown sourceId, "
            + "unknown eventId, no speakerId unless kind is ASSESSMENT, malformed PartialDate, unknown actor. "
            + "SUBGRAPH_UNAVAILABLE when actors-service cannot confirm the actors. A `key` that exists returns the existing statement unchanged.")
    public Statement recordStatement(@NonNull StatementInput input) {
        return GraphMapper.statement(service.recordStatement(draft(input)));
    }

    @Mutation
    @NonNull
    @Description("Replaces a statement's fields (editor role); aboutIds only when given. NOT_FOUND for an unknown id, "
            + "CONFLICT for a key used by another statement, otherwise the rules of recordStatement.")
    public Statement updateStatement(@Id @NonNull Long id, @NonNull StatementInput input) {
        return GraphMapper.statement(service.updateStatement(id, draft(input)));
    }

    /** Entity resolution for a whole batch of representations: one SQL statement, null for unknown ids. */
    @Resolver
    @Blocking
    public List<Statement> statementsById(List<String> id) {
        List<Long> ids = EntityIds.parse(id);
        Map<Long, StatementEntity> statements = queries.byIds(EntityIds.known(ids));
        return ids.stream().map(i -> i == null ? null : GraphMapper.statement(statements.get(i))).toList();
    }

    @Description("The event the statement was made at.")
    public List<Event> event(@org.eclipse.microprofile.graphql.Source List<Statement> statements) {
        Map<Long, EventEntity> events = eventQueries.byIds(statements.stream().map(s -> s.eventId).filter(Objects::nonNull).distinct().toList());
        return statements.stream().map(s -> s.eventId == null ? null : GraphMapper.event(events.get(s.eventId))).toList();
    }

    @NonNull
    @Description("The actors the statement is about.")
    public List<List<@NonNull Actor>> about(@org.eclipse.microprofile.graphql.Source List<Statement> statements) {
        Map<Long, List<Long>> about = queries.aboutOf(statements.stream().map(s -> s.id).distinct().toList());
        return statements.stream().map(s -> about.getOrDefault(s.id, List.of()).stream().map(Actor::of).toList()).toList();
    }

    @NonNull
    @Description("The source that records the statement.")
    public List<@NonNull Source> source(@org.eclipse.microprofile.graphql.Source List<Statement> statements) {
        Map<Long, SourceEntity> byId = sources.byIds(statements.stream().map(s -> s.sourceId).distinct().toList());
        return statements.stream().map(s -> GraphMapper.source(byId.get(s.sourceId))).toList();
    }

    private static StatementDraft draft(StatementInput in) {
        return new StatementDraft(in.key, in.kind, in.text, in.speakerId, in.speakerCapacity,
                PartialDateScalar.toDate(in.date), in.eventId, in.aboutIds, in.stance, in.reportedById, in.sourceId);
    }
}
