package org.entente.events.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.*;
import org.entente.subgraph.sql.SqlArrays;

/**
 * The sizes of actors' unfiltered lists, kept by database triggers (migration V2) so a
 * totalCount costs one primary-key lookup instead of counting every row of a popular actor.
 */
@ApplicationScoped
public class ActorCounts {
    /** Which list: the column of {@code actor_counts} that holds its size. */
    public enum ListKind {
        EVENTS("events"),
        STATEMENTS("statements"),
        STATEMENTS_ABOUT("statements_about");

        private final String column;

        ListKind(String column) {
            this.column = column;
        }
    }

    @Inject
    EntityManager em;

    /** The size of each actor's list; actors without a row have empty lists. One statement. */
    public Map<Long, Long> of(ListKind list, Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT actor_id, " + list.column
                        + " FROM actor_counts WHERE actor_id = ANY (CAST(:ids AS bigint[]))")
                .setParameter("ids", SqlArrays.bigints(actorIds))
                .getResultList()) {
            Object[] c = (Object[]) o;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return counts;
    }
}
