package org.entente.events.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of a sorted list, each item with its cursor, plus what a Relay connection reports.
 * {@code totalCount} is 0 when the request did not ask for it.
 */
public record Page<T>(List<Item<T>> items, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {
    public record Item<T>(T node, String cursor) {}

    /**
     * Builds a page from the keys of up to {@code request.first() + 1} rows (the extra row only
     * tells that a next page exists) and the loaded nodes by id.
     */
    public static <T> Page<T> of(List<SortKey> keys, PageRequest request, long totalCount, Map<Long, T> nodes) {
        List<Item<T>> items = keys.stream()
                .limit(request.first())
                .map(k -> new Item<>(nodes.get(k.id()), k.toCursor(request.order())))
                .toList();
        return new Page<>(items, keys.size() > request.first(), request.after() != null, totalCount);
    }
}
