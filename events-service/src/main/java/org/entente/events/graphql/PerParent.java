package org.entente.events.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns what a reader loaded for a batch of parents into each parent's value of the field, as FieldBatches hands them out. */
final class PerParent {
    private PerParent() {}

    /** Each parent's rows as GraphQL objects; a parent without rows gets an empty list, since these fields are non-null lists. */
    static <R, T> Map<Long, List<T>> lists(List<Long> parents, Map<Long, List<R>> rows, Function<R, T> toObject) {
        return parents.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(),
                        parent -> rows.getOrDefault(parent, List.of()).stream()
                                .map(toObject)
                                .toList()));
    }

    /** Each parent's row as a GraphQL object; a parent without a row is left out, so its field is null. */
    static <R, T> Map<Long, T> values(Map<Long, R> rows, Function<R, T> toObject) {
        return rows.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> toObject.apply(entry.getValue())));
    }
}
