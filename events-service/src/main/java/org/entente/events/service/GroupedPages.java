package org.entente.events.service;

import jakarta.persistence.EntityManager;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.events.domain.Page;
import org.entente.events.domain.PageRequest;
import org.entente.events.domain.SortKey;
import org.entente.events.repository.SortedQuery;

/**
 * Loads one page per group (actor), or the one page of an ungrouped list (group 0), with three
 * SQL statements in all: keys, counts (when asked for), nodes.
 */
final class GroupedPages {
    private GroupedPages() {}

    /**
     * @param unfilteredCounts the list sizes per group when the query filters nothing but the
     *                         group (maintained counts); a filtered query counts its rows instead
     */
    static <T> Map<Long, Page<T>> load(
            SortedQuery query,
            EntityManager em,
            List<Long> groups,
            PageRequest request,
            Function<Collection<Long>, Map<Long, T>> loadByIds,
            Function<Collection<Long>, Map<Long, Long>> unfilteredCounts) {
        List<SortedQuery.Row> rows = query.page(em, request.after(), request.first() + 1, request.order());
        Map<Long, Long> totals = !request.withTotal()
                ? Map.of()
                : query.isFiltered() ? query.countByGroup(em) : unfilteredCounts.apply(groups);
        Map<Long, T> nodes =
                loadByIds.apply(rows.stream().map(r -> r.key().id()).collect(Collectors.toSet()));
        Map<Long, List<SortKey>> keysByGroup = rows.stream()
                .collect(Collectors.groupingBy(
                        SortedQuery.Row::group, Collectors.mapping(SortedQuery.Row::key, Collectors.toList())));
        Map<Long, Page<T>> pages = new HashMap<>();
        for (Long group : groups) {
            pages.put(
                    group,
                    Page.of(
                            keysByGroup.getOrDefault(group, List.of()),
                            request,
                            totals.getOrDefault(group, 0L),
                            nodes));
        }
        return pages;
    }

    /** The page of a list that is not grouped by actor: it is always counted, never read from kept counts. */
    static <T> Page<T> loadUngrouped(
            SortedQuery query,
            EntityManager em,
            PageRequest request,
            Function<Collection<Long>, Map<Long, T>> loadByIds) {
        return load(query, em, List.of(0L), request, loadByIds, groups -> query.countByGroup(em))
                .get(0L);
    }
}
