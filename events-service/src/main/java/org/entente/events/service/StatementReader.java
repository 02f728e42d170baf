package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.events.config.EventsServiceConfig;
import org.entente.events.domain.LinksAmong;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.Page;
import org.entente.events.domain.PageRequest;
import org.entente.events.domain.StatementFilter;
import org.entente.events.repository.ActorCounts;
import org.entente.events.repository.SortedQuery;
import org.entente.events.repository.StatementAboutEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.sql.IdsCondition;

/** Reads of statements: pages, batches by actor and by event. Every method costs a fixed number of SQL statements. */
@ApplicationScoped
public class StatementReader {
    @Inject
    EntityManager em;

    @Inject
    ActorCounts counts;

    @Inject
    EventsServiceConfig config;

    /**
     * Three statements: page keys, total count, the statements. A list of one speaker's
     * statements, or of the statements about one actor, is that actor's group of the per-actor
     * lists (walked along the actor's index).
     */
    public Page<StatementEntity> statements(StatementFilter filter, PageRequest request) {
        SortedQuery query;
        Long actor;
        ActorCounts.ListKind list;
        if (filter.aboutId() != null) {
            actor = filter.aboutId();
            query = about(List.of(actor));
            list = ActorCounts.ListKind.STATEMENTS_ABOUT;
            if (filter.speakerId() != null) {
                query.where("s.speaker_id = :speaker", "speaker", filter.speakerId());
            }
        } else if (filter.speakerId() != null) {
            actor = filter.speakerId();
            query = bySpeaker(List.of(actor));
            list = ActorCounts.ListKind.STATEMENTS;
        } else {
            actor = 0L;
            query = allStatements();
            list = null;
        }
        if (filter.from() != null) {
            query.where("s.date_end >= :fromStart", "fromStart", filter.from().start());
        }
        if (filter.to() != null) {
            query.where("s.date_start <= :toEnd", "toEnd", filter.to().end());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            query.search("s.search_vector", filter.search(), config.search());
        }
        if (list == null) {
            return GroupedPages.loadUngrouped(query, em, request, this::byIds);
        }
        return GroupedPages.load(query, em, List.of(actor), request, this::byIds, ids -> counts.of(list, ids))
                .get(actor);
    }

    /** Statements each actor made; three statements for any number of actors. */
    public Map<Long, Page<StatementEntity>> bySpeakers(List<Long> actorIds, PageRequest request) {
        return GroupedPages.load(
                bySpeaker(actorIds),
                em,
                actorIds,
                request,
                this::byIds,
                ids -> counts.of(ActorCounts.ListKind.STATEMENTS, ids));
    }

    /** Statements about each actor; three statements for any number of actors. */
    public Map<Long, Page<StatementEntity>> aboutActors(List<Long> actorIds, PageRequest request) {
        return GroupedPages.load(
                about(actorIds),
                em,
                actorIds,
                request,
                this::byIds,
                ids -> counts.of(ActorCounts.ListKind.STATEMENTS_ABOUT, ids));
    }

    /**
     * The ids of the first {@code limit} statements each actor made, oldest first, as
     * {@link #bySpeakers} pages them; one statement, no statement read.
     */
    public Map<Long, List<Long>> idsBySpeakers(List<Long> actorIds, int limit) {
        return EventReader.idsByGroup(bySpeaker(actorIds).page(em, null, limit, ListOrder.OLDEST_FIRST));
    }

    /** The ids of the first {@code limit} statements about each actor, oldest first, as {@link #aboutActors} pages them; one statement. */
    public Map<Long, List<Long>> idsAboutActors(List<Long> actorIds, int limit) {
        return EventReader.idsByGroup(about(actorIds).page(em, null, limit, ListOrder.OLDEST_FIRST));
    }

