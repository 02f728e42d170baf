package org.entente.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of actors of one kind that may be one actor, scored in SQL; and the pairs reviewers
 * dismissed.
 *
 * <p>Candidates are found by probing indexes, never by comparing every actor with every other:
 * each actor looks up its partners in two GIN indexes, the trigram index on {@code name_key}
 * ({@code %}: pg_trgm similarity of at least {@link #SIMILARITY_THRESHOLD}, set for the transaction)
 * and the array index on {@code name_keys} ({@code &&}: a name or alias in common). For n actors that
 * is n index probes, each costing about the length of the posting lists of the name's trigrams, plus
 * sorting the P pairs found (P log P); no pair of unrelated names is ever formed. A page recomputes
 * all pairs (they are not materialized): 20,000 generated actors with random names took 4.3 s on a
 * shared 2-core machine (DuplicateCandidatesTest measures it). Names sharing very common words (a
 * handful of first names over 20,000 actors) make every probe read those words' long posting
 * lists: such data took over a minute, and needs the follow-up (materialized candidates).
 */
@ApplicationScoped
public class DuplicateCandidateSearch {

    /** pg_trgm's similarity_threshold for {@code %}: names less similar than this are not paired. */
    public static final String SIMILARITY_THRESHOLD = "0.5";

    /**
     * Run first in the transaction of {@link #sql}: the threshold of {@code %}, and no sequential
     * scans, which the planner otherwise picks for the probes (it cannot tell how selective a
     * parameterized {@code %} is) and which compare all pairs (20,000 actors: minutes).
     */
    public static final String SETUP_SQL = "SELECT set_config('pg_trgm.similarity_threshold', '" + SIMILARITY_THRESHOLD
            + "', true), set_config('enable_seqscan', 'off', true)";

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
     * Up to {@code limit} pairs scoring at least {@code minScore}, best first (then by a, then b),
     * after {@code after} (null: from the start), only pairs with {@code actor} when it is not null;
     * dismissed pairs never. Needs a transaction (the threshold is set for it).
     */
    public List<Row> page(Long actor, BigDecimal minScore, After after, int limit) {
        em.createNativeQuery(SETUP_SQL).getSingleResult();
        String sql = sql(actor != null, after != null);
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

    /**
     * The statement of {@link #page}: parameters {@code minScore}, {@code limit}, with {@code oneActor}
     * {@code actor}, with {@code withAfter} {@code afterScore}, {@code afterA}, {@code afterB}.
     */
    public static String sql(boolean oneActor, boolean withAfter) {
        // Each probe finds a pair from its smaller id only, unless one actor's pairs are asked for. Kind and
        // id are compared outside the probes: inside, the planner would scan the kind or id indexes (all
        // actors of a kind, or with a larger id: quadratic) instead of the GIN indexes.
        String probeSide = !oneActor ? "b.id > a.id" : "b.id <> a.id";
        String probing = !oneActor ? "" : " WHERE a.id = :actor";
        return """
                WITH found AS (
                    SELECT least(a.id, b.id) AS a_id, greatest(a.id, b.id) AS b_id,
                           a.name_key = b.name_key AS same_name,
                           (a.alias_keys && b.name_keys) OR (b.alias_keys && a.name_keys) AS alias_overlap,
                           similarity(a.name_key, b.name_key) AS name_similarity,
                           a.country_code = b.country_code AS same_country,
                           a.country_code <> b.country_code AS different_country
                    FROM actor a
                    JOIN LATERAL (
                        SELECT b.id, b.kind, b.name_key, b.name_keys, b.alias_keys, b.country_code FROM actor b
                        WHERE b.name_key %% a.name_key
                        UNION
                        SELECT b.id, b.kind, b.name_key, b.name_keys, b.alias_keys, b.country_code FROM actor b
                        WHERE b.name_keys && a.name_keys
                    ) b ON b.kind = a.kind AND %1$s%2$s
                ), scored AS (
                    SELECT f.*, round((0.8 * greatest(
                                    f.name_similarity,
                                    CASE WHEN f.same_name THEN 1 WHEN f.alias_overlap THEN 0.9 ELSE 0 END)
                                + 0.1
                                + CASE WHEN f.same_country THEN 0.1 WHEN f.different_country THEN -0.2 ELSE 0 END
                            )::numeric, 4) AS score
                    FROM found f
                    WHERE NOT EXISTS (
                        SELECT 1 FROM duplicate_dismissal d WHERE d.a_id = f.a_id AND d.b_id = f.b_id)
                )
                SELECT a_id, b_id, score, same_name, alias_overlap,
                       NOT same_name AND name_similarity >= %3$s AS name_similar,
                       coalesce(same_country, false), coalesce(different_country, false)
                FROM scored
                WHERE score >= :minScore%4$s
                ORDER BY score DESC, a_id, b_id
                LIMIT :limit""".formatted(
                        probeSide,
                        probing,
                        SIMILARITY_THRESHOLD,
                        !withAfter
                                ? ""
                                : " AND (score < :afterScore OR (score = :afterScore AND (a_id, b_id) > (:afterA, :afterB)))");
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
