package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.dates.PartialDate;
import org.entente.subgraph.sql.IdsCondition;
import org.hibernate.query.NativeQuery;

/**
 * Loads the facts (memberships, positions) of a batch of actors, optionally only those in force
 * as of a partial date, each with the actor on its other side, in one statement. Joining that
 * actor saves the statement that would load it next (an answer nearly always names it).
 *
 * <p>"In force as of a date": the fact's interval and the date's interval share a day, open ends
 * being unbounded; both are kept as days (firstDay/lastDay), so it is an indexed range check.
 */
final class FactsInForce {
    private FactsInForce() {}

    /**
     * The facts of {@code type} whose {@code side} column is one of {@code ids}, oldest first, with
     * the actor named by their {@code otherSide} column. {@code condition} (empty or starting with
     * " and ", columns prefixed with "f.") narrows them further with {@code parameters}.
     */
    static <F extends DatedFact> List<FactWithActor<F>> load(
            Class<F> type,
            String side,
            String otherSide,
            Collection<Long> ids,
            PartialDate asOf,
            String condition,
            Parameters parameters) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdsCondition bySide = IdsCondition.of("f." + side, "ids", ids);
        String hql = "select f, a from " + type.getSimpleName() + " f join ActorEntity a on a.id = f." + otherSide
                + " where " + bySide.hql()
                + (asOf == null
                        ? ""
                        : " and (f.firstDay is null or f.firstDay <= :asOfEnd) and (f.lastDay is null or f.lastDay >= :asOfStart)")
                + condition
                + " order by f.firstDay nulls first, f.id";
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(hql, Object[].class);
        bySide.parameters().forEach(query::setParameter);
        if (asOf != null) {
            query.setParameter("asOfStart", asOf.start());
            query.setParameter("asOfEnd", asOf.end());
        }
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new FactWithActor<>(type.cast(row[0]), (ActorEntity) row[1]))
                .toList();
    }

    /**
     * Who the facts of {@code table} link whose {@code side} or {@code otherSide} column is one of
     * {@code ids}, in force as of {@code asOf} (all when null), oldest first; one statement that
     * reads no entity, for graph searches that need only who is linked to whom. Each half of the
     * UNION is an index-only scan of that side's covering index (side, first_day, last_day)
     * INCLUDE (id, the other side): an organization's thousands of office holders are read from a
     * few dozen index pages, not from a heap page each. With {@code among} (null: anyone), only the
     * facts whose side not asked for, or either side, is one of those actors: the index entries
     * of the others are still walked, but never sent nor made into objects.
     */
    static List<FactEnds> ends(
            String table,
            String side,
            String otherSide,
            Collection<Long> ids,
            PartialDate asOf,
            Collection<Long> among) {
        if (ids.isEmpty() || among != null && among.isEmpty()) {
            return List.of();
        }
        IdsCondition bySide = IdsCondition.ofSql("f." + side, "sideIds", ids);
        IdsCondition byOtherSide = IdsCondition.ofSql("f." + otherSide, "otherIds", ids);
        String inForce = asOf == null
                ? ""
                : " AND (f.first_day IS NULL OR f.first_day <= :asOfEnd) AND (f.last_day IS NULL OR f.last_day >= :asOfStart)";
        IdsCondition towardsOtherSide =
                among == null ? null : IdsCondition.ofSql("f." + otherSide, "amongOtherSide", among);
        IdsCondition towardsSide = among == null ? null : IdsCondition.ofSql("f." + side, "amongSide", among);
        String columns = "SELECT f.id, f." + side + ", f." + otherSide + ", f.first_day FROM " + table + " f WHERE ";
        String sql = columns + bySide.hql() + inForce + and(towardsOtherSide) + " UNION ALL " + columns
                + byOtherSide.hql() + inForce + and(towardsSide) + " ORDER BY 4 NULLS FIRST, 1";
        NativeQuery<?> query = Panache.getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
        bySide.parameters().forEach(query::setParameter);
        byOtherSide.parameters().forEach(query::setParameter);
        if (among != null) {
            towardsOtherSide.parameters().forEach(query::setParameter);
            towardsSide.parameters().forEach(query::setParameter);
        }
        if (asOf != null) {
            query.setParameter("asOfStart", asOf.start());
            query.setParameter("asOfEnd", asOf.end());
        }
        List<FactEnds> ends = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long id = ((Number) row[0]).longValue();
            // a fact whose two sides are both asked for comes once from each half
            if (seen.add(id)) {
                ends.add(new FactEnds(id, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
            }
        }
        return ends;
    }

    private static String and(IdsCondition condition) {
        return condition == null ? "" : " AND " + condition.hql();
    }
}
