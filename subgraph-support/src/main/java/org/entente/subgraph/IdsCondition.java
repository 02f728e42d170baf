package org.entente.subgraph;

import java.util.Collection;

/**
 * The HQL condition "column is one of these ids" with one parameter, whatever the number of ids.
 * Hibernate does not cache the plan of a query with a list parameter ({@code column in :list} has
 * one placeholder per element) and builds it again on every execution: about half the CPU of
 * loading a few rows by id. Several ids are bound as one array ({@code array_has}); the array is
 * the function's first argument because Hibernate lets a last argument take a list, which again
 * turns the cache off. One id is compared with {@code =}: PostgreSQL reuses a generic plan for it,
 * while it plans {@code = any(array)} anew for small arrays, guessing ten elements in a generic plan.
 */
public record IdsCondition(String hql, Object value) {

    /**
     * The condition on {@code column} for {@code ids} (not empty), naming the query parameter
     * {@code parameter}, and the value to bind to it. The value is typed Object so that Panache's
     * {@code list(query, Object...)} takes an array as one parameter rather than spreading it over
     * its varargs.
     */
    public static IdsCondition of(String column, String parameter, Collection<Long> ids) {
        return ids.size() == 1
                ? new IdsCondition(column + " = " + parameter, ids.iterator().next())
                : new IdsCondition("array_has(" + parameter + ", " + column + ")", ids.toArray(Long[]::new));
    }
}
