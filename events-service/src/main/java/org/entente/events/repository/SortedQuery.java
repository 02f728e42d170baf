package org.entente.events.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.entente.events.service.SortKey;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Keyset-paged native SQL over rows ordered by (search rank desc, interval start, precision, id).
 *
 * <p>A page is an {@code ORDER BY … LIMIT} that PostgreSQL can answer by walking an index in
 * order and stopping after the page: rows are made distinct (a join may repeat them) only
 * over what has been read, never collected and sorted as a whole. With a group column (an
 * actor), each group gets its own page from one statement, by a LATERAL subquery per group;
 * the sort columns are then those of the link table, whose index starts with the group column.
 */
public final class SortedQuery {
    private final StringBuilder from;
    private final String idColumn;
    private final String startColumn;
    private final String precisionColumn;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private String rankExpression;
    private String groupColumn;
    private List<Long> groups = List.of();

    public SortedQuery(String from, String idColumn, String startColumn, String precisionColumn) {
        this.from = new StringBuilder(from);
        this.idColumn = idColumn;
        this.startColumn = startColumn;
        this.precisionColumn = precisionColumn;
    }

    public SortedQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public SortedQuery where(String condition, String param, Object value) {
        params.put(param, value);
        return where(condition);
    }

    /** Keeps rows whose text vector matches the web-search style query, ranked by ts_rank. */
    public SortedQuery search(String vectorColumn, String text) {
        from.append(" CROSS JOIN websearch_to_tsquery('english', :search) q");
        rankExpression = "CAST(ts_rank(" + vectorColumn + ", q) AS real)";
        return where(vectorColumn + " @@ q", "search", text);
    }

    /** Pages and counts per value of {@code column}, restricted to {@code groups}. */
    public SortedQuery groupedBy(String column, Collection<Long> groups) {
        this.groupColumn = column;
        this.groups = List.copyOf(new LinkedHashSet<>(groups));
        return this;
    }

    /** Whether rows are filtered beyond their group: then only counting them gives the total. */
    public boolean isFiltered() {
        return !conditions.isEmpty();
    }

    public record Row(long group, SortKey key) {
    }

    /** The next {@code limit} rows after {@code after} (null: from the start), per group (group 0 when not grouped). */
    public List<Row> page(EntityManager em, SortKey after, int limit) {
        if (groupColumn != null && groups.isEmpty()) return List.of();
        List<String> where = new ArrayList<>(conditions);
        if (after != null) where.add(keyset());
        String rank = rankExpression == null ? "CAST(0 AS real)" : rankExpression;
        String order = (rankExpression == null ? "" : "r DESC, ") + "s, p, id";
        String sql;
        if (groupColumn == null) {
            sql = "SELECT DISTINCT 0 AS g, " + rank + " AS r, " + startColumn + " AS s, " + precisionColumn + " AS p, "
                    + idColumn + " AS id FROM " + from + whereClause(where) + " ORDER BY " + order + " LIMIT :limit";
        } else {
            where.add(groupColumn + " = grp.g");
            sql = "SELECT grp.g, x.r, x.s, x.p, x.id FROM unnest(CAST(:groups AS bigint[])) AS grp(g) CROSS JOIN LATERAL ("
                    + "SELECT DISTINCT " + rank + " AS r, " + startColumn + " AS s, " + precisionColumn + " AS p, " + idColumn
                    + " AS id FROM " + from + whereClause(where) + " ORDER BY " + order + " LIMIT :limit) x ORDER BY grp.g, "
                    + (rankExpression == null ? "" : "x.r DESC, ") + "x.s, x.p, x.id";
        }
        Query query = bindFilters(em.createNativeQuery(sql)).setParameter("limit", limit);
        if (groupColumn != null) query.setParameter("groups", arrayLiteral(groups));
        if (after != null) {
            if (rankExpression != null) query.setParameter("ar", after.rank());
            query.setParameter("as", after.start()).setParameter("ap", after.precision()).setParameter("aid", after.id());
        }
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new Row(((Number) c[0]).longValue(),
                    new SortKey(((Number) c[1]).floatValue(), toLocalDate(c[2]), ((Number) c[3]).shortValue(), ((Number) c[4]).longValue())));
        }
        return rows;
    }

    /** Number of matching rows per group (a single group 0 when not grouped), by counting them. */
    public Map<Long, Long> countByGroup(EntityManager em) {
        if (groupColumn != null && groups.isEmpty()) return Map.of();
        List<String> where = new ArrayList<>(conditions);
        String group = "0";
        if (groupColumn != null) {
            where.add(groupColumn + " = ANY (CAST(:groups AS bigint[]))");
            group = groupColumn;
        }
        Query query = bindFilters(em.createNativeQuery("SELECT CAST(" + group + " AS bigint), count(DISTINCT " + idColumn + ") FROM "
                + from + whereClause(where) + " GROUP BY 1"));
        if (groupColumn != null) query.setParameter("groups", arrayLiteral(groups));
        Map<Long, Long> counts = new HashMap<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }

    /** Rows after the cursor's position, written over the sort columns so an index can seek to it. */
    private String keyset() {
        String tuple = "(" + startColumn + ", " + precisionColumn + ", " + idColumn + ") > (:as, :ap, :aid)";
        if (rankExpression == null) return tuple;
        return "(" + rankExpression + " < CAST(:ar AS real) OR " + rankExpression + " = CAST(:ar AS real) AND " + tuple + ")";
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private Query bindFilters(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** A bigint[] literal: one parameter for any number of groups, so the SQL text (and its plan) is shared. */
    private static String arrayLiteral(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
