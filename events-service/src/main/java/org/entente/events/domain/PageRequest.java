package org.entente.events.domain;

import org.entente.subgraph.errors.ClientException;

/**
 * A forward page request: at most {@code first} items after the cursor {@code after}, in
 * direction {@code order}. {@code withTotal} is false when the client did not select
 * totalCount: counting a large list costs more than reading a page of it, so it is skipped.
 */
public record PageRequest(int first, SortKey after, ListOrder order, boolean withTotal) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after, ListOrder order, boolean withTotal) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw ClientException.badInput("first must be between 0 and " + MAX_SIZE + ", was " + size);
        }
        ListOrder direction = order == null ? ListOrder.OLDEST_FIRST : order;
        return new PageRequest(size, after == null ? null : SortKey.fromCursor(after, direction), direction, withTotal);
    }
}
