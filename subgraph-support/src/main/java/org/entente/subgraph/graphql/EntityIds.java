package org.entente.subgraph.graphql;

import java.util.List;
import java.util.Objects;

/**
 * Ids of {@code _entities} representations. The batch resolvers take the raw strings: SmallRye
 * does not convert the elements of a batched {@code @Id} list (with {@code @Id} it reads each raw
 * id as a JSON object and the batch fails), so the conversion happens here.
 */
public final class EntityIds {
    private EntityIds() {
    }

    /** Each id as a number, in order, or null where it cannot name a row (so it resolves to null). */
    public static List<Long> parse(List<String> ids) {
        return ids.stream().map(EntityIds::parse).toList();
    }

    /** The distinct ids that can name a row: what one batched statement loads. */
    public static List<Long> known(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static Long parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
