package org.entente.subgraph.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.subgraph.input.ClientInstant;
import org.entente.subgraph.input.ClientText;
import org.entente.subgraph.sql.IdsCondition;
import org.entente.subgraph.sql.SqlArrays;
import org.hibernate.query.NativeQuery;

/**
 * Reads the service's {@code change_log}: the history of records, and the feed of all changes,
 * newest first, in pages with keyset cursors. One statement per page, however many records ask.
 */
@ApplicationScoped
public class ChangeHistory {
    /** The longest editor subject a feed may filter by (a token's {@code sub} is far shorter). */
    static final int MAX_BY = 255;

    private static final String COLUMNS = "c.id, to_char(c.changed_at AT TIME ZONE 'UTC', "
            + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), c.editor, c.mutation, c.entity_type, c.entity_id, "
            + "c.before_values::text, c.after_values::text, c.reason";

    @Inject
    EntityManager em;

    /**
     * A page of every change of the service, newest first, optionally only those made at or after
     * {@code since} (an ISO-8601 timestamp with offset, or a date: its first moment in UTC), by the
     * editor {@code by}, of the kinds {@code types} (none: all).
     */
    public ChangeConnection feed(String since, String by, Collection<ChangedEntity> types, ChangePage page) {
        int size = page.size();
        Long afterId = page.afterId();
        OffsetDateTime from = ClientInstant.parse(ClientText.optional(since, "since", 40), "since");
        String editor = ClientText.optional(by, "by", MAX_BY);
        List<String> kinds = types == null
                ? List.of()
                : types.stream()
                        .filter(Objects::nonNull)
                        .map(Enum::name)
                        .distinct()
                        .toList();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM change_log c WHERE true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (from != null) {
            sql.append(" AND c.changed_at >= :since");
            parameters.put("since", from);
        }
        if (editor != null) {
            sql.append(" AND c.editor = :editor");
            parameters.put("editor", editor);
        }
        if (!kinds.isEmpty()) {
            sql.append(" AND c.entity_type IN (:types)");
            parameters.put("types", kinds);
        }
        if (afterId != null) {
            sql.append(" AND c.id < :after");
            parameters.put("after", afterId);
        }
        sql.append(" ORDER BY c.id DESC LIMIT :limit");
        parameters.put("limit", size + 1);
        return ChangeConnection.of(rows(sql.toString(), parameters), size, afterId != null);
    }

    /**
     * A page of the history of each of these records of one kind, newest first, in one statement:
     * every record gets its own first {@code first} changes after the cursor (a record without
     * any, an empty page).
     */
    public Map<Long, ChangeConnection> ofRecords(ChangedEntity type, Collection<Long> ids, ChangePage page) {
        int size = page.size();
        Long afterId = page.afterId();
        Map<Long, List<Change>> byRecord = new HashMap<>();
        if (!ids.isEmpty() && size > 0) {
            IdsCondition byId = IdsCondition.ofSql("c.entity_id", "ids", ids);
            Map<String, Object> parameters = new LinkedHashMap<>(byId.parameters());
            parameters.put("type", type.name());
            parameters.put("limit", size + 1);
            if (afterId != null) {
                parameters.put("after", afterId);
            }
            String sql = "SELECT * FROM (SELECT " + COLUMNS
                    + ", row_number() OVER (PARTITION BY c.entity_id ORDER BY c.id DESC) AS rank"
                    + " FROM change_log c WHERE c.entity_type = :type AND " + byId.hql()
                    + (afterId == null ? "" : " AND c.id < :after")
                    + ") ranked WHERE rank <= :limit ORDER BY 6, 1 DESC";
            for (Change change : rows(sql, parameters)) {
                byRecord.computeIfAbsent(Long.valueOf(change.entityId), id -> new ArrayList<>())
                        .add(change);
            }
        }
        Map<Long, ChangeConnection> pages = new HashMap<>();
        for (Long id : ids) {
            pages.put(id, ChangeConnection.of(byRecord.getOrDefault(id, List.of()), size, afterId != null));
        }
        return pages;
    }

    /**
     * A page of the changes of each actor's facts, newest first, in one statement: every actor gets
     * its own first {@code first} changes after the cursor. {@code changeIdsOfActor} is the service's
     * SQL selecting the {@code id}s of the changes that concern the actor {@code grp.g}, each below
     * {@code :after}, at most {@code :limit} of them (an index walk per actor: it is run once per
     * actor, as a LATERAL subquery).
     */
    public Map<Long, ChangeConnection> ofActors(String changeIdsOfActor, Collection<Long> actorIds, ChangePage page) {
        int size = page.size();
        Long afterId = page.afterId();
        List<Long> actors = List.copyOf(new LinkedHashSet<>(actorIds));
        Map<Long, List<Change>> byActor = new HashMap<>();
        if (!actors.isEmpty() && size > 0) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            String groups;
            // one actor (nearly every request) as a scalar, so PostgreSQL keeps a generic plan
            if (actors.size() == 1) {
                groups = "(SELECT CAST(:actor AS bigint) AS g) grp";
                parameters.put("actor", actors.get(0));
            } else {
                groups = "unnest(CAST(:actors AS bigint[])) AS grp(g)";
                parameters.put("actors", SqlArrays.bigints(actors));
            }
            parameters.put("after", afterId == null ? Long.MAX_VALUE : afterId);
            parameters.put("limit", size + 1);
            String sql = "SELECT " + COLUMNS + ", grp.g FROM " + groups + " CROSS JOIN LATERAL (" + changeIdsOfActor
                    + ") ids JOIN change_log c ON c.id = ids.id ORDER BY grp.g, c.id DESC";
            for (Object[] row : resultRows(sql, parameters)) {
                byActor.computeIfAbsent(((Number) row[9]).longValue(), id -> new ArrayList<>())
                        .add(change(row));
            }
        }
        Map<Long, ChangeConnection> pages = new HashMap<>();
        for (Long id : actors) {
            pages.put(id, ChangeConnection.of(byActor.getOrDefault(id, List.of()), size, afterId != null));
        }
        return pages;
    }

    /** The change with this id (one this service recorded). */
    public Change change(long id) {
        return rows("SELECT " + COLUMNS + " FROM change_log c WHERE c.id = :id", Map.of("id", id))
                .get(0);
    }

    private List<Change> rows(String sql, Map<String, Object> parameters) {
        return resultRows(sql, parameters).stream().map(ChangeHistory::change).toList();
    }

    private List<Object[]> resultRows(String sql, Map<String, Object> parameters) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add((Object[]) result);
        }
        return rows;
    }

    /** A row of {@link #COLUMNS}. */
    private static Change change(Object[] row) {
        Change change = new Change();
        change.id = String.valueOf(row[0]);
        change.at = (String) row[1];
        change.by = (String) row[2];
        change.mutation = (String) row[3];
        change.entityType = ChangedEntity.valueOf((String) row[4]);
        change.entityId = String.valueOf(row[5]);
        change.before = (String) row[6];
        change.after = (String) row[7];
        change.reason = (String) row[8];
        return change;
    }
}
