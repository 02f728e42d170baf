package org.entente.events.graphql;

import java.util.List;
import java.util.Objects;

/**
 * Ids of {@code _entities} representations. The batch resolvers take the raw strings: SmallRye
 * does not convert the elements of a batched {@code @Id} list, so conversion happens here.
 */
final class EntityIds {
    private EntityIds() {
    }

    /** Each id as a number, or null when it cannot name a row (so it resolves to null). */
    static List<Long> parse(List<String> ids) {
        return ids.stream().map(EntityIds::parse).toList();
    }

    static List<Long> known(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