    /** Who made each of these statements and when, without reading them; one statement. A deleted one has no entry. */
    public Map<Long, StatementEntity.Speaker> speakersOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : StatementEntity.speakersOf(ids);
    }

    /** Statements made at each event, in date order, deleted ones left out; one statement. */
    public Map<Long, List<StatementEntity>> atEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        IdsCondition condition = IdsCondition.of("eventId", "ids", eventIds);
        return StatementEntity.<StatementEntity>list(
                        "deleted = false and " + condition.hql() + " order by sortStart, sortPrecision, id",
                        condition.parameters())
                .stream()
                .collect(Collectors.groupingBy(s -> s.eventId));
    }

    /** Ids of the actors each statement is about; one statement. */
    public Map<Long, List<Long>> aboutOf(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        IdsCondition condition = IdsCondition.of("statementId", "ids", statementIds);
        return StatementAboutEntity.<StatementAboutEntity>list(condition.hql() + " order by id", condition.parameters())
                .stream()
                .collect(Collectors.groupingBy(
                        a -> a.statementId, Collectors.mapping(a -> a.actorId, Collectors.toList())));
    }

    /** A statement's speaker and one of its subjects, with its date as written (null when undated). */
    public record SpeakerAndSubject(long statement, long speaker, long subject, String dateText) {}

    /**
     * The first {@code first} statements each actor made, oldest first, as {@link #idsBySpeakers}
     * reads them (and whether it made more), with their subjects among {@code others} (never the
     * speaker), in the order they were recorded; one statement, no statement read as an entity.
     */
    public Map<Long, LinksAmong<SpeakerAndSubject>> spokenAbout(
            List<Long> speakerIds, int first, Collection<Long> others) {
        IdsCondition towards = IdsCondition.ofSql("sa.actor_id", "others", others);
        return speakersAndSubjects(
                bySpeaker(speakerIds),
                first,
                "grp.g, sa.actor_id, st.date_text",
                "LEFT JOIN (statement_about sa JOIN statement st ON st.id = sa.statement_id)"
                        + " ON sa.statement_id = b.id AND NOT sa.deleted AND " + towards.hql()
                        + " AND sa.actor_id <> grp.g",
                "sa.id",
                towards);
    }

    /**
     * The first {@code first} statements about each actor, oldest first, as {@link #idsAboutActors}
     * reads them (and whether there are more), with their speaker when it is one of {@code others}
     * (not the actor itself); one statement, no statement read as an entity.
     */
    public Map<Long, LinksAmong<SpeakerAndSubject>> spokenOfBy(
            List<Long> subjectIds, int first, Collection<Long> others) {
        IdsCondition towards = IdsCondition.ofSql("st.speaker_id", "others", others);
        return speakersAndSubjects(
                about(subjectIds),
                first,
                "st.speaker_id, grp.g, st.date_text",
                "LEFT JOIN statement st ON st.id = b.id AND " + towards.hql() + " AND st.speaker_id <> grp.g",
                "st.id",
                towards);
    }

    /**
     * The first statements of each group with what {@code join} links them to, as
     * {@code columns} name it: speaker, subject, date as written (a null speaker or subject: no
     * link).
     */
    private Map<Long, LinksAmong<SpeakerAndSubject>> speakersAndSubjects(
            SortedQuery statements, int first, String columns, String join, String thenBy, IdsCondition towards) {
        return statements.firstRowsLinking(
                em,
                first,
                columns,
                join,
                thenBy,
                towards.parameters(),
                row -> row[2] == null || row[3] == null
                        ? null
                        : new SpeakerAndSubject(
                                LinksAmong.id(row[1]), LinksAmong.id(row[2]), LinksAmong.id(row[3]), (String) row[4]));
    }

    /** The statements with these ids; one statement. An unknown or deleted id has no entry. */
    public Map<Long, StatementEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        IdsCondition byId = IdsCondition.of("id", "ids", ids);
        return StatementEntity.<StatementEntity>list("deleted = false and " + byId.hql(), byId.parameters()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    private static SortedQuery bySpeaker(List<Long> speakerIds) {
        return allStatements().groupedBy("s.speaker_id", speakerIds);
    }

    /** Sorted by statement_about's copy of the statement's key: its index (actor, key) gives the order. */
    private static SortedQuery about(List<Long> actorIds) {
        // every filter is on the statement; a subject is deleted with its statement (V5's trigger)
        return new SortedQuery(
                        "statement_about sa", "NOT sa.deleted", "sa.statement_id", "sa.sort_start", "sa.sort_precision")
                .joinedWhenFiltered("JOIN statement s ON s.id = sa.statement_id")
                .groupedBy("sa.actor_id", actorIds);
    }

    private static SortedQuery allStatements() {
        return new SortedQuery("statement s", "NOT s.deleted", "s.id", "s.sort_start", "s.sort_precision");
    }
}
