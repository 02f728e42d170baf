package org.entente.events.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.entente.events.service.ListOrder;
import org.entente.events.service.PartialDate;
import org.entente.events.service.SortKey;

import java.time.LocalDate;
import java.util.*;

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

    /**
     * The next {@code limit} rows after {@code after} (null: from the start) in direction
     * {@code order}, per group (group 0 when not grouped).
     */
    public List<Row> page(EntityManager em, SortKey after, int limit, ListOrder order) {
        if (groupColumn != null && groups.isEmpty()) return List.of();
        Map<String, Object> pageParams = new HashMap<>();
        pageParams.put("limit", limit);
        List<String> where = new ArrayList<>(conditions);
        String sql;
        if (groupColumn == null) {
            sql = "SELECT 0 AS g, b.r, b.s, b.p, b.id FROM (" + body(where, after, order, pageParams) + ") b ORDER BY " + order("b.", order);
        } else {
            where.add(groupColumn + " = grp.g");
            pageParams.put("groups", SqlArrays.bigints(groups));
            sql = "SELECT grp.g, b.r, b.s, b.p, b.id FROM unnest(CAST(:groups AS bigint[])) AS grp(g) CROSS JOIN LATERAL ("
                    + body(where, after, order, pageParams) + ") b ORDER BY grp.g, " + order("b.", order);
        }
        Query query = bindFilters(em.createNativeQuery(sql));
        pageParams.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new Row(((Number) c[0]).longValue(),
                    new SortKey(((Number) c[1]).floatValue(), toLocalDate(c[2]), ((Number) c[3]).shortValue(), ((Number) c[4]).longValue())));
        }
        return rows;
    }

    /**
     * One ordered, limited selection of (r, s, p, id). Oldest first it follows the sort columns'
     * index as is (undated rows carry the largest start). Newest first, undated rows must still
     * come last: dated and undated rows are then two index walks (backwards) put one after the
     * other, unless the list is ranked, where a sort is needed anyway.
     */
    private String body(List<String> where, SortKey after, ListOrder order, Map<String, Object> pageParams) {
        String rank = rankExpression == null ? "CAST(0 AS real)" : rankExpression;
        String columns = rank + " AS r, " + startColumn + " AS s, " + precisionColumn + " AS p, " + idColumn + " AS id";
        if (after != null) {
            if (rankExpression != null) pageParams.put("ar", after.rank());
            pageParams.put("aid", after.id());
            if (order == ListOrder.OLDEST_FIRST || !after.undated()) {
                pageParams.put("as", after.start());
                pageParams.put("ap", after.precision());
            }
        }
        if (order == ListOrder.OLDEST_FIRST) {
            List<String> all = new ArrayList<>(where);
            if (after != null) all.add(afterCursor("(" + startColumn + ", " + precisionColumn + ", " + idColumn + ") > (:as, :ap, :aid)"));
            return select(columns, all, order("", order));
        }
        pageParams.put("undated", PartialDate.UNDATED);
        String undated = startColumn + " = :undated";
        String dated = startColumn + " < :undated";
        String beforeDated = "(" + startColumn + ", " + precisionColumn + ", " + idColumn + ") < (:as, :ap, :aid)";
        String beforeUndated = idColumn + " < :aid";
        if (rankExpression != null) {
            List<String> all = new ArrayList<>(where);
            if (after != null) {
                all.add(afterCursor(after.undated() ? "(" + undated + " AND " + beforeUndated + ")"
                        : "(" + undated + " OR " + beforeDated + ")"));
            }
            return select(columns + ", " + undated + " AS u", all, "r DESC, u, s DESC, p DESC, id DESC");
        }
        List<String> undatedRows = new ArrayList<>(where);
        undatedRows.add(undated);
        if (after != null && after.undated()) {
            undatedRows.add(beforeUndated);
            return select(columns, undatedRows, "s DESC, p DESC, id DESC");
        }
        List<String> datedRows = new ArrayList<>(where);
        datedRows.add(dated);
        if (after != null) datedRows.add(beforeDated);
        return "SELECT * FROM ((" + select(columns, datedRows, "s DESC, p DESC, id DESC") + ") UNION ALL ("
                + select(columns, undatedRows, "s DESC, p DESC, id DESC") + ")) d ORDER BY " + order("d.", order) + " LIMIT :limit";
    }

    private String select(String columns, List<String> where, String orderBy) {
        return "SELECT DISTINCT " + columns + " FROM " + from + whereClause(where) + " ORDER BY " + orderBy + " LIMIT :limit";
    }

    /** The order of whole rows, over the selection's columns with {@code prefix}. */
    private String order(String prefix, ListOrder order) {
        String rank = rankExpression == null ? "" : prefix + "r DESC, ";
        if (order == ListOrder.OLDEST_FIRST) return rank + prefix + "s, " + prefix + "p, " + prefix + "id";
        return rank + "(" + prefix + "s = :undated), " + prefix + "s DESC, " + prefix + "p DESC, " + prefix + "id DESC";
    }

    /** Rows after the cursor: within the cursor's rank by {@code byDate}, or of a lower rank. */
    private String afterCursor(String byDate) {
        if (rankExpression == null) return byDate;
        return "(" + rankExpression + " < CAST(:ar AS real) OR " + rankExpression + " = CAST(:ar AS real) AND " + byDate + ")";
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
        if (groupColumn != null) query.setParameter("groups", SqlArrays.bigints(groups));
        Map<Long, Long> counts = new HashMap<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private Query bindFilters(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
