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
public final class IdsCondition {

    private IdsCondition() {
    }

    /** The condition on {@code column} for {@code ids} (not empty), naming the query parameter {@code parameter}. */
    public static String of(String column, String parameter, Collection<Long> ids) {
        return ids.size() == 1 ? column + " = " + parameter : "array_has(" + parameter + ", " + column + ")";
    }

    /**
     * The value to bind to that parameter. Typed Object so that Panache's {@code list(query, Object...)}
     * takes an array as one parameter rather than spreading it over its varargs.
     */
    public static Object value(Collection<Long> ids) {
        return ids.size() == 1 ? ids.iterator().next() : ids.toArray(Long[]::new);
    }
}
