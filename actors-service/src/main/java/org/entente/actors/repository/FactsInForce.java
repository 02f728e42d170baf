package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.subgraph.sql.IdsCondition;

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
}
