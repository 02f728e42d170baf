package org.entente.events.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an actor's first facts (events, or statements) link it to among some actors, and whether it
 * has more facts than those: a graph search that knows its actors reads only the links among them,
 * yet must still tell when an actor's facts were cut.
 */
public record LinksAmong<T>(List<T> links, boolean more) {

    private static final LinksAmong<?> NONE = new LinksAmong<>(List.of(), false);

    /** No facts: no links, no more. */
    @SuppressWarnings("unchecked")
    public static <T> LinksAmong<T> none() {
        return (LinksAmong<T>) NONE;
    }

    /**
     * Groups rows of (group, fact id, …), ordered by group and then fact as
     * {@code SortedQuery.firstRowsLinking} reads them, {@code first + 1} facts at most, into the
     * links of each group's first {@code first} facts and whether it had another; {@code link}
     * makes a row's link, or null for a fact that links to none of the actors.
     */
    public static <T> Map<Long, LinksAmong<T>> group(List<Object[]> rows, int first, Function<Object[], T> link) {
        Map<Long, Integer> facts = new HashMap<>();
        Map<Long, List<T>> links = new HashMap<>();
        Long group = null;
        long fact = 0;
        for (Object[] row : rows) {
            Long rowGroup = id(row[0]);
            long rowFact = id(row[1]);
            if (!rowGroup.equals(group) || rowFact != fact) {
                facts.merge(rowGroup, 1, Integer::sum);
            }
            group = rowGroup;
            fact = rowFact;
            List<T> groupLinks = links.computeIfAbsent(rowGroup, g -> new ArrayList<>());
            T made = facts.get(rowGroup) <= first ? link.apply(row) : null;
            if (made != null) {
                groupLinks.add(made);
            }
        }
        Map<Long, LinksAmong<T>> groups = new HashMap<>();
        facts.forEach((g, read) -> groups.put(g, new LinksAmong<>(links.get(g), read > first)));
        return groups;
    }

    /** An id column of a native query's row. */
    public static long id(Object column) {
        return ((Number) column).longValue();
    }
}
