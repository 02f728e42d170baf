package org.entente.subgraph.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HQL condition "column is one of these ids", written so that both Hibernate and PostgreSQL
 * reuse their plans of it.
 *
 * <ul>
 *   <li>Hibernate does not cache the plan of a query with a list parameter ({@code column in :list}
 *   has one placeholder per element) and builds it again on every execution: about half the CPU
 *   of loading a few rows by id. Here every parameter is a single value, or one array.</li>
 *   <li>PostgreSQL plans {@code = any(array)} anew on every execution: its generic plan guesses
 *   ten elements and looks dearer than a custom one (0.1–0.3 ms of planning for a lookup that
 *   runs in less). It reuses a generic plan of {@code = :id} and of {@code in (:id0, …, :idN)},
 *   whose length it knows. So one id is an equality, and up to {@link #MAX_LISTED} ids are a list
 *   padded to the next power of two by repeating the last id (a handful of distinct statements
 *   rather than one per batch size; a repeated id matches nothing more).</li>
 *   <li>More ids are one array parameter ({@code array_has}, see {@link ArrayHasFunction}), planned
 *   each time, which matters little next to loading that many rows. The array is the function's
 *   first argument because Hibernate lets a last argument take a list, which again turns its
 *   cache off.</li>
 * </ul>
 *
 * @param hql        the condition, naming its parameters after the given name
 * @param parameters the values to bind to them, by name
 */
public record IdsCondition(String hql, Map<String, Object> parameters) {

    /** The longest list written out as parameters; longer ones are bound as one array. */
    public static final int MAX_LISTED = 32;

    /** The condition on {@code column} for {@code ids} (not empty), with parameters named after {@code name}. */
    public static IdsCondition of(String column, String name, Collection<Long> ids) {
        return build(column, name, ids, "array_has(:" + name + ", " + column + ")");
    }

    /**
     * The same condition in PostgreSQL's SQL, for native queries (where {@code array_has} is
     * unknown); no ids is a condition no row meets. Many ids are one typed array, never the text
     * of one cast in the statement: a generic plan would parse that text again for every row it
     * filters (0.06 ms per row for 200 ids).
     */
    public static IdsCondition ofSql(String column, String name, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new IdsCondition("false", Map.of());
        }
        return build(column, name, ids, column + " = any(:" + name + ")");
    }

    private static IdsCondition build(String column, String name, Collection<Long> ids, String arrayCondition) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids for " + column);
        }
        List<Long> list = List.copyOf(ids);
        if (list.size() == 1) {
            return new IdsCondition(column + " = :" + name, Map.of(name, list.get(0)));
        }
        if (list.size() > MAX_LISTED) {
            return new IdsCondition(arrayCondition, Map.of(name, list.toArray(Long[]::new)));
        }
        int slots = Integer.highestOneBit(list.size() - 1) << 1;
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> placeholders = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            parameters.put(name + i, list.get(Math.min(i, list.size() - 1)));
            placeholders.add(":" + name + i);
        }
        return new IdsCondition(column + " in (" + String.join(", ", placeholders) + ")", parameters);
    }
}
