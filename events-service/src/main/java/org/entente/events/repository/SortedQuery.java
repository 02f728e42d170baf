package org.entente.events.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.entente.events.service.SortKey;

import java.time.LocalDate;
import java.util.*;

/**
 * Keyset-paged native SQL over rows ordered by (search rank desc, interval start, precision, id).
 * The filtered rows are selected once as (g, r, s, p, id); paging and counting wrap that
 * selection. With a group column, every group (an actor) gets its own page from a single
 * statement, using a window function.
 */
public final class SortedQuery {
    private final StringBuilder from;
    private final String idColumn;
    private final String startColumn;
    private final String precisionColumn;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private String rankExpression = "0";
    private String groupColumn = "0";

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
        rankExpression = "ts_rank(" + vectorColumn + ", q)";
        return where(vectorColumn + " @@ q", "search", text);
    }

    /** Pages and counts per value of {@code column}, restricted to {@code groups}. */
    public SortedQuery groupedBy(String column, Collection<Long> groups) {
        groupColumn = column;
        return where(column + " IN (:groups)", "groups", groups);
    }

    public record Row(long group, SortKey key) {
    }

    /** The next {@code limit} rows after {@code after} (null: from the start), per group. */
    public List<Row> page(EntityManager em, SortKey after, int limit) {
        String keyset = after == null ? "" :
                " WHERE (x.r < CAST(:ar AS real) OR x.r = CAST(:ar AS real) AND (x.s, x.p, x.id) > (:as, :ap, :aid))";
        String order = "x.r DESC, x.s, x.p, x.id";
        String sql = "SELECT g, r, s, p, id FROM (SELECT x.*, row_number() OVER (PARTITION BY x.g ORDER BY " + order
                + ") AS rn FROM (" + filtered() + ") x" + keyset + ") y WHERE rn <= :limit ORDER BY g, rn";
        Query query = bind(em.createNativeQuery(sql)).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("ar", after.rank()).setParameter("as", after.start())
                    .setParameter("ap", after.precision()).setParameter("aid", after.id());
        }
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new Row(((Number) c[0]).longValue(),
                    new SortKey(((Number) c[1]).floatValue(), toLocalDate(c[2]), ((Number) c[3]).shortValue(), ((Number) c[4]).longValue())));
        }
        return rows;
    }

    /** Number of matching rows per group (a single group 0 when not grouped). */
    public Map<Long, Long> countByGroup(EntityManager em) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object o : bind(em.createNativeQuery("SELECT g, count(*) FROM (" + filtered() + ") x GROUP BY g")).getResultList()) {
            Object[] c = (Object[]) o;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }

    private String filtered() {
        return "SELECT DISTINCT CAST(" + groupColumn + " AS bigint) AS g, CAST(" + rankExpression + " AS real) AS r, "
                + startColumn + " AS s, " + precisionColumn + " AS p, " + idColumn + " AS id FROM " + from
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    private Query bind(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
