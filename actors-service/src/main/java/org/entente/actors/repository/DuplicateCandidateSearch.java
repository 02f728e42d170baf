package org.entente.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.subgraph.sql.SqlArrays;

/**
 * Pairs of actors of one kind that may be one actor, as kept in {@code duplicate_candidate}; and the
 * pairs reviewers dismissed.
 *
 * <p>The pairs are found when an actor changes, not when a page is asked for: a trigger queues every
 * inserted actor, and every actor whose name, aliases, kind or country changes, in {@code
 * duplicate_check_pending} (in the transaction of the change), and {@link #check} finds the queued
 * actors' pairs again. It probes indexes, never compares every actor with every other: each actor
 * looks up its partners in two GIN indexes, the trigram index on {@code name_key} ({@code %}: pg_trgm
 * similarity of at least {@link #SIMILARITY_THRESHOLD}) and the array index on {@code name_keys}
 * ({@code &&}: a name or alias in common). A page then reads the table in its order index, whatever
 * the number of actors.
 */
@ApplicationScoped
public class DuplicateCandidateSearch {

    /** pg_trgm's similarity_threshold for {@code %}: names less similar than this are not paired. */
    public static final String SIMILARITY_THRESHOLD = "0.5";

    /**
     * Run first in the transaction of {@link #check}: the threshold of {@code %}, and no sequential
     * scans, which the planner otherwise picks for the probes (it cannot tell how selective a
     * parameterized {@code %} is) and which compare all pairs.
     */
    public static final String SETUP_SQL = "SELECT set_config('pg_trgm.similarity_threshold', '" + SIMILARITY_THRESHOLD
            + "', true), set_config('enable_seqscan', 'off', true)";

    /**
     * Takes up to {@code :limit} queued actors off the queue, the most recently queued first, skipping
     * those another transaction holds.
     */
    private static final String TAKE_SQL = """
            DELETE FROM duplicate_check_pending WHERE actor_id IN (
                SELECT actor_id FROM duplicate_check_pending ORDER BY queued_at DESC LIMIT :limit FOR UPDATE SKIP LOCKED)
            RETURNING actor_id""";

    private static final String FORGET_SQL =
            "DELETE FROM duplicate_candidate WHERE a_id = ANY(CAST(:ids AS bigint[])) OR b_id = ANY(CAST(:ids AS bigint[]))";

    /**
     * The pairs of the actors {@code :ids}, scored, written whole. Kind and id are compared outside the
     * probes: inside, the planner would scan the kind or id indexes (all actors of a kind) instead of
     * the GIN indexes. A merged actor has no pairs (it is one with the actor it was merged into). A pair
     * of two checked actors is found from both sides: kept once, in pair order
     * (the order the rows are locked in, so two checks do not deadlock each other on them).
     */
    public static final String FIND_SQL = """
            INSERT INTO duplicate_candidate (a_id, b_id, score, same_name, alias_overlap, name_similar, same_country,
                                             different_country)
            SELECT DISTINCT ON (a_id, b_id) a_id, b_id,
                   round((0.8 * greatest(name_similarity,
                                         CASE WHEN same_name THEN 1 WHEN alias_overlap THEN 0.9 ELSE 0 END)
                          + 0.1
                          + CASE WHEN same_country THEN 0.1 WHEN different_country THEN -0.2 ELSE 0 END)::numeric, 4),
                   same_name, alias_overlap, NOT same_name AND name_similarity >= %1$s,
                   coalesce(same_country, false), coalesce(different_country, false)
            FROM (
                SELECT least(a.id, b.id) AS a_id, greatest(a.id, b.id) AS b_id,
                       a.name_key = b.name_key AS same_name,
                       (a.alias_keys && b.name_keys) OR (b.alias_keys && a.name_keys) AS alias_overlap,
                       similarity(a.name_key, b.name_key) AS name_similarity,
                       a.country_code = b.country_code AS same_country,
                       a.country_code <> b.country_code AS different_country
                FROM actor a
                JOIN LATERAL (
                    SELECT b.id, b.kind, b.name_key, b.name_keys, b.alias_keys, b.country_code, b.merged_into FROM actor b
                    WHERE b.name_key %% a.name_key
                    UNION
                    SELECT b.id, b.kind, b.name_key, b.name_keys, b.alias_keys, b.country_code, b.merged_into FROM actor b
                    WHERE b.name_keys && a.name_keys
                ) b ON b.kind = a.kind AND b.id <> a.id AND b.merged_into IS NULL
                WHERE a.id = ANY(CAST(:ids AS bigint[])) AND a.merged_into IS NULL
            ) found
            ORDER BY a_id, b_id
            ON CONFLICT (a_id, b_id) DO UPDATE SET score = EXCLUDED.score, same_name = EXCLUDED.same_name,
                alias_overlap = EXCLUDED.alias_overlap, name_similar = EXCLUDED.name_similar,
                same_country = EXCLUDED.same_country, different_country = EXCLUDED.different_country""".formatted(SIMILARITY_THRESHOLD);

