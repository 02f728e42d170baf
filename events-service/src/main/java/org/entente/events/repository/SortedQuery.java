package org.entente.events.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;
import org.entente.events.config.EventsServiceConfig;
import org.entente.events.domain.LinksAmong;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.SortKey;
import org.entente.subgraph.sql.SqlArrays;

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
    private final String table;
    private final String live;
    private final String idColumn;
    private final String startColumn;
    private final String precisionColumn;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private static final String NEWEST_KEY_FIRST = "s DESC, p DESC, id DESC";

    private String filterJoin;
    private String searchFrom = "";
    private String rankExpression;
    private String searchCondition;
    private int candidates;
    private int probeRows;
    private String groupColumn;
    private List<Long> groups = List.of();

    /**
     * @param live the condition that leaves out deleted rows: not a filter (an actor's kept counts
     *             count live rows only), and the condition of the partial indexes that page lists
     */
    public SortedQuery(String table, String live, String idColumn, String startColumn, String precisionColumn) {
        this.table = table;
        this.live = live;
        this.idColumn = idColumn;
        this.startColumn = startColumn;
        this.precisionColumn = precisionColumn;
    }

    /**
     * A join that the filters and the search need (a link table's rows filtered by their event's
     * type), left out when nothing filters: an actor's unfiltered page is then a walk of the link
     * table's index alone, not one lookup of the joined row per row read.
     */
    public SortedQuery joinedWhenFiltered(String join) {
        this.filterJoin = join;
        return this;
    }

    public SortedQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public SortedQuery where(String condition, String param, Object value) {
        params.put(param, value);
        return where(condition);
    }

    /**
     * Keeps rows whose text vector matches the web-search style query and ranks them by
     * ts_rank, but only the newest {@code candidates} of them (dated before undated), so that a
     * common word is not ranked over all its matches. Counting still counts every match. A query
     * of several words first looks among the newest {@code probeRows} rows (see {@link #page}).
     */
    public SortedQuery search(String vectorColumn, String text, EventsServiceConfig.Search settings) {
        searchFrom = " CROSS JOIN websearch_to_tsquery('english', :search) q";
        rankExpression = "CAST(ts_rank(" + vectorColumn + ", q) AS real)";
        candidates = settings.candidates();
        probeRows = SearchWords.count(text) > 1 ? settings.probeRows() : 0;
        searchCondition = vectorColumn + " @@ q";
        return where(searchCondition, "search", text);
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

    public record Row(long group, SortKey key) {}

    /**
     * The next {@code limit} rows after {@code after} (null: from the start) in direction
     * {@code order}, per group (group 0 when not grouped).
     */
    public List<Row> page(EntityManager em, SortKey after, int limit, ListOrder order) {
        if (groupColumn != null && groups.isEmpty()) {
            return List.of();
        }
        boolean readEveryMatch = false;
        if (probeRows > 0 && groupColumn == null) {
            NewestRows newest = candidatesAmongTheNewestRows(em, after, limit, order);
            if (newest.page() != null) {
                return newest.page();
            }
            readEveryMatch = newest.readEveryMatch();
        }
        Map<String, Object> pageParams = new HashMap<>();
        pageParams.put("limit", limit);
        List<String> where = liveConditions();
        String sql;
        if (groupColumn == null) {
            sql = "SELECT 0 AS g, b.r, b.s, b.p, b.id FROM (" + body(where, after, order, pageParams, readEveryMatch)
                    + ") b ORDER BY " + order("b.", order);
        } else {
            where.add(groupColumn + " = grp.g");
            sql = "SELECT grp.g, b.r, b.s, b.p, b.id FROM " + groupsTable(pageParams) + " CROSS JOIN LATERAL ("
                    + body(where, after, order, pageParams, false) + ") b ORDER BY grp.g, " + order("b.", order);
        }
        Query query = bindFilters(em.createNativeQuery(sql));
        pageParams.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new Row(((Number) c[0]).longValue(), sortKey(c, 1)));
        }
        return rows;
    }

    /**
     * Each group's first {@code first} rows oldest first, as {@link #page} reads them, with what
     * {@code join} links each to, in one statement: {@code join} sees the row as {@code b} (its id
     * {@code b.id}) and the group as {@code grp.g}, and should be a LEFT JOIN, so that a row it
     * links to nothing still counts. {@code link} makes a link of a result row (the group, the
     * row's id, then {@code columns}; null for none), in page order, then {@code thenBy}. One row
     * more than {@code first} is read to tell whether a group has more; its links are left out.
     * Grouped and unsearched queries only.
     */
    public <T> Map<Long, LinksAmong<T>> firstRowsLinking(
            EntityManager em,
            int first,
            String columns,
            String join,
            String thenBy,
            Map<String, Object> joinParams,
            Function<Object[], T> link) {
        if (groupColumn == null || rankExpression != null) {
            throw new IllegalStateException("the first rows of each group of a grouped, unsearched query only");
        }
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> pageParams = new HashMap<>(joinParams);
        pageParams.put("limit", first + 1);
        List<String> where = liveConditions();
        where.add(groupColumn + " = grp.g");
        String sql = "SELECT grp.g, b.id, " + columns + " FROM " + groupsTable(pageParams) + " CROSS JOIN LATERAL ("
                + body(where, null, ListOrder.OLDEST_FIRST, pageParams, false) + ") b " + join + " ORDER BY grp.g, "
                + order("b.", ListOrder.OLDEST_FIRST) + ", " + thenBy;
        Query query = bindFilters(em.createNativeQuery(sql));
        pageParams.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return LinksAmong.group(rows, first, link);
    }

    /** The (r, s, p, id) columns from {@code first} on. */
    private static SortKey sortKey(Object[] c, int first) {
        return new SortKey(
                ((Number) c[first]).floatValue(),
                toLocalDate(c[first + 1]),
                ((Number) c[first + 2]).shortValue(),
                ((Number) c[first + 3]).longValue());
    }

    /**
     * What the newest rows say about a search of several words: its page, when they hold all its
     * candidates; else whether to read every match rather than walk the rows in date order.
     */
    private record NewestRows(List<Row> page, boolean readEveryMatch) {}

    /**
     * A search of several words looks among the newest {@code probeRows} dated rows first (a
     * walk of that many index entries finds the key of the oldest of them): when they hold all
     * its candidates, those are the very candidates of the whole search, which takes its dated
     * matches newest first and then needs no undated one. When they hold fewer, the share of
     * matches among them tells how many rows would hold the candidates: up to five times
     * {@code probeRows}, those rows are searched the same way, once; beyond, with no match at
     * all, or still too few, the whole search reads every match instead of walking the rows in
     * date order.
     *
     * <p>Why: PostgreSQL takes words as independent. It expected a tenth of the matches of two
     * words that come together ("grain exports": 9,458 expected, 96,949 found at a million
     * events) and read and sorted all of them (465 ms) instead of walking the newest rows; for
     * two words that are rare together it walks the rows in date order, 181,000 of them for
     * 1,000 of 5,440 matches (0.6–1.1 s) where reading the matches takes 30 ms.
     */
    private NewestRows candidatesAmongTheNewestRows(EntityManager em, SortKey after, int limit, ListOrder order) {
        long rows = probeRows;
        for (int look = 1; ; look++) {
            Query bound = bindFilters(em.createNativeQuery("SELECT DISTINCT ON (s, p, id) " + keyColumns() + " FROM "
                    + from() + whereClause(unsearched()) + " ORDER BY " + NEWEST_KEY_FIRST + " OFFSET :rows LIMIT 1"));
            bound.setParameter("undated", SortKey.UNDATED).setParameter("rows", rows - 1);
            List<?> oldest = bound.getResultList();
            if (oldest.isEmpty()) {
                // Fewer dated rows than that: the whole search reads no more.
                return new NewestRows(null, false);
            }
            Object[] b = (Object[]) oldest.get(0);
            Map<String, Object> pageParams = new HashMap<>();
            pageParams.put("undated", SortKey.UNDATED);
            pageParams.put("bs", toLocalDate(b[0]));
            pageParams.put("bp", ((Number) b[1]).shortValue());
            pageParams.put("bid", ((Number) b[2]).longValue());
            pageParams.put("candidates", candidates);
            pageParams.put("limit", limit);
            List<String> newestRows = new ArrayList<>(conditions);
            newestRows.add(startColumn + " < :undated");
            newestRows.add(keyTuple() + " >= (:bs, :bp, :bid)");
            String found =
                    select(rankExpression + " AS r, " + keyColumns(), newestRows, NEWEST_KEY_FIRST, ":candidates");
            Query query = bindFilters(em.createNativeQuery("SELECT c.r, c.s, c.p, c.id, c.n FROM (SELECT f.*, count(*)"
                    + " OVER () AS n FROM (" + found + ") f) c" + whereClause(rankedCursor(after, order, pageParams))
                    + " ORDER BY " + order("c.", order) + " LIMIT :limit"));
            pageParams.forEach(query::setParameter);
            List<?> page = query.getResultList();
            if (page.isEmpty()) {
                // An empty page (past the last candidate) says nothing of how many there were.
                return new NewestRows(null, false);
            }
            long matches = ((Number) ((Object[]) page.get(0))[4]).longValue();
            if (matches >= candidates) {
                return new NewestRows(
                        page.stream()
                                .map(o -> new Row(0, sortKey((Object[]) o, 0)))
                                .toList(),
                        false);
            }
            long holding = matches == 0 ? Long.MAX_VALUE : (long) Math.ceil(1.25 * candidates * rows / matches);
            if (look == 2 || holding > 5L * probeRows) {
                return new NewestRows(null, true);
            }
            rows = holding;
        }
    }

    /** The conditions without the search's: every row of the list, matching or not. */
    private List<String> unsearched() {
        List<String> unsearched = new ArrayList<>(conditions);
        unsearched.remove(searchCondition);
        unsearched.add(startColumn + " < :undated");
        return unsearched;
    }

    /**
     * The groups as a table {@code grp(g)}. One group (an actor's page: nearly every request) is
     * a scalar parameter: PostgreSQL then keeps a generic plan of the statement, where for an
     * array it planned every execution anew (≈ 0.9 ms, several times the page's execution),
     * because its generic plan guesses an array of ten elements.
     */
    private String groupsTable(Map<String, Object> pageParams) {
        return bindGroups(pageParams)
                ? "(SELECT CAST(:group AS bigint) AS g) grp"
                : "unnest(CAST(:groups AS bigint[])) AS grp(g)";
    }

    /** Binds one group as the scalar {@code :group}, several as the array {@code :groups}; true for one. */
    private boolean bindGroups(Map<String, Object> params) {
        if (groups.size() == 1) {
            params.put("group", groups.get(0));
            return true;
        }
        params.put("groups", SqlArrays.bigints(groups));
        return false;
    }

    /**
     * The page's selection of (r, s, p, id), at most {@code :limit} rows; the caller orders them.
     * Oldest first it follows the sort columns' index as is (undated rows carry the largest
     * start). Newest first, undated rows must still come last: dated and undated rows are then
     * two index walks (backwards), one after the other. A ranked search ranks only its newest
     * candidates (see {@link #search}).
     */
    private String body(
            List<String> where,
            SortKey after,
            ListOrder order,
            Map<String, Object> pageParams,
            boolean readEveryMatch) {
        if (rankExpression != null) {
            return ranked(where, after, order, pageParams, readEveryMatch);
        }
        String columns = "CAST(0 AS real) AS r, " + keyColumns();
        if (after != null) {
            bindCursor(after, order, pageParams);
        }
        if (order == ListOrder.NEWEST_FIRST) {
            return newestFirst(columns, where, after, ":limit", pageParams, NEWEST_KEY_FIRST);
        }
        List<String> all = new ArrayList<>(where);
        if (after != null) {
            all.add(keyTuple() + " > (:as, :ap, :aid)");
        }
        return select(columns, all, "s, p, id", ":limit");
    }

    /** The cursor's key; an undated row newest first is placed by its id alone. */
    private static void bindCursor(SortKey after, ListOrder order, Map<String, Object> pageParams) {
        pageParams.put("aid", after.id());
        if (order == ListOrder.OLDEST_FIRST || !after.undated()) {
            pageParams.put("as", after.start());
            pageParams.put("ap", after.precision());
        }
    }

    private String keyTuple() {
        return "(" + startColumn + ", " + precisionColumn + ", " + idColumn + ")";
    }

    /**
     * The first {@code limit} rows of the newest-first order (undated ones last), after
     * {@code after} if not null, unordered: a backward walk of the dated rows, then of the
     * undated ones.
     */
    private String newestFirst(
            String columns,
            List<String> where,
            SortKey after,
            String limit,
            Map<String, Object> pageParams,
            String datedOrder) {
        pageParams.put("undated", SortKey.UNDATED);
        List<String> undatedRows = new ArrayList<>(where);
        undatedRows.add(startColumn + " = :undated");
        if (after != null && after.undated()) {
            undatedRows.add(idColumn + " < :aid");
            return select(columns, undatedRows, NEWEST_KEY_FIRST, limit);
        }
        List<String> datedRows = new ArrayList<>(where);
        datedRows.add(startColumn + " < :undated");
        if (after != null) {
            datedRows.add(keyTuple() + " < (:as, :ap, :aid)");
        }
        // Undated rows only fill what the dated ones leave: a LIMIT of 0 never runs its walk, which
        // matters where the undated rows have no index for the filter (a search's 2 % of undated
        // statements cost 385 ms to find, for nothing). The caller orders the rows.
        return "WITH dated AS MATERIALIZED (" + select(columns, datedRows, datedOrder, limit)
                + ") SELECT * FROM dated UNION ALL ("
                + select(
                        columns,
                        undatedRows,
                        NEWEST_KEY_FIRST,
                        "GREATEST(" + limit + " - (SELECT count(*) FROM dated), 0)")
                + ")";
    }

    /**
     * A ranked search: the newest {@code candidates} matches, ranked by relevance, then in the
     * list's date order. Ranking every match of a common word meant reading and ranking every
     * matching row: a third of a second per request at a million events. PostgreSQL finds the
     * candidates by walking the date index backwards when it expects many matches, by a bitmap
     * scan of all matches when it expects few (which misjudges words that come together).
     */
    private String ranked(
            List<String> where,
            SortKey after,
            ListOrder order,
            Map<String, Object> pageParams,
            boolean readEveryMatch) {
        pageParams.put("candidates", candidates);
        // Ordered by an expression no index has, the dated candidates are the newest of all
        // matches, sorted, never a walk of the rows in date order.
        String datedOrder = readEveryMatch ? startColumn + " + 0 DESC, p DESC, id DESC" : NEWEST_KEY_FIRST;
        String newest = newestFirst(
                rankExpression + " AS r, " + keyColumns(), where, null, ":candidates", pageParams, datedOrder);
        return "SELECT c.r, c.s, c.p, c.id FROM (" + newest + ") c"
                + whereClause(rankedCursor(after, order, pageParams)) + " ORDER BY " + order("c.", order)
                + " LIMIT :limit";
    }

    /** The rows of ranked candidates {@code c} after the cursor {@code after}, if any. */
    private static List<String> rankedCursor(SortKey after, ListOrder order, Map<String, Object> pageParams) {
        List<String> cursor = new ArrayList<>();
        if (after != null) {
            pageParams.put("ar", after.rank());
            bindCursor(after, order, pageParams);
            String sameRank;
            if (order == ListOrder.OLDEST_FIRST) {
                sameRank = "(c.s, c.p, c.id) > (:as, :ap, :aid)";
            } else if (after.undated()) {
                sameRank = "c.s = :undated AND c.id < :aid";
            } else {
                sameRank = "(c.s = :undated OR (c.s, c.p, c.id) < (:as, :ap, :aid))";
            }
            cursor.add("(c.r < CAST(:ar AS real) OR c.r = CAST(:ar AS real) AND " + sameRank + ")");
        }
        return cursor;
    }

    private String keyColumns() {
        return startColumn + " AS s, " + precisionColumn + " AS p, " + idColumn + " AS id";
    }

    /**
     * Rows made distinct by their key (a join may repeat them), in an order of that key's
     * columns or expressions ({@code x DESC, …}), which the distinct key follows.
     */
    private String select(String columns, List<String> where, String orderBy, String limit) {
        String key = orderBy.replace(" DESC", "");
        return "SELECT DISTINCT ON (" + key + ") " + columns + " FROM " + from() + whereClause(where) + " ORDER BY "
                + orderBy + " LIMIT " + limit;
    }

    /** The order of whole rows, over the selection's columns with {@code prefix}. */
    private String order(String prefix, ListOrder order) {
        String rank = rankExpression == null ? "" : prefix + "r DESC, ";
        if (order == ListOrder.OLDEST_FIRST) {
            return rank + prefix + "s, " + prefix + "p, " + prefix + "id";
        }
        return rank + "(" + prefix + "s = :undated), " + prefix + "s DESC, " + prefix + "p DESC, " + prefix + "id DESC";
    }

    /** Number of matching rows per group (a single group 0 when not grouped), by counting them. */
    public Map<Long, Long> countByGroup(EntityManager em) {
        if (groupColumn != null && groups.isEmpty()) {
            return Map.of();
        }
        List<String> where = liveConditions();
        String group = "0";
        Map<String, Object> groupParams = new HashMap<>();
        if (groupColumn != null) {
            where.add(groupColumn + (bindGroups(groupParams) ? " = :group" : " = ANY (CAST(:groups AS bigint[]))"));
            group = groupColumn;
        }
        Query query = bindFilters(em.createNativeQuery("SELECT CAST(" + group + " AS bigint), count(DISTINCT "
                + idColumn + ") FROM " + from() + whereClause(where) + " GROUP BY 1"));
        groupParams.forEach(query::setParameter);
        Map<Long, Long> counts = new HashMap<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }

    /** The filters, after the condition that leaves out deleted rows. */
    private List<String> liveConditions() {
        List<String> where = new ArrayList<>();
        where.add(live);
        where.addAll(conditions);
        return where;
    }

    private String from() {
        return table + (filterJoin != null && isFiltered() ? " " + filterJoin : "") + searchFrom;
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
