package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.entente.events.repository.SortedQuery;
import org.entente.events.repository.StatementAboutEntity;
import org.entente.events.repository.StatementEntity;

import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of statements: pages, batches by actor and by event. Every method costs a fixed number of SQL statements. */
@ApplicationScoped
public class StatementQueries {
    @Inject
    EntityManager em;

    /** Three statements: page keys, total count, the statements. */
    public Page<StatementEntity> statements(StatementFilter filter, PageRequest request) {
        SortedQuery query = sorted("statement s");
        if (filter.speakerId() != null) query.where("s.speaker_id = :speaker", "speaker", filter.speakerId());
        if (filter.aboutId() != null) {
            query.where("EXISTS (SELECT 1 FROM statement_about sa WHERE sa.statement_id = s.id AND sa.actor_id = :about)",
                    "about", filter.aboutId());
        }
        if (filter.from() != null) query.where("s.date_end >= :fromStart", "fromStart", filter.from().start());
        if (filter.to() != null) query.where("s.date_start <= :toEnd", "toEnd", filter.to().end());
        if (filter.search() != null && !filter.search().isBlank()) query.search("s.search_vector", filter.search());
        List<SortKey> keys = query.page(em, request.after(), request.first() + 1).stream().map(SortedQuery.Row::key).toList();
        long total = query.countByGroup(em).getOrDefault(0L, 0L);
        return Page.of(keys, request, total, byIds(keys.stream().map(SortKey::id).toList()));
    }

    /** Statements each actor made; three statements for any number of actors. */
    public Map<Long, Page<StatementEntity>> bySpeakers(List<Long> actorIds, PageRequest request) {
        return GroupedPages.load(sorted("statement s").groupedBy("s.speaker_id", actorIds), em, actorIds, request, this::byIds);
    }

    /** Statements about each actor; three statements for any number of actors. */
    public Map<Long, Page<StatementEntity>> aboutActors(List<Long> actorIds, PageRequest request) {
        return GroupedPages.load(sorted("statement s JOIN statement_about sa ON sa.statement_id = s.id")
                .groupedBy("sa.actor_id", actorIds), em, actorIds, request, this::byIds);
    }

    /** Statements made at each event, in date order; one statement. */
    public Map<Long, List<StatementEntity>> atEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) return Map.of();
        return StatementEntity.<StatementEntity>list("eventId in ?1 order by sortStart, sortPrecision, id", eventIds).stream()
                .collect(Collectors.groupingBy(s -> s.eventId));
    }

    /** Ids of the actors each statement is about; one statement. */
    public Map<Long, List<Long>> aboutOf(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) return Map.of();
        return StatementAboutEntity.<StatementAboutEntity>list("statementId in ?1 order by id", statementIds).stream()
                .collect(Collectors.groupingBy(a -> a.statementId, Collectors.mapping(a -> a.actorId, Collectors.toList())));
    }

    public Map<Long, StatementEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return StatementEntity.<StatementEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    private static SortedQuery sorted(String from) {
        return new SortedQuery(from, "s.id", "s.sort_start", "s.sort_precision");
    }
}