    private static final String PAGE_SQL = """
            SELECT c.a_id, c.b_id, c.score, c.same_name, c.alias_overlap, c.name_similar, c.same_country,
                   c.different_country
            FROM duplicate_candidate c
            WHERE c.score >= :minScore%1$s%2$s
              AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.a_id = c.a_id AND d.b_id = c.b_id)
            ORDER BY c.score DESC, c.a_id, c.b_id
            LIMIT :limit""";

    /** One candidate pair (a < b) with its score and its evidence. */
    public record Row(
            long a,
            long b,
            BigDecimal score,
            boolean sameName,
            boolean aliasOverlap,
            boolean nameSimilar,
            boolean sameCountry,
            boolean differentCountry) {}

    /** Where a page starts: after the pair with this score and ids, in the order of {@link #page}. */
    public record After(BigDecimal score, long a, long b) {}

    @Inject
    EntityManager em;

    /**
     * Finds the pairs of up to {@code limit} queued actors again (their old pairs are replaced) and
     * takes them off the queue; returns how many were checked. Needs a transaction: its own, since
     * it sets the threshold for it. Four statements, none when the queue is empty but the first.
     */
    public int check(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> taken =
                em.createNativeQuery(TAKE_SQL).setParameter("limit", limit).getResultList();
        if (taken.isEmpty()) {
            return 0;
        }
        String ids = SqlArrays.bigints(taken.stream().map(Number::longValue).toList());
        em.createNativeQuery(SETUP_SQL).getSingleResult();
        em.createNativeQuery(FORGET_SQL).setParameter("ids", ids).executeUpdate();
        em.createNativeQuery(FIND_SQL).setParameter("ids", ids).executeUpdate();
        return taken.size();
    }

    /** How many actors wait for their pairs to be found. */
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM duplicate_check_pending")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Up to {@code limit} pairs scoring at least {@code minScore}, best first (then by a, then b),
     * after {@code after} (null: from the start), only pairs with {@code actor} when it is not null;
     * dismissed pairs never.
     */
    public List<Row> page(Long actor, BigDecimal minScore, After after, int limit) {
        String sql = PAGE_SQL.formatted(
                actor == null ? "" : " AND (c.a_id = :actor OR c.b_id = :actor)",
                after == null
                        ? ""
                        : " AND (c.score < :afterScore OR (c.score = :afterScore AND (c.a_id, c.b_id) > (:afterA, :afterB)))");
        Query query =
                em.createNativeQuery(sql).setParameter("minScore", minScore).setParameter("limit", limit);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (after != null) {
            query.setParameter("afterScore", after.score())
                    .setParameter("afterA", after.a())
                    .setParameter("afterB", after.b());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Row> page = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            page.add(new Row(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    (BigDecimal) row[2],
                    (Boolean) row[3],
                    (Boolean) row[4],
                    (Boolean) row[5],
                    (Boolean) row[6],
                    (Boolean) row[7]));
        }
        return page;
    }

    /** Records that {@code a} < {@code b} are not one actor; true when it was not recorded before (the first record stays). */
    public boolean dismiss(long a, long b, String reason, String by) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO duplicate_dismissal (a_id, b_id, reason, dismissed_by) VALUES (:a, :b, :reason, :by)"
                                + " ON CONFLICT (a_id, b_id) DO NOTHING")
                .setParameter("a", a)
                .setParameter("b", b)
                .setParameter("reason", reason)
                .setParameter("by", by)
                .executeUpdate();
        return inserted > 0;
    }

    /** A pair's dismissal. */
    public record Dismissal(long a, long b, String reason, String dismissedBy, Instant dismissedAt) {}

    /** The dismissal of {@code a} < {@code b}; null when there is none. */
    public Dismissal dismissal(long a, long b) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT reason, dismissed_by, dismissed_at FROM duplicate_dismissal"
                        + " WHERE a_id = :a AND b_id = :b")
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Dismissal(a, b, (String) row[0], (String) row[1], instant(row[2]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp " + value);
    }
}
